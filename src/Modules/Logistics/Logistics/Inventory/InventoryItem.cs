using System.Collections.Immutable;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Inventory;

/// <summary>What caused a stock movement: the receipt, order, stocktake, return or reconciliation case, by its id.</summary>
public enum MovementSourceKind { Receipt, Order, Stocktake, Return, Reconciliation, Transfer }

/// <summary>The record a movement belongs to; a reservation is held by its source (one per order), so repeats are no-ops.</summary>
public sealed record MovementSource(MovementSourceKind Kind, Guid Id);

// The stock of one SKU in one warehouse is a stream of movements (logistics.md, "Inventory item"). Each event names
// the item's stream first, the warehouse and SKU, the quantity, what caused it, who and when.

[History("Inventory item opened", "库存项已建立")]
public sealed record InventoryItemOpened(Guid ItemId, Guid WarehouseId, Guid StoreId, string Sku, string OpenedBy, DateTimeOffset OpenedAt);

/// <summary>Goods are on their way to the warehouse (a purchase or an inbound shipment): counted as inbound until received.</summary>
[History("Inbound stock announced", "在途库存已登记")]
public sealed record StockInboundAnnounced(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Goods arrived and were accepted (a purchase receipt or a transfer); inbound of the same source goes down by as much.</summary>
[History("Stock received", "已入库")]
public sealed record StockReceived(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

[History("Stock reserved", "库存已预留")]
public sealed record StockReserved(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

[History("Stock released", "预留已释放")]
public sealed record StockReleased(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string Reason, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The units reserved for the source left the warehouse: on hand and reserved both go down by them.</summary>
[History("Stock shipped", "已出库")]
public sealed record StockShipped(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

[History("Stock returned", "退货已入库")]
public sealed record StockReturned(Guid ItemId, Guid WarehouseId, string Sku, int Quantity, MovementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>On hand corrected to a counted quantity (an approved stocktake) or written off (a reconciliation case), with the reason.</summary>
[History("Stock adjusted", "库存已调整")]
public sealed record StockAdjustmentPosted(
    Guid ItemId, Guid WarehouseId, string Sku, int QuantityBefore, int QuantityAfter, string Reason, MovementSource Source, string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>
/// The item's alert states changed after a movement (<see cref="StockAlerts"/>): the figures it entered them with. Kept on
/// the item, so the signals (LowStockDetected, StockoutForecast, ReplenishmentNeeded) go out once on entering a state.
/// </summary>
[History("Stock alerts changed", "库存预警已变化")]
public sealed record StockAlertsChanged(
    Guid ItemId, Guid WarehouseId, string Sku, StockAlerts Before, StockAlerts After, int Available, decimal DailyVelocity, decimal SafetyStock,
    int SuggestedQuantity, DateOnly? StockoutOn, int LeadTimeDays, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The states this change entered (not those it stayed in or left).</summary>
    public StockAlerts Entered => After & ~Before;
}

public static class InventoryRules
{
    public static readonly Rule QuantityMustBePositive =
        new("inventory.quantity_must_be_positive", "A stock movement moves at least one unit.", "库存变动至少为一件。");
    public static readonly Rule InsufficientStock =
        new("inventory.insufficient_stock", "Not enough available stock: available stock can never go below zero.",
            "可用库存不足：可用库存不能小于零。");
    public static readonly Rule NotReserved =
        new("inventory.not_reserved", "Nothing is reserved for this order in this warehouse.", "该订单在此仓库没有预留库存。");
    public static readonly Rule AdjustmentBelowReserved =
        new("inventory.adjustment_below_reserved",
            "The corrected on-hand quantity is less than what is reserved for orders; release or reallocate those orders first.",
            "调整后的在库数量少于订单已预留数量，请先释放或重新分配这些订单。");
}

/// <summary>
/// What the stock decisions of one SKU in one warehouse need: on hand, inbound and who holds a reservation.
/// Available = on hand − reserved, and no decision lets it go below zero. Kept as an inline snapshot (ADR 0009), so a
/// movement loads one row; <see cref="StockLedger"/> locks that row, so concurrent reservations queue instead of racing.
/// </summary>
public sealed record InventoryItem(
    Guid Id, Guid WarehouseId, Guid StoreId, string Sku, int OnHand, int Inbound, ImmutableDictionary<Guid, int> Reservations)
{
    /// <summary>The signalled alert states the item is in (set by <see cref="StockAlertsChanged"/>; see <see cref="StockSignals.Signalled"/>).</summary>
    public StockAlerts Alerts { get; init; }

    public int Reserved => Reservations.Values.Sum();
    public int Available => OnHand - Reserved;

    /// <summary>One stream per SKU per warehouse; its id follows from both, so no lookup is needed.</summary>
    public static Guid IdFor(Guid warehouseId, string sku) => DeterministicGuid.From($"ops.logistics.inventory.{warehouseId}.{sku}");

    public static InventoryItem Create(InventoryItemOpened e) =>
        new(e.ItemId, e.WarehouseId, e.StoreId, e.Sku, 0, 0, ImmutableDictionary<Guid, int>.Empty);

    public InventoryItem Apply(StockInboundAnnounced e) => this with { Inbound = Inbound + e.Quantity };
    public InventoryItem Apply(StockReceived e) => this with { OnHand = OnHand + e.Quantity, Inbound = Math.Max(0, Inbound - e.Quantity) };
    public InventoryItem Apply(StockReserved e) => this with { Reservations = Reservations.SetItem(e.Source.Id, e.Quantity) };
    public InventoryItem Apply(StockReleased e) => this with { Reservations = Reservations.Remove(e.Source.Id) };
    public InventoryItem Apply(StockShipped e) => this with { OnHand = OnHand - e.Quantity, Reservations = Reservations.Remove(e.Source.Id) };
    public InventoryItem Apply(StockReturned e) => this with { OnHand = OnHand + e.Quantity };
    public InventoryItem Apply(StockAdjustmentPosted e) => this with { OnHand = e.QuantityAfter };
    public InventoryItem Apply(StockAlertsChanged e) => this with { Alerts = e.After };

    /// <summary>The item after <paramref name="events"/> (a decision's), as the snapshot will be once they are appended.</summary>
    public InventoryItem After(IEnumerable<object> events) => events.Aggregate(this, (item, e) => e switch
    {
        StockInboundAnnounced m => item.Apply(m),
        StockReceived m => item.Apply(m),
        StockReserved m => item.Apply(m),
        StockReleased m => item.Apply(m),
        StockShipped m => item.Apply(m),
        StockReturned m => item.Apply(m),
        StockAdjustmentPosted m => item.Apply(m),
        StockAlertsChanged m => item.Apply(m),
        _ => item,
    });

    public static InventoryItemOpened Open(Guid warehouseId, Guid storeId, string sku, string by, DateTimeOffset now) =>
        new(IdFor(warehouseId, sku), warehouseId, storeId, sku, by, now);

    public Decision AnnounceInbound(int quantity, MovementSource source, string by, DateTimeOffset now) =>
        quantity <= 0 ? InventoryRules.QuantityMustBePositive
        : Decision.Accept(new StockInboundAnnounced(Id, WarehouseId, Sku, quantity, source, by, now));

    public Decision Receive(int quantity, MovementSource source, string by, DateTimeOffset now) =>
        quantity <= 0 ? InventoryRules.QuantityMustBePositive
        : Decision.Accept(new StockReceived(Id, WarehouseId, Sku, quantity, source, by, now));

    /// <summary>Reserves for the source (an order); the same source again changes nothing; more than available is refused.</summary>
    public Decision Reserve(int quantity, MovementSource source, string by, DateTimeOffset now) =>
        quantity <= 0 ? InventoryRules.QuantityMustBePositive
        : Reservations.ContainsKey(source.Id) ? Decision.Accept()
        : quantity > Available ? InventoryRules.InsufficientStock
        : Decision.Accept(new StockReserved(Id, WarehouseId, Sku, quantity, source, by, now));

    /// <summary>Gives the source's reservation back to available stock; nothing reserved changes nothing.</summary>
    public Decision Release(MovementSource source, string reason, string by, DateTimeOffset now) =>
        Reservations.TryGetValue(source.Id, out var quantity)
            ? Decision.Accept(new StockReleased(Id, WarehouseId, Sku, quantity, source, reason, by, now))
            : Decision.Accept();

    /// <summary>Ships exactly what the source reserved.</summary>
    public Decision Ship(MovementSource source, string by, DateTimeOffset now) =>
        Reservations.TryGetValue(source.Id, out var quantity)
            ? Decision.Accept(new StockShipped(Id, WarehouseId, Sku, quantity, source, by, now))
            : InventoryRules.NotReserved;

    public Decision Return(int quantity, MovementSource source, string by, DateTimeOffset now) =>
        quantity <= 0 ? InventoryRules.QuantityMustBePositive
        : Decision.Accept(new StockReturned(Id, WarehouseId, Sku, quantity, source, by, now));

    /// <summary>Sets on hand to what was counted (or what is left after a write-off); the same quantity changes nothing.</summary>
    public Decision Adjust(int quantityAfter, string reason, MovementSource source, string by, DateTimeOffset now) =>
        quantityAfter < 0 ? InventoryRules.QuantityMustBePositive
        : quantityAfter == OnHand ? Decision.Accept()
        : quantityAfter < Reserved ? InventoryRules.AdjustmentBelowReserved
        : Decision.Accept(new StockAdjustmentPosted(Id, WarehouseId, Sku, OnHand, quantityAfter, reason, source, by, now));
}
