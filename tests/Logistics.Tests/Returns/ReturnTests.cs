using Alba;
using Ops.Logistics.Contracts;
using Ops.Logistics.Returns;
using Ops.Service.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Logistics.Tests.Returns;

public sealed class ReturnTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/returns";

    private static ReturnRequested Requested(string sku = "SKU-R", int quantity = 2, ReturnKind kind = ReturnKind.Refund, string order = "113-0000001") =>
        new(Guid.CreateVersion7(), StockScenarios.DemoStoreId, "US", order, sku, quantity, kind, ReturnReason.Defective, "Stopped working",
            OpsFixture.Start);

    private Task<IScenarioResult> Post(Guid id, string action, object? body = null, string role = Role.Logistics) =>
        As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{Url}/{id}/{action}"));

    private Task<ReturnView> Get(Guid id) => As(Role.Auditor, x => x.Get.Url($"{Url}/{id}")).Ok<ReturnView>();

    /// <summary>A return service requested, approved and received into a warehouse.</summary>
    private async Task<(ReturnRequested Request, Guid WarehouseId)> Received(ReturnRequested? request = null, int quantity = 2)
    {
        var requested = request ?? Requested();
        await App.Deliver(requested, othersMayRefuse: true);
        var warehouse = await App.AWarehouse();
        await Post(requested.ReturnId, "approve").Ok<ReturnView>();
        await Post(requested.ReturnId, "receive", new ReceiveReturnRequest { WarehouseId = warehouse.Id, Quantity = quantity }).Ok<ReturnView>();
        return (requested, warehouse.Id);
    }

    [Fact]
    public async Task a_return_service_requested_is_opened_once_however_often_the_message_comes()
    {
        var requested = Requested();

        await App.Deliver(requested, othersMayRefuse: true);
        await App.Deliver(requested, othersMayRefuse: true);

        var opened = await Get(requested.ReturnId);
        opened.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(ReturnStatus.Requested), r => r.Sku.ShouldBe("SKU-R"), r => r.Quantity.ShouldBe(2), r => r.Version.ShouldBe(1),
            r => r.OrderNumber.ShouldBe("113-0000001"), r => r.Reason.ShouldBe(ReturnReason.Defective));
    }

    [Fact]
    public async Task a_return_is_approved_then_received_into_a_warehouse_of_its_store()
    {
        var requested = Requested();
        await App.Deliver(requested, othersMayRefuse: true);
        var warehouse = await App.AWarehouse();
        var receive = new ReceiveReturnRequest { WarehouseId = warehouse.Id, Quantity = 2 };
        await Post(requested.ReturnId, "receive", receive).ShouldBeProblem(409, ReturnRules.NotApproved.Code);

        (await Post(requested.ReturnId, "approve").Ok<ReturnView>()).Status.ShouldBe(ReturnStatus.Approved);
        (await Post(requested.ReturnId, "approve").Ok<ReturnView>()).Version.ShouldBe(2, "approving again changes nothing");
        await Post(requested.ReturnId, "receive", receive with { Quantity = 3 }).ShouldBeProblem(409, ReturnRules.MoreThanRequested.Code);
        await Post(requested.ReturnId, "receive", receive with { WarehouseId = Guid.NewGuid() }).ShouldBeProblem(409, ReturnRules.WarehouseMustBeOpen.Code);
        await Post(requested.ReturnId, "receive", receive with { Quantity = 0 }).ShouldHaveFieldError("quantity");

        var received = await Post(requested.ReturnId, "receive", receive).Ok<ReturnView>();

        received.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(ReturnStatus.Received), r => r.WarehouseId.ShouldBe(warehouse.Id),
            r => r.QuantityReceived.ShouldBe(2));
        (await App.Level(warehouse.Id, "SKU-R")).ShouldBeNull("received is not yet stock: only restocking puts it back");
        await Post(requested.ReturnId, "approve").ShouldBeProblem(409, ReturnRules.NotRequested.Code);
    }

    [Fact]
    public async Task a_sound_item_restocked_goes_back_into_stock_and_service_hears_the_finding()
    {
        var (requested, warehouseId) = await Received(Requested(kind: ReturnKind.Refund));

        var (inspected, messages) = await App.Tracking(() => Post(requested.ReturnId, "inspect",
            new InspectReturnRequest { Finding = ReturnFinding.NoDefect, Disposition = ReturnDisposition.Restocked, Notes = "" }).Ok<ReturnView>(),
            othersMayRefuse: true); // service dead-letters the finding of a return it never requested (this test's request came from no service record)

        inspected.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(ReturnStatus.Restocked), r => r.Finding.ShouldBe(ReturnFinding.NoDefect));
        (await App.Level(warehouseId, "SKU-R"))!.OnHand.ShouldBe(2);
        messages.Announced<ReturnInspected>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.ReturnId.ShouldBe(requested.ReturnId), m => m.Finding.ShouldBe(ReturnFinding.NoDefect), m => m.Quantity.ShouldBe(2));
        messages.Announced<SupplierQualityIssueReported>().ShouldBeEmpty();
        await Post(requested.ReturnId, "inspect", new InspectReturnRequest { Finding = ReturnFinding.NoDefect, Disposition = ReturnDisposition.Restocked })
            .ShouldBeProblem(409, ReturnRules.NotReceived.Code);
    }

    [Fact]
    public async Task a_quality_defect_is_reported_to_the_skus_supplier_and_not_restocked()
    {
        var supplierId = Guid.NewGuid();
        await App.Deliver(StockScenarios.Approved("SKU-R", supplierId: supplierId), othersMayRefuse: true);
        var (requested, warehouseId) = await Received();
        var defect = new InspectReturnRequest { Finding = ReturnFinding.QualityDefect, Disposition = ReturnDisposition.Restocked, Notes = "Seam split" };
        await Post(requested.ReturnId, "inspect", defect).ShouldBeProblem(409, ReturnRules.OnlySoundItemsRestocked.Code);
        await Post(requested.ReturnId, "inspect", defect with { Notes = "" }).ShouldHaveFieldError("notes");

        var (inspected, messages) = await App.TrackingOthersMayRefuse(() =>
            Post(requested.ReturnId, "inspect", defect with { Disposition = ReturnDisposition.Disposed }).Ok<ReturnView>());

        inspected.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(ReturnStatus.Disposed), r => r.DefectReportedToSupplierId.ShouldBe(supplierId));
        messages.Announced<SupplierQualityIssueReported>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.SupplierId.ShouldBe(supplierId), m => m.Sku.ShouldBe("SKU-R"), m => m.Origin.ShouldBe(QualityIssueOrigin.ReturnInspection),
            m => m.Description.ShouldBe("Seam split"));
        messages.Announced<ReturnInspected>().ShouldHaveSingleItem().Finding.ShouldBe(ReturnFinding.QualityDefect);
        (await App.Level(warehouseId, "SKU-R")).ShouldBeNull();
    }

    [Fact]
    public async Task a_refund_is_not_exchanged()
    {
        var (requested, _) = await Received(Requested(kind: ReturnKind.Refund));

        await Post(requested.ReturnId, "inspect", new InspectReturnRequest { Finding = ReturnFinding.NoDefect, Disposition = ReturnDisposition.Exchanged })
            .ShouldBeProblem(409, ReturnRules.DispositionMustMatchKind.Code);
        (await Post(requested.ReturnId, "inspect", new InspectReturnRequest { Finding = ReturnFinding.NoDefect, Disposition = ReturnDisposition.Refunded })
            .Ok<ReturnView>()).Status.ShouldBe(ReturnStatus.Refunded);

        var history = await As(Role.Auditor, x => x.Get.Url($"{Url}/{requested.ReturnId}/history")).Ok<IReadOnlyList<HistoryEntry>>();
        history.Select(h => h.Title).ShouldBe(["Return requested", "Return approved", "Return received", "Return inspected"]);
    }

    [Fact]
    public async Task the_list_filters_by_status_finding_and_search()
    {
        var first = Requested(order: "113-1111111");
        var second = Requested(sku: "SKU-Q", order: "113-2222222");
        await App.Deliver(first, othersMayRefuse: true);
        await App.Deliver(second, othersMayRefuse: true);
        await Post(second.ReturnId, "approve").Ok<ReturnView>();

        (await List("?status=Approved")).ShouldBe([second.ReturnId]);
        (await List("?search=1111")).ShouldBe([first.ReturnId]);
        (await List("?search=sku-q")).ShouldBe([second.ReturnId]);
        (await List("?sort=sku")).ShouldBe([second.ReturnId, first.ReturnId]);
        await As(Role.Staff, x => x.Get.Url($"{Url}?finding=Broken")).ShouldHaveFieldError("finding");
        await Post(first.ReturnId, "approve", role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }

    private async Task<IReadOnlyList<Guid>> List(string query) =>
        (await As(Role.Staff, x => x.Get.Url(Url + query)).Ok<Page<ReturnView>>()).Items.Select(r => r.Id).ToList();
}
