using JasperFx.Events;
using FastEndpoints;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record AllocateOrderRequest
{
    public Guid Id { get; init; }

    /// <summary>The warehouse to reserve in; without it, the first open warehouse of the store (by code) holding every line.</summary>
    public Guid? WarehouseId { get; init; }
}

public sealed record AllocateOrder(Guid OrderId, Guid? WarehouseId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/allocate</c>: reserves every line in one open warehouse of the order's store
/// (through <see cref="StockLedger"/>, SKU by SKU in SKU order so two orders never lock items in opposite orders). When no
/// warehouse holds the stock the order is backordered: <c>ReplenishmentNeeded</c> (reason Backorder) for each SKU short
/// everywhere, and the expected ship date (today + the longest supplier lead time) is recorded.
/// </summary>
public sealed class AllocateOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<AllocateOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/allocate");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(AllocateOrderRequest request, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new AllocateOrder(request.Id, request.WarehouseId, expected), ct);
}

public static class AllocateOrderHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(AllocateOrder command, [WriteAggregate(Required = false)] IEventStream<Order> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        if (stream.Aggregate is not { } order || order.RefusalToAllocate() is not null
            || command.ExpectedVersion is { } expected && expected != stream.CurrentVersion)
            return (stream.Decide(command.OrderId, command.ExpectedVersion, o => o.Allocate(Guid.Empty, by, now)), []);

        var units = order.Receipt.UnitsBySku();
        string[] skus = [.. units.Select(u => u.Sku)];
        var warehouses = await session.Query<WarehouseView>().Where(w => w.StoreId == order.StoreId && !w.Closed).OrderBy(w => w.Code).ToListAsync(ct);
        if (command.WarehouseId is { } chosen)
        {
            warehouses = [.. warehouses.Where(w => w.Id == chosen)];
            if (warehouses.Count == 0) return (new Outcome.Refused(OrderRules.WarehouseMustBeOpen), []);
        }
        Guid[] ids = [.. warehouses.Select(w => w.Id)];
        var levels = await session.Query<StockLevel>().Where(l => ids.Contains(l.WarehouseId) && skus.Contains(l.Sku)).ToListAsync(ct);
        var available = levels.ToDictionary(l => (l.WarehouseId, l.Sku), l => l.Available);
        bool Holds(Guid warehouseId, string sku, int quantity) => available.GetValueOrDefault((warehouseId, sku)) >= quantity;

        var pick = warehouses.FirstOrDefault(w => units.All(u => Holds(w.Id, u.Sku, u.Quantity)));
        if (pick is null)
        {
            if (command.WarehouseId is not null) return (new Outcome.Refused(OrderRules.WarehouseLacksStock), []);
            var backorder = await BackorderAsync(session, order, units, warehouses, Holds, by, now, ct);
            var outcome = stream.Decide(command.OrderId, command.ExpectedVersion, _ => backorder);
            return (outcome, OrderAnnouncements.For(order, outcome));
        }

        var source = new MovementSource(MovementSourceKind.Order, order.Id);
        var signals = new OutgoingMessages();
        foreach (var (sku, quantity) in units)
        {
            var reserved = await StockLedger.MoveAsync(session, pick.Id, order.StoreId, sku, i => i.Reserve(quantity, source, by, now), by, now, ct,
                signals);
            if (reserved.Refusal is { } rule)
            {
                // Someone took the stock between the look and the lock: nothing of this allocation is kept.
                session.EjectAllPendingChanges();
                return (new Outcome.Refused(rule), []);
            }
        }
        var allocated = stream.Decide(command.OrderId, command.ExpectedVersion, o => o.Allocate(pick.Id, by, now));
        return (allocated, [.. OrderAnnouncements.For(order, allocated), .. allocated is Outcome.Accepted ? signals : []]);
    }

    /// <summary>
    /// The SKUs no open warehouse holds enough of (all of them when each is somewhere but no warehouse holds every line), and
    /// the day they could ship: today in the store's calendar + the longest of their suppliers' lead times (unknown without one).
    /// </summary>
    private static async Task<Decision> BackorderAsync(IDocumentSession session, Order order, IReadOnlyList<(string Sku, int Quantity)> units,
        IReadOnlyList<WarehouseView> warehouses, Func<Guid, string, int, bool> holds, string by, DateTimeOffset now, CancellationToken ct)
    {
        List<string> shortSkus = [.. units.Where(u => !warehouses.Any(w => holds(w.Id, u.Sku, u.Quantity))).Select(u => u.Sku)];
        if (shortSkus.Count == 0) shortSkus = [.. units.Select(u => u.Sku)];
        var products = (await session.LoadManyAsync<LogisticsProduct>(ct, shortSkus)).ToDictionary(p => p.Id);
        var leadTimes = shortSkus.Select(s => products.GetValueOrDefault(s)?.LeadTimeDays).OfType<int>().ToList();
        var calendar = await session.LoadAsync<StoreCalendarCopy>(order.StoreId, ct) is { } copy
            ? copy.ToWorkingCalendar() : new WorkingCalendar(TimeZoneInfo.Utc);
        DateOnly? expectedShipOn = leadTimes.Count == 0 ? null : calendar.LocalDay(now).AddDays(leadTimes.Max());
        return order.Backorder(shortSkus, expectedShipOn, by, now);
    }
}
