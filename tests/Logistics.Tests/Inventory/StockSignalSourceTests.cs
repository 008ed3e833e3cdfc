using Ops.Listing.Contracts;
using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Orders;
using Ops.Logistics.Stocktakes;
using Ops.Shared;
using Ops.Shared.Http;

using Logistics.Tests.Orders;

namespace Logistics.Tests.Inventory;

/// <summary>
/// Every record that moves stock signals the states it makes an item enter, and only when its whole operation is
/// accepted (ADR 0024). SKU A as in <see cref="StockSignalTests"/>: 100 received, 60 shipped: 2/day, available 40,
/// safety stock 28 (not low), at the reorder point with a stockout forecast within the lead time. SKU B: 100 received.
/// </summary>
public sealed class StockSignalSourceTests(LogisticsApp app) : InventoryTest(app)
{
    private const string A = "OPS-SRC-A";
    private const string B = "OPS-SRC-B";
    private const string StocktakesUrl = "/api/logistics/stocktakes";

    private async Task<Guid> Selling(string code)
    {
        var warehouse = await Warehouse(code);
        foreach (var sku in new[] { A, B })
        {
            await Product(sku);
            await App.Deliver(new ListingWentLive(Guid.NewGuid(), sku, $"B0{sku[^5..]}", 14.99m, "USD", OpsFixture.Start), othersMayRefuse: true);
            await Receive(Receipt(warehouse, sku, 100));
        }
        await Ship(warehouse, A, 60);
        (await Level(warehouse, A)).Alerts.ShouldBe(StockAlerts.StockoutForecast | StockAlerts.ReorderPoint);
        return warehouse;
    }

    private async Task<Guid> SubmittedStocktake(Guid warehouse, int countedA, int countedB)
    {
        var planned = await As(Role.Logistics, x => x.Post.Json(new PlanStocktakeRequest
        {
            WarehouseId = warehouse, Skus = [A, B], PlannedOn = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime),
        }).ToUrl(StocktakesUrl)).Ok<StocktakeView>(201);
        await As(Role.Logistics, x => x.Post.Json(new { }).ToUrl($"{StocktakesUrl}/{planned.Id}/start")).Ok<StocktakeView>();
        await As(Role.Logistics, x => x.Put.Json(new EnterStocktakeCountsRequest
        {
            Lines = [new() { Sku = A, CountedQuantity = countedA, Reason = "Damaged" }, new() { Sku = B, CountedQuantity = countedB, Reason = "Damaged" }],
        }).ToUrl($"{StocktakesUrl}/{planned.Id}/counts")).Ok<StocktakeView>();
        await As(Role.Logistics, x => x.Post.Json(new { }).ToUrl($"{StocktakesUrl}/{planned.Id}/submit")).Ok<StocktakeView>();
        return planned.Id;
    }

    [Fact]
    public async Task a_stocktake_approval_that_takes_a_sku_below_its_safety_stock_publishes_low_stock_once()
    {
        var warehouse = await Selling("FBA-SRC1");
        var stocktake = await SubmittedStocktake(warehouse, countedA: 20, countedB: 90);

        var (_, messages) = await Tracking(() =>
            As(Role.OpsManager, x => x.Post.Json(new { }).ToUrl($"{StocktakesUrl}/{stocktake}/approve")).Ok<StocktakeView>());

        messages.SingleSignalled<LowStockDetected>().ShouldBe(new LowStockDetected(DemoStoreId, warehouse, A, 20, 28, 2m, OpsFixture.Start));
        messages.Signalled<ReplenishmentNeeded>().ShouldBeEmpty("A was at its reorder point already; B sells nothing");
        (await Level(warehouse, A)).Alerts.ShouldBe(StockAlerts.LowStock | StockAlerts.StockoutForecast | StockAlerts.ReorderPoint);
    }

    [Fact]
    public async Task a_refused_stocktake_approval_signals_nothing_even_for_the_lines_decided_before_the_refusal()
    {
        var warehouse = await Selling("FBA-SRC2");
        var stocktake = await SubmittedStocktake(warehouse, countedA: 20, countedB: 5);
        // B is adjusted after A (the sheet runs in SKU order); orders hold 30 of B, more than the 5 counted.
        await Reserve(warehouse, B, 30);

        var (result, messages) = await Tracking(() =>
            As(Role.OpsManager, x => x.Post.Json(new { }).ToUrl($"{StocktakesUrl}/{stocktake}/approve")));

        await Task.FromResult(result).ShouldBeProblem(409, InventoryRules.AdjustmentBelowReserved.Code);
        messages.Signalled<LowStockDetected>().ShouldBeEmpty("A's adjustment was dropped with the refused approval");
        (await Level(warehouse, A)).ShouldSatisfyAllConditions(
            l => l.OnHand.ShouldBe(40),
            l => l.Alerts.ShouldBe(StockAlerts.StockoutForecast | StockAlerts.ReorderPoint));
    }

    [Fact]
    public async Task an_allocation_that_leaves_a_sku_low_publishes_low_stock_and_a_refused_one_nothing()
    {
        var warehouse = await Selling("FBA-SRC3");
        var order = (await App.Receive(OrderScenarios.NewOrder("111-0000001-0000301", (A, 13), (B, 1)))).Result;
        await App.Post(order.Id, "review").Ok<OrderDetails>();

        var (refused, none) = await Tracking(() => App.Post(order.Id, "allocate", new AllocateOrderRequest { WarehouseId = Guid.NewGuid() }));
        await Task.FromResult(refused).ShouldBeProblem(409, OrderRules.WarehouseMustBeOpen.Code);
        none.Signalled<LowStockDetected>().ShouldBeEmpty();

        var (allocated, messages) = await App.Act(order.Id, "allocate");

        allocated.Status.ShouldBe(OrderStatus.Allocated);
        // 40 − 13 = 27 available, below the safety stock of 28.
        messages.SingleSignalled<LowStockDetected>().ShouldBe(new LowStockDetected(DemoStoreId, warehouse, A, 27, 28, 2m, OpsFixture.Start));
        messages.Signalled<StockoutForecast>().ShouldBeEmpty("already forecast before");
    }

    [Fact]
    public async Task a_write_off_that_takes_a_sku_below_its_safety_stock_publishes_low_stock()
    {
        var warehouse = await Selling("FBA-SRC4");

        var (result, messages) = await Tracking(() => As(Role.Logistics, x => x.Post.Json(new Ops.Logistics.Reconciliation.OpenReimbursementCaseRequest
        {
            WarehouseId = warehouse, Sku = A, Quantity = 15, Kind = Ops.Logistics.Reconciliation.ReimbursementCaseKind.Lost, Evidence = "Lost in the FC",
            WriteOff = true,
        }).ToUrl("/api/logistics/reimbursements")));

        await result.ShouldHaveStatus(201);
        messages.SingleSignalled<LowStockDetected>().Available.ShouldBe(25);
    }
}
