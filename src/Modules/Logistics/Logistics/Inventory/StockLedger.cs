using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Inventory;

/// <summary>
/// The one way stock moves, for every record that moves it (receipts, orders, stocktakes, returns, reconciliation
/// cases): the item's snapshot is read with a row lock held to the end of the caller's transaction, so concurrent
/// reservations of the last units queue one behind the other and each decides on the stock the one before it left —
/// available never goes below zero and nobody is refused for a race they did not lose. The movement is appended to the
/// caller's session, so it commits or rolls back with the record that caused it.
/// </summary>
public static class StockLedger
{
    /// <summary>
    /// Decides a movement on the stock of <paramref name="sku"/> in the warehouse; an item that has never moved is
    /// opened first (for the warehouse's store). Returns the decision: refused, accepted with nothing to do, or appended.
    /// </summary>
    /// <remarks>
    /// After the movement the item's figures are computed again (<see cref="StockSignals"/>); when it enters a state (low
    /// stock, stockout forecast within the lead time, reorder point) a <see cref="StockAlertsChanged"/> is appended with it
    /// and LowStockDetected / StockoutForecast / ReplenishmentNeeded are added to <paramref name="signals"/>. They are not
    /// published here: the caller returns them with its outgoing messages only when its whole operation is accepted (every
    /// line of an order or a stocktake), so they leave through the outbox with the transaction, and a refused operation
    /// signals nothing. The returned decision is the caller's own.
    /// </remarks>
    public static async Task<Decision> MoveAsync(IDocumentSession session, Guid warehouseId, Guid storeId, string sku,
        Func<InventoryItem, Decision> decide, string by, DateTimeOffset now, CancellationToken ct = default, ICollection<object>? signals = null)
    {
        var stream = await session.Events.FetchForExclusiveWriting<InventoryItem>(InventoryItem.IdFor(warehouseId, sku), ct);
        var opened = stream.Aggregate is null ? InventoryItem.Open(warehouseId, storeId, sku, by, now) : null;
        var item = stream.Aggregate ?? InventoryItem.Create(opened!);
        var decision = decide(item);
        if (decision.IsRefused || decision.Events.Count == 0) return decision;

        if (opened is not null) stream.AppendOne(opened);
        stream.AppendMany(decision.Events.ToArray());

        var shippedNow = decision.Events.OfType<StockShipped>().Sum(s => s.Quantity);
        if (await StockSignals.EvaluateAsync(session, item.After(decision.Events), shippedNow, by, now, ct) is not { } changed) return decision;
        stream.AppendOne(changed);
        if (signals is not null)
            foreach (var message in StockSignals.MessagesFor(changed, storeId)) signals.Add(message);
        return decision;
    }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Snapshot<InventoryItem>(SnapshotLifecycle.Inline);
        options.Projections.Add<StockLevelProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<StockMovementProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<StockLevel>().Index(s => s.Sku).Index(s => s.WarehouseId);
        options.Schema.For<StockMovement>().Index(m => m.ItemId).Index(m => m.Sku).Index(m => m.At);
    }
}

/// <summary>How much of a SKU a warehouse holds now: the row lists, alerts and KPIs read (never the snapshot).</summary>
public sealed record StockLevel
{
    /// <summary>The inventory item's id (<see cref="InventoryItem.IdFor"/>).</summary>
    public Guid Id { get; init; }
    public Guid WarehouseId { get; init; }
    public Guid StoreId { get; init; }
    public required string Sku { get; init; }
    public int OnHand { get; init; }
    public int Reserved { get; init; }
    public int Inbound { get; init; }

    /// <summary>On hand − reserved; never below zero.</summary>
    public int Available { get; init; }

    public DateTimeOffset LastMovementAt { get; init; }

    /// <summary>The alert states the item entered with its last movement (<see cref="StockAlertsChanged"/>).</summary>
    public StockAlerts Alerts { get; init; }
}

