using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Shared.Audit;

namespace Ops.Service.Returns;

// The facts of a customer's return or exchange request, in the order they may happen. Never renamed once stored.

/// <summary>
/// An agent recorded the customer's return or exchange request within the return window: <paramref name="DeliveredOn"/>
/// (the store's local date, from the order's timeline or given by the agent, <paramref name="DeliveredOnFrom"/>) plus
/// <paramref name="WindowDays"/> is the last day a return is accepted, <paramref name="WindowEndsOn"/>.
/// </summary>
[History("Return requested", "退换货已申请")]
public sealed record ReturnRequestRecorded(
    Guid ReturnId, Guid StoreId, string Marketplace, string OrderNumber, string Sku, int Quantity, ReturnKind Kind, ReturnReason Reason,
    string? Comment, DateOnly DeliveredOn, DeliveryDateSource DeliveredOnFrom, int WindowDays, DateOnly WindowEndsOn,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The request was approved: logistics takes the item back (<c>ReturnRequested</c>).</summary>
[History("Return approved", "退换货已批准")]
public sealed record ReturnRequestApproved(Guid ReturnId, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>The request was rejected, with the reason the customer is told.</summary>
[History("Return rejected", "退换货已拒绝")]
public sealed record ReturnRequestRejected(Guid ReturnId, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>Logistics inspected the returned item (<c>ReturnInspected</c>): what it found, on how many units, when.</summary>
[History("Return inspected by logistics", "物流已检验退货")]
public sealed record ReturnInspectionReported(
    Guid ReturnId, ReturnFinding Finding, string Notes, int Quantity, DateTimeOffset InspectedAt, DateTimeOffset ReportedAt);
