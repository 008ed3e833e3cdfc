using Ops.Service.Complaints;
using Ops.Shared.Audit;

namespace Ops.Service.Collaboration;

// The facts of a collaboration request's life, in the order they may happen. Never renamed once stored.

/// <summary>
/// A department (<paramref name="RaisingDepartment"/>, an organisation department code) asked another for help: the
/// first response is due by <paramref name="ResponseDeadline"/>, counted in the business hours of
/// <paramref name="TimeZone"/>'s store calendar. <paramref name="ComplaintId"/>: raised by a complaint's escalation.
/// </summary>
[History("Collaboration request raised", "跨部门协作申请已提出")]
public sealed record CollaborationRequestRaised(
    Guid CollaborationRequestId, Guid StoreId, string RaisingDepartment, string? RequestedDepartment, string Problem, string AssistanceNeeded,
    DateOnly ExpectedResolutionDate, Guid? ComplaintId, string TimeZone, ClockDeadline ResponseDeadline, string RaisedBy, DateTimeOffset RaisedAt);

/// <summary>
/// A manager approved the request and assigned <paramref name="HelpingDepartment"/> and <paramref name="Owner"/> (a login).
/// The first response: <paramref name="RespondedInTime"/> before it was due, after <paramref name="ResponseHours"/> business hours.
/// </summary>
[History("Collaboration request approved", "跨部门协作申请已批准")]
public sealed record CollaborationRequestApproved(
    Guid CollaborationRequestId, string HelpingDepartment, string Owner, bool RespondedInTime, decimal ResponseHours, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>A manager declined the request, and why; the first response, timed like an approval.</summary>
[History("Collaboration request declined", "跨部门协作申请已驳回")]
public sealed record CollaborationRequestDeclined(
    Guid CollaborationRequestId, string Reason, bool RespondedInTime, decimal ResponseHours, string DeclinedBy, DateTimeOffset DeclinedAt);

/// <summary>The request is still unanswered after the warning share of its response time.</summary>
[History("Collaboration response deadline near", "协作申请回复期限临近预警")]
public sealed record CollaborationResponseWarned(Guid CollaborationRequestId, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>The request was still unanswered when its response time fell due.</summary>
[History("Collaboration response deadline breached", "协作申请回复期限已超时")]
public sealed record CollaborationResponseBreached(Guid CollaborationRequestId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>The owner reported progress.</summary>
[History("Collaboration progress posted", "协作进展已更新")]
public sealed record CollaborationProgressPosted(Guid CollaborationRequestId, string Text, string PostedBy, DateTimeOffset PostedAt);

/// <summary>The owner reported the result.</summary>
[History("Collaboration request resolved", "跨部门协作申请已解决")]
public sealed record CollaborationRequestResolved(Guid CollaborationRequestId, string Result, string ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>The raising side confirmed the result and assessed the help: cooperation and effect, 1–5.</summary>
[History("Collaboration request confirmed", "跨部门协作申请已确认")]
public sealed record CollaborationRequestConfirmed(
    Guid CollaborationRequestId, int CooperationRating, int EffectRating, string? Comment, string ConfirmedBy, DateTimeOffset ConfirmedAt);

/// <summary>The raising side is not content with the result: back to the owner with further requests.</summary>
[History("Collaboration request reopened", "跨部门协作申请已重开")]
public sealed record CollaborationRequestReopened(Guid CollaborationRequestId, string FurtherRequests, string ReopenedBy, DateTimeOffset ReopenedAt);
