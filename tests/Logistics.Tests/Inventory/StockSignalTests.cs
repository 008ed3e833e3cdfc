using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;

namespace Logistics.Tests.Inventory;

/// <summary>
/// Signals go out when an item enters a state, once. SKU: lead time 25, MOQ 300; defaults: 30-day window, 14 safety
/// days, 60 days of cover. 100 received, then an order of 60 shipped: velocity 2/day, available 40; reorder point
/// 2 × 25 + 28 = 78 ≥ 40; stockout in 40 / 2 = 20 days, within the 25-day lead time; safety stock 28 ≤ 40, not low.
/// </summary>
public sealed class StockSignalTests(LogisticsApp app) : InventoryTest(app)
{
    private const string Sku = "OPS-SIG-1";

    [Fact]
    public async Task entering_the_reorder_point_and_a_stockout_within_the_lead_time_publishes_each_once()
    {
        var warehouse = await Warehouse("FBA-SIG1");
        await Product(Sku);
        var (_, received) = await Receive(Receipt(warehouse, Sku, 100));
        received.Signalled<ReplenishmentNeeded>().ShouldBeEmpty("nothing has sold yet: velocity 0");

        var shipped = await Ship(warehouse, Sku, 60);

        shipped.SingleSignalled<ReplenishmentNeeded>().ShouldBe(new ReplenishmentNeeded(DemoStoreId, Sku, warehouse, ReplenishmentReason.ReorderPoint,
            SuggestedQuantity: 300, null, null, OpsFixture.Start), "120 − 40 = 80, rounded up to the MOQ");
        shipped.SingleSignalled<StockoutForecast>().ShouldBe(new StockoutForecast(DemoStoreId, warehouse, Sku, 40, 2m, new DateOnly(2030, 11, 24), 25,
            WithinLeadTime: true, OpsFixture.Start));
        shipped.Signalled<LowStockDetected>().ShouldBeEmpty("40 is above the safety stock of 28");

        // 13 more reserved: available 27 < safety stock 28 (still 2/day): low stock, the other two states stay; shipping
        // them (73 / 30 = 2.4333/day) keeps it low.
        var low = await Ship(warehouse, Sku, 13);

        low.SingleSignalled<LowStockDetected>().ShouldBe(new LowStockDetected(DemoStoreId, warehouse, Sku, 27, 28, 2m, OpsFixture.Start));
        low.Signalled<ReplenishmentNeeded>().ShouldBeEmpty("still at the reorder point: no second signal");
        low.Signalled<StockoutForecast>().ShouldBeEmpty();

        var again = await Reserve(warehouse, Sku, 1);

        again.Signalled<LowStockDetected>().ShouldBeEmpty("still low");
        again.Signalled<ReplenishmentNeeded>().ShouldBeEmpty();
        again.Signalled<StockoutForecast>().ShouldBeEmpty();
        (await Level(warehouse, Sku)).Alerts.ShouldBe(StockAlerts.LowStock | StockAlerts.StockoutForecast | StockAlerts.ReorderPoint);
    }

    [Fact]
    public async Task leaving_a_state_and_entering_it_again_signals_again()
    {
        var warehouse = await Warehouse("FBA-SIG2");
        await Product(Sku);
        await Receive(Receipt(warehouse, Sku, 100));
        (await Ship(warehouse, Sku, 60)).Signalled<ReplenishmentNeeded>().ShouldHaveSingleItem();

        var restocked = await Receive(Receipt(warehouse, Sku, 300));
        restocked.Messages.Signalled<ReplenishmentNeeded>().ShouldBeEmpty("340 is above the reorder point");
        (await Level(warehouse, Sku)).Alerts.ShouldBe(StockAlerts.None);

        // 262 more reserved: available + inbound 78 = the reorder point 78 exactly (still 2/day).
        (await Ship(warehouse, Sku, 262)).Signalled<ReplenishmentNeeded>().ShouldHaveSingleItem().Reason.ShouldBe(ReplenishmentReason.ReorderPoint);
    }

    [Fact]
    public async Task a_history_entry_records_the_states_entered_with_their_figures()
    {
        var warehouse = await Warehouse("FBA-SIG3");
        await Product(Sku);
        await Receive(Receipt(warehouse, Sku, 100));
        await Ship(warehouse, Sku, 60);

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(InventoryItem.IdFor(warehouse, Sku));
        events.Select(e => e.Data).OfType<StockAlertsChanged>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Before.ShouldBe(StockAlerts.None),
            c => c.After.ShouldBe(StockAlerts.StockoutForecast | StockAlerts.ReorderPoint),
            c => c.Available.ShouldBe(40),
            c => c.DailyVelocity.ShouldBe(2m),
            c => c.SuggestedQuantity.ShouldBe(300));
    }
}
