using Ops.Shared.Outcomes;
using Wolverine;
using Published = Ops.Logistics.Contracts;

namespace Ops.Logistics.Orders;

/// <summary>
/// What other modules hear about an order (logistics.md, "Messages"), derived from the events a decision appended and
/// the order they were appended to: a refusal or an idempotent repeat appends nothing and so publishes nothing.
/// </summary>
public static class OrderAnnouncements
{
    public static OutgoingMessages PublishedBy(Order? before, IReadOnlyList<object> appended, OutgoingMessages? messages = null)
    {
        messages ??= new OutgoingMessages();
        var order = before;
        foreach (var e in appended)
        {
            if (e is OrderReceived r) order = Order.Create(r);
            if (order is null) continue;
            var receipt = order.Receipt;
            switch (e)
            {
                case OrderReceived received:
                    messages.Add(new Published.OrderReceived(order.Id, receipt.StoreId, receipt.Marketplace, receipt.OrderNumber,
                        receipt.PublishedLines(), receipt.Currency(), receipt.PurchasedAt, received.ShipBy, received.ReceivedAt));
                    break;
                case OrderBackordered backordered:
                    foreach (var sku in backordered.ShortSkus)
                        messages.Add(new Published.ReplenishmentNeeded(receipt.StoreId, sku, null, Published.ReplenishmentReason.Backorder, null,
                            order.Id, backordered.ExpectedShipOn, backordered.BackorderedAt));
                    break;
                case OrderShipped shipped:
                    messages.Add(new Published.OrderShipped(order.Id, receipt.StoreId, receipt.Marketplace, receipt.OrderNumber,
                        shipped.Shipment.WarehouseId, shipped.Shipment.ChannelId, shipped.Shipment.Carrier, shipped.Shipment.TrackingNumber,
                        receipt.PublishedLines(), receipt.Currency(), order.ShipBy, shipped.Shipment.ShippedAt, shipped.OnTime,
                        shipped.Shipment.ShippingCost?.Amount, shipped.Shipment.ShippingCost?.Currency));
                    break;
                case OrderDelivered delivered:
                    messages.Add(new Published.OrderDelivered(order.Id, receipt.StoreId, receipt.Marketplace, receipt.OrderNumber,
                        order.Shipment!.ChannelId, order.Shipment.ShippedAt, delivered.DeliveredAt, delivered.OnTime, delivered.Damaged));
                    break;
                case OrderExceptionRaised raised:
                    messages.Add(new Published.ShipmentExceptionRaised(raised.ExceptionId, order.Id, receipt.StoreId, receipt.Marketplace,
                        receipt.OrderNumber, raised.Kind, raised.Description, order.Shipment?.Carrier, order.Shipment?.TrackingNumber,
                        raised.DetectedAt, raised.ContactCarrierBy));
                    break;
                case OrderCancelled cancelled:
                    messages.Add(new Published.OrderCancelled(order.Id, receipt.StoreId, receipt.Marketplace, receipt.OrderNumber,
                        order.Shipment is null, cancelled.Reason, cancelled.CancelledAt));
                    break;
            }
            order = Evolve(order, e);
        }
        return messages;
    }

    /// <summary>Both the timers the events start and what other modules hear of them.</summary>
    public static OutgoingMessages For(Order? before, Outcome outcome) =>
        OrderDeadlines.Schedule(outcome.Appended(), PublishedBy(before, outcome.Appended()));

    private static Order Evolve(Order order, object e) => e switch
    {
        OrderShipped s => order.Apply(s),
        OrderDelivered d => order.Apply(d),
        _ => order,
    };
}
