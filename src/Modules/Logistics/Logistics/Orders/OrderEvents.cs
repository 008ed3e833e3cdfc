using Ops.Logistics.Contracts;
using Ops.Shared.Audit;

namespace Ops.Logistics.Orders;

// The events of an order's stream: the order's id first, what happened, who and when last.

/// <summary>
/// The order reached logistics. <paramref name="ShipBy"/>: the earlier of the marketplace's date and
/// <c>shipWithinWorkingDays</c> working days of <paramref name="TimeZone"/>'s store calendar after receipt, warned at
/// <paramref name="ShipWarnAt"/>; it must be reviewed by <paramref name="ReviewDueAt"/> (<c>confirmOrderHours</c>).
/// </summary>
[History("Order received", "订单已接收")]
public sealed record OrderReceived(
    Guid OrderId, OrderReceipt Receipt, string TimeZone, DateTimeOffset ReviewWarnAt, DateTimeOffset ReviewDueAt, DateTimeOffset ShipWarnAt,
    DateTimeOffset ShipBy, string ReceivedBy, DateTimeOffset ReceivedAt);

/// <summary>Buyer details or the payment status were corrected (null: unchanged) before the order passed review.</summary>
[History("Order corrected", "订单信息已更正")]
public sealed record OrderCorrected(Guid OrderId, Buyer? Buyer, PaymentStatus? Payment, string CorrectedBy, DateTimeOffset CorrectedAt);

[History("Order reviewed", "订单已审核")]
public sealed record OrderReviewed(Guid OrderId, string ReviewedBy, DateTimeOffset ReviewedAt);

[History("Order put on hold", "订单已暂停处理")]
public sealed record OrderHeld(Guid OrderId, IReadOnlyList<HoldReason> Reasons, string HeldBy, DateTimeOffset HeldAt);

[History("Order review deadline near", "订单审核期限临近预警")]
public sealed record OrderReviewWarned(Guid OrderId, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

[History("Order review deadline breached", "订单审核已超时")]
public sealed record OrderReviewBreached(Guid OrderId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>Stock for every line was reserved in the warehouse.</summary>
[History("Order allocated", "订单已分配库存")]
public sealed record OrderAllocated(Guid OrderId, Guid WarehouseId, string AllocatedBy, DateTimeOffset AllocatedAt);

/// <summary>No open warehouse of the store held the stock; expected to ship on the date the purchase could arrive.</summary>
[History("Order backordered", "订单缺货待发")]
public sealed record OrderBackordered(Guid OrderId, IReadOnlyList<string> ShortSkus, DateOnly? ExpectedShipOn, string BackorderedBy,
    DateTimeOffset BackorderedAt);

[History("Ship-by deadline near", "发货期限临近预警")]
public sealed record ShipByWarned(Guid OrderId, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

[History("Ship-by deadline breached", "发货已超时")]
public sealed record ShipByBreached(Guid OrderId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>The order left with a carrier; on time when shipped by the ship-by deadline. Tracking is due by <paramref name="TrackingDueAt"/>.</summary>
[History("Order shipped", "订单已发货")]
public sealed record OrderShipped(Guid OrderId, Shipment Shipment, bool OnTime, DateTimeOffset TrackingDueAt, string ShippedBy,
    DateTimeOffset RecordedAt);

[History("Tracking updated", "物流跟踪已更新")]
public sealed record TrackingUpdated(Guid OrderId, string Status, string? Location, DateTimeOffset ScannedAt, DateTimeOffset NextDueAt,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>No tracking update came within <c>trackingUpdateHours</c>: a breach of the tracking KPI; the next is due by <paramref name="NextDueAt"/>.</summary>
[History("Tracking update missed", "物流跟踪更新超时")]
public sealed record TrackingUpdateMissed(Guid OrderId, DateTimeOffset DueAt, DateTimeOffset NextDueAt, DateTimeOffset MissedAt);

[History("Order delivered", "订单已签收")]
public sealed record OrderDelivered(Guid OrderId, DateTimeOffset DeliveredAt, bool Damaged, bool OnTime, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A shipment exception was detected; the carrier must be contacted by <paramref name="ContactCarrierBy"/>.</summary>
[History("Shipment exception raised", "物流异常已登记")]
public sealed record OrderExceptionRaised(Guid OrderId, Guid ExceptionId, ShipmentExceptionKind Kind, string Description,
    DateTimeOffset ContactCarrierBy, string RaisedBy, DateTimeOffset DetectedAt);

[History("Carrier contacted", "已联系承运商")]
public sealed record CarrierContacted(Guid OrderId, Guid ExceptionId, string? Note, bool InTime, string ContactedBy, DateTimeOffset ContactedAt);

[History("Carrier contact deadline breached", "联系承运商已超时")]
public sealed record CarrierContactBreached(Guid OrderId, Guid ExceptionId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

[History("Shipment exception resolved", "物流异常已处理")]
public sealed record OrderExceptionResolved(Guid OrderId, Guid ExceptionId, ExceptionResolution Resolution, string? Note, string ResolvedBy,
    DateTimeOffset ResolvedAt);

/// <summary>Cancelled before shipment; any reserved stock was released in the same transaction.</summary>
[History("Order cancelled", "订单已取消")]
public sealed record OrderCancelled(Guid OrderId, string Reason, string CancelledBy, DateTimeOffset CancelledAt);

[History("Order closed", "订单已关闭")]
public sealed record OrderClosed(Guid OrderId, string ClosedBy, DateTimeOffset ClosedAt);