public sealed class StockLevelProjection : SingleStreamProjection<StockLevel, Guid>
{
    public override StockLevel? Evolve(StockLevel? level, Guid id, IEvent e)
    {
        if (e.Data is InventoryItemOpened o)
            return new StockLevel { Id = o.ItemId, WarehouseId = o.WarehouseId, StoreId = o.StoreId, Sku = o.Sku, LastMovementAt = o.OpenedAt };
        if (level is null) return null;
        if (e.Data is StockAlertsChanged a) return level with { Alerts = a.After };

        var (onHand, reserved, inbound) = e.Data switch
        {
            StockInboundAnnounced m => (0, 0, m.Quantity),
            StockReceived m => (m.Quantity, 0, -Math.Min(level.Inbound, m.Quantity)),
            StockReserved m => (0, m.Quantity, 0),
            StockReleased m => (0, -m.Quantity, 0),
            StockShipped m => (-m.Quantity, -m.Quantity, 0),
            StockReturned m => (m.Quantity, 0, 0),
            StockAdjustmentPosted m => (m.QuantityAfter - m.QuantityBefore, 0, 0),
            _ => (0, 0, 0),
        };
        return level with
        {
            OnHand = level.OnHand + onHand, Reserved = level.Reserved + reserved, Inbound = level.Inbound + inbound,
            Available = level.OnHand + onHand - (level.Reserved + reserved), LastMovementAt = e.Timestamp,
        };
    }
}

/// <summary>What a movement did, as a row: the movements list of an item, and the SQL behind velocity, turnover and KPIs.</summary>
public enum MovementKind { InboundAnnounced, Received, Reserved, Released, Shipped, Returned, Adjusted }

/// <summary>
/// One stock movement. <see cref="OnHandChange"/> and <see cref="ReservedChange"/> are signed (a shipment of 3 is −3 and
/// −3); <see cref="Quantity"/> is the units the movement names.
/// </summary>
public sealed record StockMovement
{
    /// <summary>The event's id.</summary>
    public Guid Id { get; init; }
    public Guid ItemId { get; init; }
    /// <summary>The movement's place in its SKU's history at its warehouse: orders movements of the same instant.</summary>
    public long Version { get; init; }
    public Guid WarehouseId { get; init; }
    public required string Sku { get; init; }
    public MovementKind Kind { get; init; }
    public int Quantity { get; init; }
    public int OnHandChange { get; init; }
    public int ReservedChange { get; init; }
    public required MovementSource Source { get; init; }
    public string? Reason { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset At { get; init; }
}

public sealed partial class StockMovementProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        StockMovement? movement = e.Data switch
        {
            StockInboundAnnounced m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.InboundAnnounced, m.Quantity, 0, 0, m.Source, null, m.RecordedBy, m.RecordedAt),
            StockReceived m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Received, m.Quantity, m.Quantity, 0, m.Source, null, m.RecordedBy, m.RecordedAt),
            StockReserved m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Reserved, m.Quantity, 0, m.Quantity, m.Source, null, m.RecordedBy, m.RecordedAt),
            StockReleased m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Released, m.Quantity, 0, -m.Quantity, m.Source, m.Reason, m.RecordedBy, m.RecordedAt),
            StockShipped m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Shipped, m.Quantity, -m.Quantity, -m.Quantity, m.Source, null, m.RecordedBy, m.RecordedAt),
            StockReturned m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Returned, m.Quantity, m.Quantity, 0, m.Source, null, m.RecordedBy, m.RecordedAt),
            StockAdjustmentPosted m => Row(e, m.ItemId, m.WarehouseId, m.Sku, MovementKind.Adjusted, Math.Abs(m.QuantityAfter - m.QuantityBefore),
                m.QuantityAfter - m.QuantityBefore, 0, m.Source, m.Reason, m.RecordedBy, m.RecordedAt),
            _ => null,
        };
        if (movement is not null) operations.Store(movement);
        return ValueTask.CompletedTask;
    }

    private static StockMovement Row(IEvent e, Guid itemId, Guid warehouseId, string sku, MovementKind kind, int quantity, int onHand,
        int reserved, MovementSource source, string? reason, string by, DateTimeOffset at) => new()
    {
        Id = e.Id, ItemId = itemId, Version = e.Version, WarehouseId = warehouseId, Sku = sku, Kind = kind, Quantity = quantity, OnHandChange = onHand,
        ReservedChange = reserved, Source = source, Reason = reason, RecordedBy = by, At = at,
    };
}
