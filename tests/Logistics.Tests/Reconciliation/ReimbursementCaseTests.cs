using Alba;
using Ops.Logistics.Contracts;
using Ops.Logistics.Reconciliation;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Logistics.Tests.Reconciliation;

public sealed class ReimbursementCaseTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/reimbursements";

    private Task<IScenarioResult> Report(Guid warehouseId, string shipment, params ShipmentReceivedLine[] lines) =>
        As(Role.Logistics, x => x.Post.Json(new ReportShipmentReceivedRequest { WarehouseId = warehouseId, ShipmentReference = shipment, Lines = lines })
            .ToUrl($"{Url}/shipment-reports"));

    private static ShipmentReceivedLine Line(string sku, int shipped, int received) =>
        new() { Sku = sku, QuantityShipped = shipped, QuantityReceived = received };

    private static OpenReimbursementCaseRequest Lost(Guid warehouseId, int quantity = 4, bool writeOff = false) => new()
    {
        WarehouseId = warehouseId, Sku = "SKU-L", Quantity = quantity, Kind = ReimbursementCaseKind.Lost,
        Evidence = "Inventory ledger shows 4 units misplaced", EvidenceRefs = ["ledger-2030-11"], WriteOff = writeOff,
    };

    private Task<IScenarioResult> Post(Guid id, string action, object? body = null) =>
        As(Role.Logistics, x => x.Post.Json(body ?? new { }).ToUrl($"{Url}/{id}/{action}"));

    [Fact]
    public async Task a_shipment_received_short_opens_a_case_per_sku_for_the_shortfall_priced_at_unit_cost()
    {
        await App.Deliver(StockScenarios.Approved("SKU-S", unitCost: 2.125m), othersMayRefuse: true);
        await App.Deliver(StockScenarios.Approved("SKU-T"), othersMayRefuse: true);
        var fba = await App.AWarehouse();

        var report = await Report(fba.Id, "FBA17XYZ", Line("SKU-S", 100, 97), Line("SKU-T", 50, 50)).Ok<ShipmentReconciliation>(201);

        report.Lines.Select(l => (l.Sku, l.Shortfall, l.CaseId is not null)).ShouldBe([("SKU-S", 3, true), ("SKU-T", 0, false)]);
        var opened = await As(Role.Auditor, x => x.Get.Url($"{Url}/{report.Lines[0].CaseId}")).Ok<ReimbursementCaseView>();
        opened.ShouldSatisfyAllConditions(
            c => c.Kind.ShouldBe(ReimbursementCaseKind.InboundShortfall),
            c => c.Status.ShouldBe(ReimbursementCaseStatus.Open),
            c => c.Claim.ShouldBe(new ReimbursementClaim(3, new Money(2.125m, "USD"), new Money(6.375m, "USD"))),
            c => c.Shortfall.ShouldBe(new InboundShortfall("FBA17XYZ", 100, 97)));

        var again = await Report(fba.Id, "FBA17XYZ", Line("SKU-S", 100, 97)).Ok<ShipmentReconciliation>(201);
        again.Lines.Single().CaseId.ShouldBe(report.Lines[0].CaseId);
        (await List("?shipmentReference=FBA17XYZ")).Count.ShouldBe(1, "the same report opens nothing new");
    }

    [Fact]
    public async Task a_shortfall_of_a_sku_without_unit_cost_refuses_the_whole_report()
    {
        await App.Deliver(StockScenarios.Approved("SKU-S"), othersMayRefuse: true);
        var fba = await App.AWarehouse();

        var problem = await Report(fba.Id, "FBA17XYZ", Line("SKU-S", 10, 9), Line("SKU-UNKNOWN", 10, 8))
            .ShouldBeProblem(409, ReimbursementRules.UnitCostUnknown.Code);

        problem.Rules!.Select(r => r.Field).ShouldBe(["lines[1].sku"]);
        (await List("")).ShouldBeEmpty();
    }

    [Fact]
    public async Task claims_are_made_only_from_an_open_fba_warehouse()
    {
        await App.Deliver(StockScenarios.Approved("SKU-L"), othersMayRefuse: true);
        var own = await App.AWarehouse("SZ-OWN-1", WarehouseType.OwnWarehouse);

        await Report(own.Id, "FBA17XYZ", Line("SKU-L", 10, 9)).ShouldBeProblem(409, ReimbursementRules.WarehouseMustBeFba.Code);
        await As(Role.Logistics, x => x.Post.Json(Lost(own.Id)).ToUrl(Url)).ShouldBeProblem(409, ReimbursementRules.WarehouseMustBeFba.Code);
        await As(Role.Logistics, x => x.Post.Json(Lost(own.Id) with { Kind = ReimbursementCaseKind.InboundShortfall }).ToUrl(Url)).ShouldHaveFieldError("kind");
        await Report(own.Id, "FBA17XYZ", Line("SKU-L", 10, -1)).ShouldHaveFieldError("lines[0].quantityReceived");
    }

    [Fact]
    public async Task stock_lost_in_the_fulfilment_centre_is_claimed_and_may_be_written_off()
    {
        await App.Deliver(StockScenarios.Approved("SKU-L", unitCost: 3.50m), othersMayRefuse: true);
        var fba = await App.AWarehouse();
        await App.Receive(fba.Id, "SKU-L", 20);

        var (opened, messages) = await App.Tracking(() => As(Role.Logistics, x => x.Post.Json(Lost(fba.Id, writeOff: true)).ToUrl(Url))
            .Ok<ReimbursementCaseView>(201));

        opened.ShouldSatisfyAllConditions(
            c => c.Claim.AmountClaimed.ShouldBe(new Money(14.00m, "USD")), c => c.Kind.ShouldBe(ReimbursementCaseKind.Lost), c => c.EvidenceRefs.ShouldBe(["ledger-2030-11"]));
        (await App.Level(fba.Id, "SKU-L"))!.OnHand.ShouldBe(16);
        messages.Announced<StockAdjusted>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(m => m.QuantityBefore.ShouldBe(20), m => m.QuantityAfter.ShouldBe(16),
            m => m.StocktakeId.ShouldBeNull());

        await As(Role.Logistics, x => x.Post.Json(Lost(fba.Id, quantity: 30, writeOff: true)).ToUrl(Url))
            .ShouldBeProblem(409, Ops.Logistics.Inventory.InventoryRules.QuantityMustBePositive.Code);
        (await List("")).Count.ShouldBe(1, "a refused write-off opens no case");
    }

    [Fact]
    public async Task a_case_is_submitted_then_reimbursed_or_rejected_then_closed()
    {
        await App.Deliver(StockScenarios.Approved("SKU-L"), othersMayRefuse: true);
        var fba = await App.AWarehouse();
        var open = await As(Role.Logistics, x => x.Post.Json(Lost(fba.Id)).ToUrl(Url)).Ok<ReimbursementCaseView>(201);
        var other = await As(Role.Logistics, x => x.Post.Json(Lost(fba.Id) with { Kind = ReimbursementCaseKind.Damaged }).ToUrl(Url))
            .Ok<ReimbursementCaseView>(201);
        var paid = new RecordReimbursementRequest { Amount = new Money(8.40m, "USD") };

        await Post(open.Id, "reimburse", paid).ShouldBeProblem(409, ReimbursementRules.NotSubmitted.Code);
        await Post(open.Id, "close").ShouldBeProblem(409, ReimbursementRules.NotDecided.Code);
        (await Post(open.Id, "submit", new SubmitReimbursementCaseRequest { AmazonCaseId = "1234567890" }).Ok<ReimbursementCaseView>())
            .AmazonCaseId.ShouldBe("1234567890");
        await Post(open.Id, "submit").ShouldBeProblem(409, ReimbursementRules.NotOpen.Code);
        await Post(open.Id, "reimburse", new RecordReimbursementRequest { Amount = new Money(8.40m, "EUR") })
            .ShouldBeProblem(409, ReimbursementRules.CurrencyMustMatchClaim.Code);
        (await Post(open.Id, "reimburse", paid).Ok<ReimbursementCaseView>()).AmountReimbursed.ShouldBe(paid.Amount);
        (await Post(open.Id, "close", new CloseReimbursementCaseRequest { Note = "Paid in full" }).Ok<ReimbursementCaseView>())
            .Status.ShouldBe(ReimbursementCaseStatus.Closed);

        await Post(other.Id, "submit").Ok<ReimbursementCaseView>();
        await Post(other.Id, "reject", new ReasonRequest { Reason = "" }).ShouldHaveFieldError("reason");
        (await Post(other.Id, "reject", new ReasonRequest { Reason = "Outside 18-month window" }).Ok<ReimbursementCaseView>())
            .RejectionReason.ShouldBe("Outside 18-month window");

        (await List("?status=Closed")).ShouldBe([open.Id]);
        (await List("?kind=Damaged")).ShouldBe([other.Id]);
        var history = await As(Role.Auditor, x => x.Get.Url($"{Url}/{open.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
        history.Select(h => h.Title).ShouldBe(["Reimbursement case opened", "Reimbursement case submitted", "Reimbursement received",
            "Reimbursement case closed"]);
    }

    private async Task<IReadOnlyList<Guid>> List(string query) =>
        (await As(Role.Staff, x => x.Get.Url(Url + query)).Ok<Page<ReimbursementCaseView>>()).Items.Select(c => c.Id).ToList();
}
