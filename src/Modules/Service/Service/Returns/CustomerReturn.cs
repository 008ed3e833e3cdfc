using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Service.Customers;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Returns;

/// <summary><c>Requested → Approved | Rejected</c>; an approved return is <c>Inspected</c> when logistics reports its finding.</summary>
public enum CustomerReturnStatus { Requested, Approved, Rejected, Inspected }

/// <summary>Where the delivery date the return window counts from came from.</summary>
public enum DeliveryDateSource
{
    /// <summary>Logistics' <c>OrderDelivered</c>, on the order's timeline.</summary>
    Timeline,

    /// <summary>The agent, because service has not heard of the order's delivery.</summary>
    Agent,
}

public static class ReturnRules
{
    public static readonly Rule StoreMustExist = new("return.store_must_exist",
        "The return's store is not known to service.", "客服模块中不存在该退换货所属的店铺。");
    public static readonly Rule DeliveryUnknown = new("return.delivery_unknown",
        "Service has not heard that this order was delivered: give the delivery date the customer names (deliveredOn).",
        "客服模块尚未收到该订单的送达信息：请填写客户提供的送达日期（deliveredOn）。");
    public static readonly Rule OutsideReturnWindow = new("return.outside_return_window",
        "The return window (returnWindowDays after delivery) has passed.", "已超过退货期限（送达后 returnWindowDays 天）。");
    public static readonly Rule NotYetDelivered = new("return.not_yet_delivered",
        "The delivery date lies after today.", "送达日期晚于今天。");
    public static readonly Rule OrderOfAnotherStore = new("return.order_of_another_store",
        "The order belongs to another store.", "该订单属于其他店铺。");
    public static readonly Rule SkuNotShipped = new("return.sku_not_shipped",
        "The order's shipments did not carry this SKU.", "该订单的发货中没有此 SKU。");
    public static readonly Rule MoreThanShipped = new("return.more_than_shipped",
        "More units are returned than the order's shipments carried.", "退货数量超过该订单的发货数量。");
    public static readonly Rule AlreadyDecided = new("return.already_decided",
        "Only a requested return can be approved or rejected; this one was decided already.", "只有待处理的退换货申请才能批准或拒绝；该申请已处理。");
}

/// <summary>
/// What return decisions need (status) and what the announcement to logistics carries (the request). Every decide
/// method is a pure function of state, input and now.
/// </summary>
public sealed record CustomerReturn(Guid Id, ReturnRequestRecorded Recorded, CustomerReturnStatus Status)
{
    public static CustomerReturn Create(ReturnRequestRecorded e) => new(e.ReturnId, e, CustomerReturnStatus.Requested);
    public CustomerReturn Apply(ReturnRequestApproved _) => this with { Status = CustomerReturnStatus.Approved };
    public CustomerReturn Apply(ReturnRequestRejected _) => this with { Status = CustomerReturnStatus.Rejected };
    public CustomerReturn Apply(ReturnInspectionReported _) => this with { Status = CustomerReturnStatus.Inspected };

    /// <summary>
    /// A request is accepted up to and including day <c>returnWindowDays</c> after delivery, both days the store's local
    /// dates: delivered on the 1st with 30 days, the 31st is the last day. The delivery date is the timeline's when
    /// logistics reported the delivery (what the agent gives is then ignored), else the agent's; with neither it is refused.
    /// When the timeline knows the order's shipments, only a SKU they carried, and no more units, can come back.
    /// </summary>
    public static Decision Request(Guid id, ReturnIntake intake, OrderTimelineView? order, WorkingCalendar calendar, ServiceSettings policy,
        string by, DateTimeOffset now)
    {
        if (order is not null && order.StoreId != intake.StoreId) return ReturnRules.OrderOfAnotherStore;
        if (order is { Shipments.Count: > 0 })
        {
            var shipped = order.Shipments.SelectMany(s => s.Items).Where(i => i.Sku == intake.Sku).Sum(i => i.Quantity);
            if (shipped == 0) return ReturnRules.SkuNotShipped;
            if (intake.Quantity > shipped) return ReturnRules.MoreThanShipped;
        }

        DateOnly deliveredOn;
        DeliveryDateSource from;
        if (order?.Delivery is { } delivery) (deliveredOn, from) = (calendar.LocalDay(delivery.DeliveredAt), DeliveryDateSource.Timeline);
        else if (intake.DeliveredOn is { } given) (deliveredOn, from) = (given, DeliveryDateSource.Agent);
        else return ReturnRules.DeliveryUnknown;

        var today = calendar.LocalDay(now);
        if (deliveredOn > today) return ReturnRules.NotYetDelivered;
        var windowEndsOn = deliveredOn.AddDays(policy.ReturnWindowDays);
        if (today > windowEndsOn) return ReturnRules.OutsideReturnWindow;

        return Decision.Accept(new ReturnRequestRecorded(id, intake.StoreId, intake.Marketplace, intake.OrderNumber, intake.Sku, intake.Quantity,
            intake.Kind, intake.Reason, intake.Comment, deliveredOn, from, policy.ReturnWindowDays, windowEndsOn, by, now));
    }

    public Decision Approve(string by, DateTimeOffset now) =>
        Status == CustomerReturnStatus.Requested ? Decision.Accept(new ReturnRequestApproved(Id, by, now)) : ReturnRules.AlreadyDecided;

    public Decision Reject(string reason, string by, DateTimeOffset now) =>
        Status == CustomerReturnStatus.Requested ? Decision.Accept(new ReturnRequestRejected(Id, reason, by, now)) : ReturnRules.AlreadyDecided;

    /// <summary>Logistics' finding; a redelivered report (the return is inspected already) records nothing.</summary>
    public Decision NoteInspection(ReturnInspected inspected, DateTimeOffset now) =>
        Status == CustomerReturnStatus.Inspected
            ? Decision.Accept()
            : Decision.Accept(new ReturnInspectionReported(Id, inspected.Finding, inspected.Notes, inspected.Quantity, inspected.InspectedAt, now));

    /// <summary>What logistics hears once the request is approved.</summary>
    public ReturnRequested Announcement() => new(Id, Recorded.StoreId, Recorded.Marketplace, Recorded.OrderNumber, Recorded.Sku, Recorded.Quantity,
        Recorded.Kind, Recorded.Reason, Recorded.Comment, Recorded.RecordedAt);
}

/// <summary>A customer's return or exchange request as the agent records it.</summary>
public sealed record ReturnIntake(
    Guid StoreId, string Marketplace, string OrderNumber, string Sku, int Quantity, ReturnKind Kind, ReturnReason Reason, string? Comment,
    DateOnly? DeliveredOn);
