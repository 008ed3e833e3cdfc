using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Service.Customers;

/// <summary>One shipment of the order: carrier, tracking number, when it left and whether that was by its ship-by.</summary>
public sealed record TimelineShipment(string Carrier, string TrackingNumber, DateTimeOffset ShippedAt, bool OnTime, IReadOnlyList<ShippedItem> Items);

/// <summary>The order's delivery: when, on time against the channel's promise, and whether the goods arrived damaged.</summary>
public sealed record TimelineDelivery(DateTimeOffset DeliveredAt, bool OnTime, bool Damaged);

/// <summary>What logistics told service about an order (<c>OrderShipped</c>, <c>OrderDelivered</c>), as one document per order.</summary>
public sealed record OrderTimelineView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid OrderId { get; init; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public required string OrderNumber { get; init; }
    public IReadOnlyList<TimelineShipment> Shipments { get; init; } = [];
    public TimelineDelivery? Delivery { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<OrderTimelineProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<OrderTimelineView>().Index(t => t.OrderNumber);
    }
}

public sealed class OrderTimelineProjection : SingleStreamProjection<OrderTimelineView, Guid>
{
    public override OrderTimelineView? Evolve(OrderTimelineView? timeline, Guid id, IEvent e) => e.Data switch
    {
        OrderShipmentNoted s => Shipped(timeline ?? New(s.TimelineId, s.OrderId, s.StoreId, s.Marketplace, s.OrderNumber), s),
        OrderDeliveryNoted d => (timeline ?? New(d.TimelineId, d.OrderId, d.StoreId, d.Marketplace, d.OrderNumber)) with
        {
            Delivery = new TimelineDelivery(d.DeliveredAt, d.OnTime, d.Damaged),
        },
        _ => timeline,
    };

    private static OrderTimelineView Shipped(OrderTimelineView timeline, OrderShipmentNoted s) => timeline with
    {
        Shipments = [.. timeline.Shipments.Append(new TimelineShipment(s.Carrier, s.TrackingNumber, s.ShippedAt, s.OnTime, s.Items)).OrderBy(x => x.ShippedAt)],
    };

    private static OrderTimelineView New(Guid id, Guid orderId, Guid storeId, string marketplace, string orderNumber) =>
        new() { Id = id, OrderId = orderId, StoreId = storeId, Marketplace = marketplace, OrderNumber = orderNumber };
}
