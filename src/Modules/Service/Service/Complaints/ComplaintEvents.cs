using Ops.Shared.Audit;

namespace Ops.Service.Complaints;

// The facts of a complaint's life, in the order they may happen. Never renamed once stored.

/// <summary>The customer who complained and how to reach them (e-mail, phone or the marketplace's messaging).</summary>
public sealed record ComplaintCustomer(string Name, string Contact);

/// <summary>
/// What an escalation raised in the responsible department, by kind and id: a collaboration request, or (recorded by the
/// returns slice) a return request.
/// </summary>
public sealed record EscalationTarget(EscalationKind Kind, Guid Id);

/// <summary>
/// A customer's complaint was registered. Both clocks count the business hours of <paramref name="TimeZone"/>'s store
/// calendar from <paramref name="ReceivedAt"/>: escalation by <paramref name="EscalationDeadline"/>, resolution by
/// <paramref name="ResolutionDeadline"/>.
/// </summary>
[History("Complaint registered", "投诉已登记")]
public sealed record ComplaintRegistered(
    Guid ComplaintId, Guid StoreId, string Marketplace, ComplaintCustomer Customer, string OrderNumber, string Problem,
    ComplaintCategory? Category, string? Sku, DateTimeOffset ReceivedAt, string TimeZone, ClockDeadline EscalationDeadline,
    ClockDeadline ResolutionDeadline, string RegisteredBy, DateTimeOffset RegisteredAt);

/// <summary>The customer was acknowledged (soothed): service has their complaint and is on it.</summary>
[History("Complaint acknowledged", "投诉已受理")]
public sealed record ComplaintAcknowledged(Guid ComplaintId, string? Note, string AcknowledgedBy, DateTimeOffset AcknowledgedAt);

/// <summary>
/// The complaint went to the responsible <paramref name="Department"/> (its code), which got <paramref name="Target"/>.
/// <paramref name="WithinDeadline"/>: before the escalation clock fell due.
/// </summary>
[History("Complaint escalated", "投诉已升级")]
public sealed record ComplaintEscalated(
    Guid ComplaintId, string Department, EscalationTarget Target, bool WithinDeadline, string EscalatedBy, DateTimeOffset EscalatedAt);

/// <summary>The complaint is still not escalated, or not resolved, after the warning share of that clock.</summary>
[History("Complaint deadline near", "投诉处理期限临近预警")]
public sealed record ComplaintDeadlineWarned(Guid ComplaintId, ComplaintClock Clock, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>The complaint was still not escalated, or not resolved, when that clock fell due.</summary>
[History("Complaint deadline breached", "投诉处理期限已超时")]
public sealed record ComplaintDeadlineBreached(Guid ComplaintId, ComplaintClock Clock, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>
/// The customer was told <paramref name="Result"/>. <paramref name="WithinDeadline"/>: before the resolution clock fell
/// due (handled in time); <paramref name="Round"/> counts the resolutions, 2 after one reopening.
/// </summary>
[History("Complaint resolved", "投诉已解决")]
public sealed record ComplaintResolved(Guid ComplaintId, string Result, bool WithinDeadline, int Round, string ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>The customer said they are satisfied with the result.</summary>
[History("Customer satisfied", "客户确认满意")]
public sealed record ComplaintConfirmed(Guid ComplaintId, string? Comment, string ConfirmedBy, DateTimeOffset ConfirmedAt);

/// <summary>The customer is not satisfied, and why: the complaint is back at work.</summary>
[History("Complaint reopened", "投诉已重开")]
public sealed record ComplaintReopened(Guid ComplaintId, string Reason, string ReopenedBy, DateTimeOffset ReopenedAt);

/// <summary>The complaint is done.</summary>
[History("Complaint closed", "投诉已关闭")]
public sealed record ComplaintClosed(Guid ComplaintId, string ClosedBy, DateTimeOffset ClosedAt);
