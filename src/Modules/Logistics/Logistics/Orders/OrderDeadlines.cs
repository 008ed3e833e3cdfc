using JasperFx.Events;
using Marten;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

/// <summary>Due halfway through <c>confirmOrderHours</c> after receipt.</summary>
[DeadlineTimer(OrderDeadlines.ReviewTimer, "system: order review timer", "系统：订单审核计时器")]
public sealed record WarnOrderReview(Guid OrderId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due <c>confirmOrderHours</c> after receipt.</summary>
[DeadlineTimer(OrderDeadlines.ReviewTimer, "system: order review timer", "系统：订单审核计时器")]
public sealed record BreachOrderReview(Guid OrderId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due <c>shipWarnWorkingDaysBefore</c> working days before the ship-by deadline (not before receipt).</summary>
[DeadlineTimer(OrderDeadlines.ShipByTimer, "system: ship-by timer", "系统：发货计时器")]
public sealed record WarnShipBy(Guid OrderId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due at the ship-by deadline.</summary>
[DeadlineTimer(OrderDeadlines.ShipByTimer, "system: ship-by timer", "系统：发货计时器")]
public sealed record BreachShipBy(Guid OrderId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due <c>trackingUpdateHours</c> after the shipment or the last tracking update.</summary>
[DeadlineTimer(OrderDeadlines.TrackingTimer, "system: tracking timer", "系统：物流跟踪计时器")]
public sealed record CheckOrderTracking(Guid OrderId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due <c>exceptionContactHours</c> after a shipment exception was detected.</summary>
[DeadlineTimer(OrderDeadlines.CarrierContactTimer, "system: carrier contact timer", "系统：联系承运商计时器")]
public sealed record BreachCarrierContact(Guid OrderId, Guid ExceptionId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// The order's deadlines (logistics.md, "Order"), each a scheduled message in the outbox of the write that started its
/// clock; a handler finding its deadline met (or a newer clock) records nothing, so meeting a deadline cancels its timers.
/// <list type="bullet">
/// <item>Review: within <c>confirmOrderHours</c> of receipt, elapsed hours (marketplaces count them so); warned halfway.</item>
/// <item>Ship-by: <c>shipWithinWorkingDays</c> working days of the store's calendar after receipt (or the marketplace's
/// earlier date); warned <c>shipWarnWorkingDaysBefore</c> working days before, at the same time of day.</item>
/// <item>Tracking: an update at least every <c>trackingUpdateHours</c> until delivered; each miss is recorded and the
/// clock runs on.</item>
/// <item>Carrier contact: within <c>exceptionContactHours</c> of an exception's detection.</item>
/// </list>
/// </summary>
public static class OrderDeadlines
{
    public const string ReviewTimer = "order-review", ShipByTimer = "ship-by", TrackingTimer = "order-tracking",
        CarrierContactTimer = "carrier-contact";

    /// <summary>The timers the appended events start.</summary>
    public static OutgoingMessages Schedule(IEnumerable<object> events, OutgoingMessages? messages = null)
    {
        messages ??= new OutgoingMessages();
        foreach (var e in events)
        {
            switch (e)
            {
                case OrderReceived r:
                    new Deadline(r.ReviewWarnAt, r.ReviewDueAt).Schedule(messages, new WarnOrderReview(r.OrderId, r.ReviewDueAt),
                        new BreachOrderReview(r.OrderId, r.ReviewDueAt));
                    new Deadline(r.ShipWarnAt, r.ShipBy).Schedule(messages, new WarnShipBy(r.OrderId, r.ShipBy), new BreachShipBy(r.OrderId, r.ShipBy));
                    break;
                case OrderShipped s:
                    messages.Add(new CheckOrderTracking(s.OrderId, s.TrackingDueAt).ScheduledAt(s.TrackingDueAt));
                    break;
                case TrackingUpdated t:
                    messages.Add(new CheckOrderTracking(t.OrderId, t.NextDueAt).ScheduledAt(t.NextDueAt));
                    break;
                case TrackingUpdateMissed m:
                    messages.Add(new CheckOrderTracking(m.OrderId, m.NextDueAt).ScheduledAt(m.NextDueAt));
                    break;
                case OrderExceptionRaised x:
                    messages.Add(new BreachCarrierContact(x.OrderId, x.ExceptionId, x.ContactCarrierBy).ScheduledAt(x.ContactCarrierBy));
                    break;
            }
        }
        return messages;
    }

    /// <summary>
    /// The review and ship-by timers of many orders received together (an import's batch): one scheduled
    /// <see cref="OrderTimersDue"/> per timer and instant instead of four per order. Orders of one batch are received in
    /// the same instant, so their timers mostly share their times: a batch of 500 schedules a handful of messages.
    /// </summary>
    public static OutgoingMessages ScheduleTogether(IEnumerable<OrderReceived> received, OutgoingMessages messages)
    {
        var due = received.SelectMany(r => new (OrderTimer Timer, DateTimeOffset At, DateTimeOffset DueAt, Guid OrderId)[]
        {
            (OrderTimer.WarnReview, r.ReviewWarnAt, r.ReviewDueAt, r.OrderId),
            (OrderTimer.BreachReview, r.ReviewDueAt, r.ReviewDueAt, r.OrderId),
            (OrderTimer.WarnShipBy, r.ShipWarnAt, r.ShipBy, r.OrderId),
            (OrderTimer.BreachShipBy, r.ShipBy, r.ShipBy, r.OrderId),
        });
        foreach (var group in due.GroupBy(d => (d.Timer, d.At, d.DueAt)))
            messages.Add(new OrderTimersDue(group.Key.Timer, group.Key.DueAt, [.. group.Select(d => d.OrderId)]).ScheduledAt(group.Key.At));
        return messages;
    }
}

/// <summary>Which of an order's receipt timers an <see cref="OrderTimersDue"/> stands for.</summary>
public enum OrderTimer { WarnReview, BreachReview, WarnShipBy, BreachShipBy }

/// <summary>
/// The same receipt timer of many orders, due at one instant (<see cref="OrderDeadlines.ScheduleTogether"/>): when it is
/// due, each order gets its own timer message, handled exactly as if it had been scheduled alone.
/// </summary>
public sealed record OrderTimersDue(OrderTimer Timer, DateTimeOffset DueAt, IReadOnlyList<Guid> OrderIds);

public static class OrderTimersDueHandler
{
    public static OutgoingMessages Handle(OrderTimersDue due)
    {
        var messages = new OutgoingMessages();
        foreach (var id in due.OrderIds)
            messages.Add(due.Timer switch
            {
                OrderTimer.WarnReview => new WarnOrderReview(id, due.DueAt),
                OrderTimer.BreachReview => new BreachOrderReview(id, due.DueAt),
                OrderTimer.WarnShipBy => (object)new WarnShipBy(id, due.DueAt),
                _ => new BreachShipBy(id, due.DueAt),
            });
        return messages;
    }
}

public static class WarnOrderReviewHandler
{
    public static void Handle(WarnOrderReview message, [WriteAggregate(Required = false)] IEventStream<Order> order, TimeProvider time) =>
        order.Decide(message.OrderId, null, o => o.WarnReview(message.DueAt, time.GetUtcNow()));
}

public static class BreachOrderReviewHandler
{
    public static void Handle(BreachOrderReview message, [WriteAggregate(Required = false)] IEventStream<Order> order, TimeProvider time) =>
        order.Decide(message.OrderId, null, o => o.BreachReview(message.DueAt, time.GetUtcNow()));
}

public static class WarnShipByHandler
{
    public static void Handle(WarnShipBy message, [WriteAggregate(Required = false)] IEventStream<Order> order, TimeProvider time) =>
        order.Decide(message.OrderId, null, o => o.WarnShipBy(message.DueAt, time.GetUtcNow()));
}

public static class BreachShipByHandler
{
    public static void Handle(BreachShipBy message, [WriteAggregate(Required = false)] IEventStream<Order> order, TimeProvider time) =>
        order.Decide(message.OrderId, null, o => o.BreachShipBy(message.DueAt, time.GetUtcNow()));
}

public static class CheckOrderTrackingHandler
{
    public static OutgoingMessages Handle(CheckOrderTracking message, [WriteAggregate(Required = false)] IEventStream<Order> order,
        LogisticsSettings policy, TimeProvider time) =>
        OrderDeadlines.Schedule(order.Decide(message.OrderId, null, o => o.MissTrackingUpdate(message.DueAt, policy, time.GetUtcNow())).Appended());
}

public static class BreachCarrierContactHandler
{
    public static void Handle(BreachCarrierContact message, [WriteAggregate(Required = false)] IEventStream<Order> order, TimeProvider time) =>
        order.Decide(message.OrderId, null, o => o.BreachCarrierContact(message.ExceptionId, message.DueAt, time.GetUtcNow()));
}
