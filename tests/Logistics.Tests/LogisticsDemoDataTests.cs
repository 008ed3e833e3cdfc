using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Channels;
using Ops.Logistics.Inventory;
using Ops.Logistics.Orders;
using Ops.Logistics.Reconciliation;
using Ops.Logistics.Returns;
using Ops.Logistics.Stocktakes;
using Ops.Logistics.Warehouses;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Wolverine;
using Wolverine.Tracking;
using Logistics.Tests.Orders;
using static Ops.Logistics.LogisticsDemoData;

namespace Logistics.Tests;

public sealed class LogisticsDemoDataTests(LogisticsApp app) : LogisticsTest(app)
{
    [Fact]
    public async Task demo_logistics_has_an_order_in_every_state_once_however_often_it_is_seeded()
    {
        await SeededAsync();
        var first = await Orders();
        await SeededAsync();
        var second = await Orders();

        second.Select(o => (o.OrderNumber, o.Status, o.Version)).ShouldBe(first.Select(o => (o.OrderNumber, o.Status, o.Version)));
        var byScript = DemoOrders.ToDictionary(o => o.Script, o => first.Single(d => d.OrderNumber == o.Number));
        byScript.ToDictionary(o => o.Key, o => o.Value.Status).ShouldBe(new Dictionary<OrderScript, OrderStatus>
        {
            [OrderScript.Received] = OrderStatus.Received,
            [OrderScript.OnHold] = OrderStatus.OnHold,
            [OrderScript.AllocatedWarned] = OrderStatus.Allocated,
            [OrderScript.AllocatedBreached] = OrderStatus.Allocated,
            [OrderScript.Backordered] = OrderStatus.Backordered,
            [OrderScript.ShippedLateTracked] = OrderStatus.Shipped,
            [OrderScript.ShippedAwaitingTracking] = OrderStatus.Shipped,
            [OrderScript.ShipmentLost] = OrderStatus.Exception,
            [OrderScript.Delivered] = OrderStatus.Delivered,
            [OrderScript.DeliveredDamaged] = OrderStatus.Delivered,
            [OrderScript.DeliveredDelayed] = OrderStatus.Delivered,
            [OrderScript.Cancelled] = OrderStatus.Cancelled,
        }, ignoreOrder: true);
        byScript[OrderScript.OnHold].HoldReasons.Select(r => r.Code).ShouldBe(["order.sku_not_live", "order.payment_not_captured"], ignoreOrder: true);
        byScript[OrderScript.ShippedLateTracked].ShippedOnTime.ShouldBe(false);
        byScript[OrderScript.ShippedLateTracked].TrackingUpdates.ShouldBe(1);
        byScript[OrderScript.ShippedAwaitingTracking].TrackingDueAt.ShouldBe(OpsFixture.Start.AddHours(24));
        (await App.History(byScript[OrderScript.Delivered].Id)).Select(e => e.Actor).Distinct().ShouldBe([LogisticsDemoData.Actor]);

        (await List<WarehouseView>("warehouses")).Select(w => (w.Code, w.Type)).ShouldBe(
            [(FbaWarehouse, WarehouseType.FbaFulfilmentCentre), (OwnWarehouse, WarehouseType.OwnWarehouse)], ignoreOrder: true);
        (await List<ChannelView>("channels")).Count.ShouldBe(3);
        (await List<StocktakeView>("stocktakes")).Select(s => s.Status).ShouldBe([StocktakeStatus.Approved, StocktakeStatus.Counting], ignoreOrder: true);
        (await List<ReturnView>("returns")).ShouldHaveSingleItem().Status.ShouldBe(ReturnStatus.Received);
        (await List<ReimbursementCaseView>("reimbursements")).ShouldHaveSingleItem().Status.ShouldBe(ReimbursementCaseStatus.Open);
    }

