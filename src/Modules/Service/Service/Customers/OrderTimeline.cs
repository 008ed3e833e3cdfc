using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Customers;

// What service hears about a customer's order from logistics (service.md, "Messages": OrderShipped/OrderDelivered).
// One stream per order, known by its marketplace and number (ADR 0023): an order's life is short and bounded, so its
// shipments and its delivery are the record's own changes, not activity (ADR 0009).

/// <summary>A SKU and how many units of it an order's shipment carried.</summary>
public sealed record ShippedItem(string Sku, int Quantity);

/// <summary>The order left the warehouse with <paramref name="Carrier"/> under <paramref name="TrackingNumber"/>; on time against its ship-by.</summary>
[History("Order shipped", "订单已发货")]
public sealed record OrderShipmentNoted(
    Guid TimelineId, Guid OrderId, Guid StoreId, string Marketplace, string OrderNumber, string Carrier, string TrackingNumber,
    IReadOnlyList<ShippedItem> Items, DateTimeOffset ShippedAt, bool OnTime, DateTimeOffset NotedAt);

/// <summary>The carrier delivered the order: on time against the channel's promise, damaged or not.</summary>
[History("Order delivered", "订单已送达")]
public sealed record OrderDeliveryNoted(
    Guid TimelineId, Guid OrderId, Guid StoreId, string Marketplace, string OrderNumber, DateTimeOffset ShippedAt, DateTimeOffset DeliveredAt,
    bool OnTime, bool Damaged, DateTimeOffset NotedAt);

/// <summary>What deciding whether a message is new needs: the shipments already noted, and the delivery.</summary>
public sealed record OrderTimeline(Guid Id, IReadOnlySet<string> Shipments, DateTimeOffset? DeliveredAt)
{
    /// <summary>The stream of an order's timeline: an order is known by its marketplace and number (ADR 0023).</summary>
    public static Guid IdFor(string marketplace, string orderNumber) =>
        DeterministicGuid.From($"ops.service.order-timeline.{marketplace.Trim().ToUpperInvariant()}.{orderNumber.Trim()}");

    public static OrderTimeline Create(OrderShipmentNoted e) => new(e.TimelineId, new HashSet<string> { ShipmentKey(e.TrackingNumber, e.ShippedAt) }, null);
    public static OrderTimeline Create(OrderDeliveryNoted e) => new(e.TimelineId, new HashSet<string>(), e.DeliveredAt);

    public OrderTimeline Apply(OrderShipmentNoted e) => this with { Shipments = new HashSet<string>(Shipments) { ShipmentKey(e.TrackingNumber, e.ShippedAt) } };
    public OrderTimeline Apply(OrderDeliveryNoted e) => this with { DeliveredAt = e.DeliveredAt };

    private static string ShipmentKey(string trackingNumber, DateTimeOffset shippedAt) => $"{trackingNumber}|{shippedAt.UtcTicks}";

    /// <summary>A shipment already on the timeline (same tracking number, same time) is a redelivery: nothing new.</summary>
    public static Decision NoteShipment(OrderTimeline? timeline, OrderShipped s, DateTimeOffset now) =>
        timeline?.Shipments.Contains(ShipmentKey(s.TrackingNumber, s.ShippedAt)) == true
            ? Decision.Accept()
            : Decision.Accept(new OrderShipmentNoted(IdFor(s.Marketplace, s.OrderNumber), s.OrderId, s.StoreId, s.Marketplace, s.OrderNumber,
                s.Carrier, s.TrackingNumber, [.. s.Lines.Select(l => new ShippedItem(l.Sku, l.Quantity))], s.ShippedAt, s.OnTime, now));

    /// <summary>The delivery already on the timeline is a redelivery: nothing new. A delivery at another time corrects it.</summary>
    public static Decision NoteDelivery(OrderTimeline? timeline, OrderDelivered d, DateTimeOffset now) =>
        timeline?.DeliveredAt == d.DeliveredAt
            ? Decision.Accept()
            : Decision.Accept(new OrderDeliveryNoted(IdFor(d.Marketplace, d.OrderNumber), d.OrderId, d.StoreId, d.Marketplace, d.OrderNumber,
                d.ShippedAt, d.DeliveredAt, d.OnTime, d.Damaged, now));

    /// <summary>
    /// Appends to the order's timeline, starting it when this is the first message about the order (a delivery may
    /// arrive before its shipment: they travel on separate queues). Two first messages at once collide on the stream id and
    /// the loser is retried (ADR 0008), then finds the other's events.
    /// </summary>
    internal static async Task NoteAsync(IDocumentSession session, IMessageContext context, string marketplace, string orderNumber,
        Func<OrderTimeline?, Decision> decide, CancellationToken ct)
    {
        // A message carries no user: the events' metadata names the same actor as their history.
        session.LastModifiedBy = context.Actor();
        var id = IdFor(marketplace, orderNumber);
        var stream = await session.Events.FetchForWriting<OrderTimeline>(id, ct);
        var events = decide(stream.Aggregate).Events;
        if (events.Count > 0) stream.AppendMany([.. events]);
    }
}

public static class OrderShippedHandler
{
    public static Task Handle(OrderShipped shipped, IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct) =>
        OrderTimeline.NoteAsync(session, context, shipped.Marketplace, shipped.OrderNumber,
            timeline => OrderTimeline.NoteShipment(timeline, shipped, time.GetUtcNow()), ct);
}

public static class OrderDeliveredHandler
{
    public static Task Handle(OrderDelivered delivered, IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct) =>
        OrderTimeline.NoteAsync(session, context, delivered.Marketplace, delivered.OrderNumber,
            timeline => OrderTimeline.NoteDelivery(timeline, delivered, time.GetUtcNow()), ct);
}
