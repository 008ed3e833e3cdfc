namespace Ops.Logistics.Contracts;

/// <summary>
/// A supplier's delivery against a purchase was received into a warehouse of a store. Listing starts the go-live
/// timer for the SKU by that store's calendar; selection records the supplier's delivery timeliness (on time when
/// <see cref="ReceivedOn"/> is not after <see cref="ExpectedOn"/>, both dates in the warehouse's time zone).
/// <see cref="ReceiptId"/> identifies the receipt, so a redelivered message is recognised and skipped.
/// </summary>
public sealed record PurchaseReceived(
    Guid ReceiptId,
    Guid StoreId,
    string Sku,
    Guid SupplierId,
    int QuantityReceived,
    int QuantityAccepted,
    DateOnly ExpectedOn,
    DateOnly ReceivedOn,
    DateTimeOffset ReceivedAt);

/// <summary>
/// An inspection (usually of a customer return) found a quality defect traced to a supplier. Selection records it as
/// a quality incident on the supplier; <see cref="IncidentId"/> makes a redelivery a no-op.
/// </summary>
public sealed record SupplierQualityIssueReported(
    Guid IncidentId,
    Guid SupplierId,
    string? Sku,
    string Description,
    QualityIssueOrigin Origin,
    DateTimeOffset FoundAt);

/// <summary>Where the defect was found.</summary>
public enum QualityIssueOrigin { ReturnInspection, InboundInspection, CustomerComplaint }

/// <summary>One line of a customer order: a SKU, how many and the unit price the buyer paid (in the order's currency).</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>
/// A customer order reached logistics (through the API or a bulk import) for fulfilment. Data records it as a fact;
/// service starts the customer's timeline. <see cref="ShipBy"/> is the ship-by deadline logistics works to (working days
/// of the store's calendar after receipt, or the marketplace's own date when that is earlier).
/// </summary>
public sealed record OrderReceived(
    Guid OrderId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    IReadOnlyList<OrderLine> Lines,
    string Currency,
    DateTimeOffset PurchasedAt,
    DateTimeOffset ShipBy,
    DateTimeOffset ReceivedAt);

/// <summary>
/// An order left the warehouse with a carrier: on time when <see cref="ShippedAt"/> is not after <see cref="ShipBy"/>.
/// The lines' unit prices are in <see cref="Currency"/>, the order's (as in <see cref="OrderReceived"/>).
/// <see cref="ShippingCost"/> is the shipment's actual cost in <see cref="CostCurrency"/> when known (both null otherwise).
/// </summary>
/// <remarks>
/// An amount and its currency as two fields, as <see cref="OrderReceived"/> carries its lines' prices: contracts reference
/// nothing but the base library, so not <c>Ops.Shared.Money</c> (ADR 0025). Logistics' own shipment carries the cost as Money.
/// </remarks>
public sealed record OrderShipped(
    Guid OrderId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    Guid WarehouseId,
    Guid ChannelId,
    string Carrier,
    string TrackingNumber,
    IReadOnlyList<OrderLine> Lines,
    string Currency,
    DateTimeOffset ShipBy,
    DateTimeOffset ShippedAt,
    bool OnTime,
    decimal? ShippingCost,
    string? CostCurrency);

/// <summary>
/// The carrier delivered an order. <see cref="OnTime"/> compares delivery with the channel's promised transit;
/// <see cref="Damaged"/> is set when the goods arrived damaged (the channel's damage rate counts it).
/// </summary>
public sealed record OrderDelivered(
    Guid OrderId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    Guid ChannelId,
    DateTimeOffset ShippedAt,
    DateTimeOffset DeliveredAt,
    bool OnTime,
    bool Damaged);

/// <summary>
/// An order was cancelled; <see cref="BeforeShipment"/> tells data's pre-fulfilment cancellation rate whether it counts.
/// Reserved stock was released in the same transaction.
/// </summary>
public sealed record OrderCancelled(
    Guid OrderId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    bool BeforeShipment,
    string Reason,
    DateTimeOffset CancelledAt);

/// <summary>What went wrong with a shipment (logistics.md, "Exceptions").</summary>
public enum ShipmentExceptionKind { Delay, Lost, Damaged, AddressProblem }

/// <summary>
/// A shipment exception was detected. Service opens a proactive inquiry to inform the customer; logistics must contact
/// the carrier by <see cref="ContactCarrierBy"/> (<c>exceptionContactHours</c> after detection).
/// </summary>
public sealed record ShipmentExceptionRaised(
    Guid ExceptionId,
    Guid OrderId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    ShipmentExceptionKind Kind,
    string Description,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset DetectedAt,
    DateTimeOffset ContactCarrierBy);

/// <summary>Why stock must be bought: an order could not be allocated, or stock fell to the reorder point.</summary>
public enum ReplenishmentReason { Backorder, ReorderPoint }

/// <summary>
/// The ops team must buy stock of a SKU. For a backorder, <see cref="OrderId"/> names the order waiting and
/// <see cref="ExpectedShipOn"/> the date service tells the customer; for the reorder point,
/// <see cref="SuggestedQuantity"/> is the replenishment suggestion (rounded up to the supplier's MOQ).
/// </summary>
public sealed record ReplenishmentNeeded(
    Guid StoreId,
    string Sku,
    Guid? WarehouseId,
    ReplenishmentReason Reason,
    int? SuggestedQuantity,
    Guid? OrderId,
    DateOnly? ExpectedShipOn,
    DateTimeOffset RaisedAt);

/// <summary>Available stock of a SKU in a warehouse fell below its safety stock (risk and data watch it).</summary>
public sealed record LowStockDetected(
    Guid StoreId,
    Guid WarehouseId,
    string Sku,
    int Available,
    int SafetyStock,
    decimal DailyVelocity,
    DateTimeOffset DetectedAt);

/// <summary>
/// At the current sales velocity the SKU runs out in the warehouse on <see cref="StockoutOn"/>;
/// <see cref="WithinLeadTime"/> when that comes before a purchase placed today could arrive (risk opens a supply-chain risk).
/// </summary>
public sealed record StockoutForecast(
    Guid StoreId,
    Guid WarehouseId,
    string Sku,
    int Available,
    decimal DailyVelocity,
    DateOnly StockoutOn,
    int LeadTimeDays,
    bool WithinLeadTime,
    DateTimeOffset ForecastAt);

/// <summary>
/// On-hand stock was corrected by an approved stocktake (or a reconciliation), from <see cref="QuantityBefore"/> to
/// <see cref="QuantityAfter"/>, with the reason. <see cref="AdjustmentId"/> makes a redelivery a no-op.
/// </summary>
public sealed record StockAdjusted(
    Guid AdjustmentId,
    Guid StoreId,
    Guid WarehouseId,
    string Sku,
    int QuantityBefore,
    int QuantityAfter,
    string Reason,
    Guid? StocktakeId,
    DateTimeOffset AdjustedAt);

/// <summary>What the inspection of a returned item found.</summary>
public enum ReturnFinding { NoDefect, QualityDefect, DamagedInTransit, WrongItemSent, CustomerDamaged, MissingParts }

/// <summary>A returned item was inspected; service shows the finding to the agent handling the return.</summary>
public sealed record ReturnInspected(
    Guid ReturnId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    string Sku,
    int Quantity,
    ReturnFinding Finding,
    string Notes,
    DateTimeOffset InspectedAt);
