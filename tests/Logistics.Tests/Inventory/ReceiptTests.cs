using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Receipts;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Logistics.Tests.Inventory;

public sealed class ReceiptTests(LogisticsApp app) : InventoryTest(app)
{
    private const string Url = "/api/logistics/receipts";

    [Fact]
    public async Task a_receipt_puts_the_accepted_units_in_stock_and_publishes_purchase_received()
    {
        var warehouse = await Warehouse("FBA-RCV1");
        await Product("OPS-RCV-1");

        var (receipt, messages) = await Receive(Receipt(warehouse, "OPS-RCV-1", accepted: 95, rejected: 5));

        receipt.ShouldSatisfyAllConditions(
            r => r.SupplierId.ShouldBe(SupplierId, "the SKU's supplier when none is named"),
            r => r.QuantityReceived.ShouldBe(100),
            r => r.QuantityAccepted.ShouldBe(95),
            r => r.QuantityRejected.ShouldBe(5),
            r => r.Late.ShouldBeTrue(),
            r => r.StoreId.ShouldBe(DemoStoreId));
        messages.SinglePublished<PurchaseReceived>().ShouldBe(new PurchaseReceived(receipt.Id, DemoStoreId, "OPS-RCV-1", SupplierId, 100, 95,
            new DateOnly(2030, 11, 3), new DateOnly(2030, 11, 4), OpsFixture.Start));
        (await Level(warehouse, "OPS-RCV-1")).ShouldSatisfyAllConditions(l => l.OnHand.ShouldBe(95), l => l.Available.ShouldBe(95));

        var movements = await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory/OPS-RCV-1/movements")).Ok<Page<StockMovement>>();
        movements.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Kind.ShouldBe(MovementKind.Received), m => m.Source.ShouldBe(new MovementSource(MovementSourceKind.Receipt, receipt.Id)));
        (await As(Role.Auditor, x => x.Get.Url($"{Url}/{receipt.Id}")).Ok<PurchaseReceiptView>()).QuantityAccepted.ShouldBe(95);
    }

    [Fact]
    public async Task a_named_supplier_is_kept()
    {
        var warehouse = await Warehouse("FBA-RCV2");
        await Product("OPS-RCV-2");
        var other = Guid.NewGuid();

        var (receipt, messages) = await Receive(Receipt(warehouse, "OPS-RCV-2", 10) with { SupplierId = other });

        receipt.SupplierId.ShouldBe(other);
        messages.SinglePublished<PurchaseReceived>().SupplierId.ShouldBe(other);
    }

    [Fact]
    public async Task the_same_idempotency_key_records_once()
    {
        var warehouse = await Warehouse("FBA-RCV3");
        await Product("OPS-RCV-3");
        var request = Receipt(warehouse, "OPS-RCV-3", 8);

        var first = await As(Role.Logistics, x =>
        {
            x.Post.Json(request).ToUrl(Url);
            x.WithRequestHeader(Idempotency.Header, "rcv-3");
        }).Ok<PurchaseReceiptView>(201);
        var (again, messages) = await Tracking(() =>
            As(Role.Logistics, x =>
        {
            x.Post.Json(request).ToUrl(Url);
            x.WithRequestHeader(Idempotency.Header, "rcv-3");
        }));

        (await again.ReadAsJsonAsync<PurchaseReceiptView>())!.Id.ShouldBe(first.Id);
        messages.Published<PurchaseReceived>().ShouldBeEmpty();
        (await Level(warehouse, "OPS-RCV-3")).OnHand.ShouldBe(8);
        (await As(Role.Auditor, x => x.Get.Url($"{Url}?sku=OPS-RCV-3")).Ok<Page<PurchaseReceiptView>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task a_sku_logistics_does_not_know_is_refused()
    {
        var warehouse = await Warehouse("FBA-RCV4");

        await As(Role.Logistics, x => x.Post.Json(Receipt(warehouse, "OPS-UNKNOWN", 5)).ToUrl(Url)).ShouldBeProblem(409, ReceiptRules.SkuMustBeKnown.Code);
    }

    [Fact]
    public async Task an_unregistered_or_closed_warehouse_takes_no_receipt()
    {
        await Product("OPS-RCV-5");
        await As(Role.Logistics, x => x.Post.Json(Receipt(Guid.NewGuid(), "OPS-RCV-5", 5)).ToUrl(Url))
            .ShouldBeProblem(409, ReceiptRules.WarehouseMustExist.Code);

        var warehouse = await Warehouse("FBA-RCV5");
        await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "moving" }).ToUrl($"/api/logistics/warehouses/{warehouse}/close"))
            .Ok<WarehouseView>();
        await As(Role.Logistics, x => x.Post.Json(Receipt(warehouse, "OPS-RCV-5", 5)).ToUrl(Url))
            .ShouldBeProblem(409, ReceiptRules.WarehouseMustBeOpen.Code);
        (await Level(warehouse, "OPS-RCV-5")).ShouldBeNull("nothing moved");
    }

    [Fact]
    public async Task a_received_date_after_today_in_the_warehouse_is_refused()
    {
        var warehouse = await Warehouse("FBA-RCV6");
        await Product("OPS-RCV-6");

        // 14:00 UTC is 06:00 on 4 November in Los Angeles: the 5th is tomorrow there.
        await As(Role.Logistics, x => x.Post.Json(Receipt(warehouse, "OPS-RCV-6", 5) with { ReceivedOn = new DateOnly(2030, 11, 5) }).ToUrl(Url))
            .ShouldBeProblem(409, ReceiptRules.ReceivedDateNotInFuture.Code);
        await (await As(Role.Logistics, x => x.Post.Json(Receipt(warehouse, "OPS-RCV-6", 5)).ToUrl(Url))).ShouldHaveStatus(201);
    }

    [Fact]
    public async Task accepted_and_rejected_add_up_to_the_quantity_received()
    {
        var warehouse = await Warehouse("FBA-RCV7");
        await Product("OPS-RCV-7");

        await As(Role.Logistics, x => x.Post.Json(Receipt(warehouse, "OPS-RCV-7", 5, 1) with { QuantityReceived = 7 }).ToUrl(Url))
            .ShouldHaveFieldError("quantityRejected");
    }

    [Fact]
    public async Task a_delivery_rejected_in_full_moves_no_stock_but_is_still_reported_to_selection()
    {
        var warehouse = await Warehouse("FBA-RCV8");
        await Product("OPS-RCV-8");

        var (_, messages) = await Receive(Receipt(warehouse, "OPS-RCV-8", accepted: 0, rejected: 12));

        messages.SinglePublished<PurchaseReceived>().QuantityAccepted.ShouldBe(0);
        (await Level(warehouse, "OPS-RCV-8")).ShouldBeNull();
    }

    [Fact]
    public async Task announced_inbound_counts_until_the_receipt_takes_it_in()
    {
        var warehouse = await Warehouse("FBA-RCV9");
        await Product("OPS-RCV-9");

        var row = await As(Role.Logistics, x => x.Post.Json(new AnnounceInboundRequest { WarehouseId = warehouse, Sku = "OPS-RCV-9", Quantity = 50 })
            .ToUrl("/api/logistics/inventory/inbound")).Ok<InventoryRow>();
        row.ShouldSatisfyAllConditions(r => r.Inbound.ShouldBe(50), r => r.OnHand.ShouldBe(0), r => r.Figures.Replenishment.Inbound.ShouldBe(50));

        await Receive(Receipt(warehouse, "OPS-RCV-9", 30));

        (await Level(warehouse, "OPS-RCV-9")).ShouldSatisfyAllConditions(l => l.Inbound.ShouldBe(20), l => l.OnHand.ShouldBe(30));
    }

    [Fact]
    public async Task inbound_of_an_unknown_sku_is_refused()
    {
        var warehouse = await Warehouse("FBA-RCV10");

        await As(Role.Logistics, x => x.Post.Json(new AnnounceInboundRequest { WarehouseId = warehouse, Sku = "OPS-NOPE", Quantity = 5 })
            .ToUrl("/api/logistics/inventory/inbound")).ShouldBeProblem(409, ReceiptRules.SkuMustBeKnown.Code);
    }

    [Fact]
    public async Task the_auditor_reads_receipts_but_records_none()
    {
        var warehouse = await Warehouse("FBA-RCV11");
        await Product("OPS-RCV-11");

        await As(Role.Auditor, x => x.Post.Json(Receipt(warehouse, "OPS-RCV-11", 5)).ToUrl(Url)).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await As(Role.Auditor, x => x.Post.Json(new AnnounceInboundRequest { WarehouseId = warehouse, Sku = "OPS-RCV-11", Quantity = 5 })
            .ToUrl("/api/logistics/inventory/inbound")).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
