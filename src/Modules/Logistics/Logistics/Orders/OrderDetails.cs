using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Http;

namespace Ops.Logistics.Orders;

/// <summary>The last tracking event the carrier reported.</summary>
public sealed record TrackingEvent(string Status, string? Location, DateTimeOffset At);

/// <summary>One shipment exception: what, when detected, the carrier contact it owes and how it ended.</summary>
public sealed record OrderExceptionDetails(
    Guid ExceptionId, ShipmentExceptionKind Kind, string Description, DateTimeOffset DetectedAt, DateTimeOffset ContactCarrierBy,
    DateTimeOffset? CarrierContactedAt, DateTimeOffset? ContactBreachedAt, ExceptionResolution? Resolution, string? ResolutionNote,
    DateTimeOffset? ResolvedAt);

/// <summary>
/// An order as the queue and its page show it: its status, its deadlines and what happened to its shipment.
/// </summary>
public sealed record OrderDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public required string OrderNumber { get; init; }
    public required Buyer Buyer { get; init; }
    public IReadOnlyList<OrderReceiptLine> Lines { get; init; } = [];

    /// <summary>The SKUs of the lines (for filtering).</summary>
    public IReadOnlyList<string> Skus { get; init; } = [];

    /// <summary>Sum of quantity × unit price, unrounded, in the order's currency.</summary>
    public required Money Total { get; init; }

    public PaymentStatus Payment { get; init; }
    public DateTimeOffset PurchasedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public OrderStatus Status { get; init; }

    /// <summary>Why review put the order on hold (empty unless on hold).</summary>
    public IReadOnlyList<HoldReason> HoldReasons { get; init; } = [];

    public DateTimeOffset? ReviewedAt { get; init; }
    public DateTimeOffset ReviewDueAt { get; init; }
    public OrderDeadlineState ReviewDeadlineState { get; init; }

    /// <summary>The store calendar's time zone the ship-by deadline counts working days in.</summary>
    public required string TimeZone { get; init; }

    public DateTimeOffset ShipBy { get; init; }
    public DateTimeOffset ShipWarnAt { get; init; }
    public OrderDeadlineState ShipDeadlineState { get; init; }
    public DateTimeOffset? ShipWarnedAt { get; init; }
    public DateTimeOffset? ShipBreachedAt { get; init; }

    public Guid? WarehouseId { get; init; }
    public IReadOnlyList<string> BackorderedSkus { get; init; } = [];

    /// <summary>For a backorder: the day the stock could arrive (today + the longest supplier lead time), what service tells the buyer.</summary>
    public DateOnly? ExpectedShipOn { get; init; }

    public Shipment? Shipment { get; init; }
    public bool? ShippedOnTime { get; init; }
    public TrackingEvent? LastTracking { get; init; }
    public int TrackingUpdates { get; init; }

    /// <summary>The next tracking update is due by then (until delivered).</summary>
    public DateTimeOffset? TrackingDueAt { get; init; }

    /// <summary>Times <c>trackingUpdateHours</c> passed without an update: each a breach of the tracking KPI.</summary>
    public int TrackingUpdatesMissed { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
    public bool? DeliveredOnTime { get; init; }
    public bool Damaged { get; init; }
    public IReadOnlyList<OrderExceptionDetails> Exceptions { get; init; } = [];
    public string? CancelReason { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<OrderDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<OrderDetails>().Index(o => o.Status).Index(o => o.ShipBy).Index(o => o.StoreId).Index(o => o.ReceivedAt);
    }
}