    [Fact]
    public async Task demo_stock_is_low_on_one_sku_and_in_excess_on_another_and_the_kpis_have_values()
    {
        await SeededAsync();

        var stock = await List<InventoryRow>("inventory");
        stock.Single(r => r.WarehouseCode == OwnWarehouse && r.Sku == LedStrip).ShouldSatisfyAllConditions(
            r => r.Available.ShouldBe(0, "its 7 units went to the demo orders"),
            r => r.Alerts.ShouldContain(StockAlerts.LowStock));
        stock.Single(r => r.WarehouseCode == FbaWarehouse && r.Sku == WallClock).Alerts.ShouldContain(StockAlerts.Excess);
        stock.Single(r => r.WarehouseCode == FbaWarehouse && r.Sku == WallClock).Alerts.ShouldContain(StockAlerts.SlowMoving);
        App.Clock.Advance(TimeSpan.FromMinutes(1)); // the period ends now, exclusive: what the seed did a moment ago
        var kpis = (await As(Role.Auditor, x => x.Get.Url("/api/logistics/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code, k => k.Value);
        kpis["logistics.on_time_ship_rate"].ShouldBe(83.3m); // 5 of the 6 shipped by their ship-by deadline
        kpis["logistics.tracking_updated_rate"].ShouldBe(100m);
        kpis["logistics.delay_rate"].ShouldBe(33.3m); // 1 of 3 delivered: held up by the weather
        kpis["logistics.damage_rate"].ShouldBe(33.3m);
        kpis["stocktakes.accuracy"].ShouldBe(50m); // one clock of the two lines missing
        kpis["costs.cost_of_sales"].ShouldNotBeNull().ShouldBeGreaterThan(0m);
        kpis["inventory.turnover"].ShouldNotBeNull().ShouldBeGreaterThan(0m);
        // The LED strip at the own warehouse, live and sold out: the day ending with the period counts.
        kpis["inventory.stockout_days"].ShouldBe(1m);
    }

    [Fact]
    public async Task a_day_after_the_demo_was_seeded_its_shipped_order_without_a_tracking_update_has_breached_the_tracking_clock()
    {
        var seeded = await SeededAsync();
        App.Clock.Advance(TimeSpan.FromHours(24));

        // The tracking timers the seed scheduled, due now (the fixture's clock lies in the real future: the test delivers them as Wolverine would).
        var due = seeded.Scheduled.Envelopes().Where(e => e.Message is CheckOrderTracking && e.ScheduledTime <= App.Clock.GetUtcNow()).ToList();
        due.ShouldNotBeEmpty();
        foreach (var timer in due.OrderBy(e => e.ScheduledTime)) await App.Host.InvokeMessageAndWaitAsync(timer.Message!);

        var awaiting = (await Orders()).Single(o => o.OrderNumber == DemoOrders.Single(d => d.Script == OrderScript.ShippedAwaitingTracking).Number);
        awaiting.ShouldSatisfyAllConditions(
            o => o.TrackingUpdatesMissed.ShouldBe(1),
            o => o.TrackingDueAt.ShouldBe(OpsFixture.Start.AddHours(48)));
        var kpis = (await As(Role.Auditor, x => x.Get.Url("/api/logistics/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code, k => k.Value);
        // The three shipped orders still in transit (tracked late, awaiting tracking, lost) missed their update; the three delivered did not.
        kpis["logistics.tracking_updated_rate"].ShouldBe(50m);
    }

    [Fact]
    public async Task demo_orders_whose_marketplace_ship_by_has_passed_or_is_near_are_breached_and_warned_when_their_timers_fire()
    {
        var seeded = await SeededAsync();

        // Due at once (the fixture's clock lies in the real future, so the test delivers them as Wolverine would).
        var due = seeded.Scheduled.Envelopes().Where(e => e.Message is WarnShipBy or BreachShipBy && e.ScheduledTime <= OpsFixture.Start);
        foreach (var timer in due.OrderBy(e => e.ScheduledTime)) await App.Host.InvokeMessageAndWaitAsync(timer.Message!);

        var orders = await Orders();
        string Number(OrderScript script) => DemoOrders.Single(o => o.Script == script).Number;
        orders.Single(o => o.OrderNumber == Number(OrderScript.AllocatedBreached)).ShipDeadlineState.ShouldBe(OrderDeadlineState.Breached);
        orders.Single(o => o.OrderNumber == Number(OrderScript.AllocatedWarned)).ShipDeadlineState.ShouldBe(OrderDeadlineState.Warned);
        orders.Single(o => o.OrderNumber == Number(OrderScript.Received)).ShipDeadlineState.ShouldBe(OrderDeadlineState.Running);
    }

    /// <summary>
    /// Seeds the demo and waits for every message it caused. Selection records a supplier's receipts in parallel, and two
    /// first deliveries of one supplier race to start its delivery log, the loser retrying (selection's own tests cover
    /// that): a retried race is not a failure here, a message given up on is.
    /// </summary>
    private async Task<ITrackedSession> SeededAsync()
    {
        var seeded = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => SeedDemoAsync()));
        seeded.MovedToErrorQueue.Envelopes().ShouldBeEmpty();
        (await App.DeadLetteredMessageTypes()).ShouldBeEmpty();
        return seeded;
    }

    /// <summary>As <c>./ops run</c> does, in module order: selection's demo suppliers (the demo SKUs' suppliers, whom receipts name), then logistics.</summary>
    private async Task SeedDemoAsync()
    {
        await ActivatorUtilities.CreateInstance<SupplierDemoData>(App.Host.Services).SeedAsync(CancellationToken.None);
        await ActivatorUtilities.CreateInstance<LogisticsDemoData>(App.Host.Services).SeedAsync(CancellationToken.None);
    }

    private async Task<IReadOnlyList<OrderDetails>> Orders() => await List<OrderDetails>("orders");

    private async Task<IReadOnlyList<T>> List<T>(string what) =>
        (await As(Role.Auditor, x => x.Get.Url($"/api/logistics/{what}?pageSize=100")).Ok<Page<T>>()).Items;
}
