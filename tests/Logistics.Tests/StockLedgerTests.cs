using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Inventory;

namespace Logistics.Tests;

/// <summary>The one way stock moves (<see cref="StockLedger"/>), exercised on a real PostgreSQL with concurrent sessions.</summary>
public sealed class StockLedgerTests(LogisticsApp app) : LogisticsTest(app)
{
    private static readonly Guid Warehouse = Guid.NewGuid();
    private static readonly Guid Store = Guid.NewGuid();
    private const string Sku = "OPS-LEDGER-1";

    private ILogisticsStore Store_ => App.Host.Services.GetRequiredService<ILogisticsStore>();

    private async Task<Ops.Shared.Outcomes.Decision> Move(Func<InventoryItem, Ops.Shared.Outcomes.Decision> decide)
    {
        await using var session = Store_.LightweightSession();
        var decision = await StockLedger.MoveAsync(session, Warehouse, Store, Sku, decide, "test", App.Clock.GetUtcNow());
        await session.SaveChangesAsync();
        return decision;
    }

    private static MovementSource Order(Guid id) => new(MovementSourceKind.Order, id);

    private async Task<StockLevel> Level()
    {
        await using var session = Store_.QuerySession();
        return (await session.LoadAsync<StockLevel>(InventoryItem.IdFor(Warehouse, Sku)))!;
    }

    [Fact]
    public async Task twenty_concurrent_reservations_of_the_last_five_units_give_five_and_refuse_fifteen()
    {
        await Move(i => i.Receive(5, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", App.Clock.GetUtcNow()));

        var decisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => Move(i => i.Reserve(1, Order(Guid.NewGuid()), "test", App.Clock.GetUtcNow())))));

        decisions.Count(d => !d.IsRefused).ShouldBe(5);
        decisions.Where(d => d.IsRefused).ShouldAllBe(d => d.Refusal!.Code == InventoryRules.InsufficientStock.Code);
        var level = await Level();
        level.ShouldSatisfyAllConditions(
            l => l.OnHand.ShouldBe(5),
            l => l.Reserved.ShouldBe(5),
            l => l.Available.ShouldBe(0));
    }

    [Fact]
    public async Task a_reservation_is_held_by_its_order_released_once_and_shipped_as_reserved()
    {
        var order = Order(Guid.NewGuid());
        var now = App.Clock.GetUtcNow();
        await Move(i => i.Receive(10, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", now));
        await Move(i => i.Reserve(4, order, "test", now));

        (await Move(i => i.Reserve(4, order, "test", now))).Events.ShouldBeEmpty("the same order reserving again changes nothing");
        (await Level()).Available.ShouldBe(6);

        (await Move(i => i.Ship(order, "test", now))).Events.Single().ShouldBeOfType<StockShipped>().Quantity.ShouldBe(4);
        var shipped = await Level();
        shipped.ShouldSatisfyAllConditions(l => l.OnHand.ShouldBe(6), l => l.Reserved.ShouldBe(0), l => l.Available.ShouldBe(6));

        (await Move(i => i.Ship(order, "test", now))).Refusal.ShouldBe(InventoryRules.NotReserved);
        (await Move(i => i.Release(order, "cancelled", "test", now))).Events.ShouldBeEmpty("nothing reserved is left to release");
    }

    [Fact]
    public async Task a_count_below_what_orders_hold_is_refused_and_the_same_count_changes_nothing()
    {
        var now = App.Clock.GetUtcNow();
        var stocktake = new MovementSource(MovementSourceKind.Stocktake, Guid.NewGuid());
        await Move(i => i.Receive(10, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", now));
        await Move(i => i.Reserve(8, Order(Guid.NewGuid()), "test", now));

        (await Move(i => i.Adjust(7, "counted", stocktake, "test", now))).Refusal.ShouldBe(InventoryRules.AdjustmentBelowReserved);
        (await Move(i => i.Adjust(10, "counted", stocktake, "test", now))).Events.ShouldBeEmpty();
        (await Move(i => i.Adjust(9, "one broken", stocktake, "test", now))).Events.Single().ShouldBeOfType<StockAdjustmentPosted>()
            .ShouldSatisfyAllConditions(a => a.QuantityBefore.ShouldBe(10), a => a.QuantityAfter.ShouldBe(9));
        (await Level()).ShouldSatisfyAllConditions(l => l.OnHand.ShouldBe(9), l => l.Available.ShouldBe(1));
    }

    [Fact]
    public async Task every_movement_is_a_row_with_its_signed_change()
    {
        var now = App.Clock.GetUtcNow();
        var order = Order(Guid.NewGuid());
        await Move(i => i.Receive(3, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", now));
        await Move(i => i.Reserve(2, order, "test", now));
        await Move(i => i.Ship(order, "test", now));

        await using var session = Store_.QuerySession();
        var rows = await session.Query<StockMovement>().Where(m => m.ItemId == InventoryItem.IdFor(Warehouse, Sku)).ToListAsync();
        rows.Select(r => (r.Kind, r.OnHandChange, r.ReservedChange)).OrderBy(r => r.Kind).ShouldBe(
            [(MovementKind.Received, 3, 0), (MovementKind.Reserved, 0, 2), (MovementKind.Shipped, -2, -2)]);
    }
}