public sealed class OrderDetailsProjection : SingleStreamProjection<OrderDetails, Guid>
{
    public override OrderDetails? Evolve(OrderDetails? order, Guid id, IEvent e)
    {
        var changed = order is null ? null : order with { ChangedAt = e.Timestamp };
        return (changed, e.Data) switch
        {
            (null, OrderReceived r) => new OrderDetails
            {
                Id = r.OrderId, StoreId = r.Receipt.StoreId, Marketplace = r.Receipt.Marketplace, OrderNumber = r.Receipt.OrderNumber,
                Buyer = r.Receipt.Buyer, Lines = r.Receipt.Lines, Skus = [.. r.Receipt.Lines.Select(l => l.Sku).Distinct()],
                Total = r.Receipt.Total(), Payment = r.Receipt.Payment,
                PurchasedAt = r.Receipt.PurchasedAt, ReceivedAt = r.ReceivedAt, Status = OrderStatus.Received, ReviewDueAt = r.ReviewDueAt,
                ReviewDeadlineState = OrderDeadlineState.Running, TimeZone = r.TimeZone, ShipBy = r.ShipBy, ShipWarnAt = r.ShipWarnAt,
                ShipDeadlineState = OrderDeadlineState.Running, ChangedAt = r.ReceivedAt,
            },
            (not null, OrderCorrected c) => changed with { Buyer = c.Buyer ?? changed.Buyer, Payment = c.Payment ?? changed.Payment },
            (not null, OrderReviewed r) => changed with
            {
                Status = OrderStatus.Reviewed, HoldReasons = [], ReviewedAt = r.ReviewedAt, ReviewDeadlineState = ReviewMet(changed),
            },
            (not null, OrderHeld h) => changed with
            {
                Status = OrderStatus.OnHold, HoldReasons = h.Reasons, ReviewedAt = h.HeldAt, ReviewDeadlineState = ReviewMet(changed),
            },
            (not null, OrderReviewWarned) => changed with { ReviewDeadlineState = OrderDeadlineState.Warned },
            (not null, OrderReviewBreached) => changed with { ReviewDeadlineState = OrderDeadlineState.Breached },
            (not null, OrderAllocated a) => changed with
            {
                Status = OrderStatus.Allocated, WarehouseId = a.WarehouseId, BackorderedSkus = [], ExpectedShipOn = null,
            },
            (not null, OrderBackordered b) => changed with
            {
                Status = OrderStatus.Backordered, BackorderedSkus = b.ShortSkus, ExpectedShipOn = b.ExpectedShipOn,
            },
            (not null, ShipByWarned w) => changed with { ShipDeadlineState = OrderDeadlineState.Warned, ShipWarnedAt = w.WarnedAt },
            (not null, ShipByBreached b) => changed with { ShipDeadlineState = OrderDeadlineState.Breached, ShipBreachedAt = b.BreachedAt },
            (not null, OrderShipped s) => changed with
            {
                Status = OrderStatus.Shipped, Shipment = s.Shipment, ShippedOnTime = s.OnTime, TrackingDueAt = s.TrackingDueAt,
                ShipDeadlineState = Open(changed.ShipDeadlineState)
                    ? s.OnTime ? OrderDeadlineState.Met : OrderDeadlineState.Breached
                    : changed.ShipDeadlineState,
                ShipBreachedAt = Open(changed.ShipDeadlineState) && !s.OnTime ? s.Shipment.ShippedAt : changed.ShipBreachedAt,
            },
            (not null, TrackingUpdated t) => changed with
            {
                LastTracking = new TrackingEvent(t.Status, t.Location, t.ScannedAt), TrackingUpdates = changed.TrackingUpdates + 1,
                TrackingDueAt = t.NextDueAt,
            },
            (not null, TrackingUpdateMissed m) => changed with
            {
                TrackingUpdatesMissed = changed.TrackingUpdatesMissed + 1, TrackingDueAt = m.NextDueAt,
            },
            (not null, OrderDelivered d) => changed with
            {
                Status = changed.Exceptions.Any(x => x.ResolvedAt is null) ? OrderStatus.Exception : OrderStatus.Delivered,
                DeliveredAt = d.DeliveredAt, DeliveredOnTime = d.OnTime, Damaged = d.Damaged, TrackingDueAt = null,
            },
            (not null, OrderExceptionRaised x) => changed with
            {
                Status = OrderStatus.Exception,
                Exceptions = [.. changed.Exceptions, new OrderExceptionDetails(x.ExceptionId, x.Kind, x.Description, x.DetectedAt,
                    x.ContactCarrierBy, null, null, null, null, null)],
            },
            (not null, CarrierContacted c) => changed with
            {
                Exceptions = [.. changed.Exceptions.Select(x => x.ExceptionId == c.ExceptionId ? x with { CarrierContactedAt = c.ContactedAt } : x)],
            },
            (not null, CarrierContactBreached b) => changed with
            {
                Exceptions = [.. changed.Exceptions.Select(x => x.ExceptionId == b.ExceptionId ? x with { ContactBreachedAt = b.BreachedAt } : x)],
            },
            (not null, OrderExceptionResolved r) => Resolved(changed, r),
            (not null, OrderCancelled c) => changed with
            {
                Status = OrderStatus.Cancelled, CancelReason = c.Reason, CancelledAt = c.CancelledAt,
                ShipDeadlineState = Open(changed.ShipDeadlineState) ? OrderDeadlineState.Stopped : changed.ShipDeadlineState,
                ReviewDeadlineState = Open(changed.ReviewDeadlineState) ? OrderDeadlineState.Stopped : changed.ReviewDeadlineState,
            },
            (not null, OrderClosed c) => changed with { Status = OrderStatus.Closed, ClosedAt = c.ClosedAt },
            _ => order,
        };
    }

    private static bool Open(OrderDeadlineState state) => state is OrderDeadlineState.Running or OrderDeadlineState.Warned;

    private static OrderDeadlineState ReviewMet(OrderDetails order) =>
        Open(order.ReviewDeadlineState) ? OrderDeadlineState.Met : order.ReviewDeadlineState;

    private static OrderDetails Resolved(OrderDetails order, OrderExceptionResolved r)
    {
        IReadOnlyList<OrderExceptionDetails> exceptions = [.. order.Exceptions.Select(x => x.ExceptionId == r.ExceptionId
            ? x with { Resolution = r.Resolution, ResolutionNote = r.Note, ResolvedAt = r.ResolvedAt } : x)];
        var open = exceptions.Any(x => x.ResolvedAt is null);
        return order with
        {
            Exceptions = exceptions,
            Status = open ? OrderStatus.Exception : order.DeliveredAt is null ? OrderStatus.Shipped : OrderStatus.Delivered,
        };
    }
}
