using Ops.Service.Inquiries;
using Ops.Shared.Audit;

namespace Ops.Service.Inspections;

// The facts of an inspection's life (监督与检查), in the order they may happen. Never renamed once stored.

/// <summary>
/// An inspection of <paramref name="Area"/> over <paramref name="PeriodStart"/>–<paramref name="PeriodEnd"/> (one day when
/// equal) was planned with <paramref name="Inspector"/> (a login) and its checklist; findings' due dates count in the
/// calendar of the store whose time zone is <paramref name="TimeZone"/>.
/// </summary>
[History("Inspection planned", "检查已计划")]
public sealed record InspectionPlanned(
    Guid InspectionId, Guid StoreId, InspectionArea Area, DateOnly PeriodStart, DateOnly PeriodEnd, string Inspector,
    IReadOnlyList<ChecklistItem> Checklist, string TimeZone, string PlannedBy, DateTimeOffset PlannedAt);

/// <summary>The inspector began: the first checklist result or finding was recorded.</summary>
[History("Inspection started", "检查已开始")]
public sealed record InspectionStarted(Guid InspectionId, string StartedBy, DateTimeOffset StartedAt);

/// <summary>Checklist items were checked: each passed, failed or did not apply, with a note.</summary>
[History("Checklist results recorded", "检查项结果已记录")]
public sealed record ChecklistResultsRecorded(Guid InspectionId, IReadOnlyList<ChecklistResult> Results, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// The inspector recorded finding <paramref name="FindingNumber"/> (on checklist item <paramref name="ChecklistItem"/>, if
/// any): <paramref name="Owner"/> (a login) rectifies it by <paramref name="DueDate"/>, that is by <paramref name="DueAt"/>
/// (the store's closing time that day, or on the next working day); warned at <paramref name="WarnAt"/>.
/// </summary>
[History("Finding recorded", "检查发现已记录")]
public sealed record FindingRecorded(
    Guid InspectionId, int FindingNumber, int? ChecklistItem, string Description, FindingSeverity Severity, string Owner, DateOnly DueDate,
    DateTimeOffset WarnAt, DateTimeOffset DueAt, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A finding is still not rectified after the warning share of the time to its due date.</summary>
[History("Finding due date near", "整改期限临近预警")]
public sealed record FindingDeadlineWarned(Guid InspectionId, int FindingNumber, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>A finding was still not rectified when it fell due: it is overdue.</summary>
[History("Finding overdue", "整改已逾期")]
public sealed record FindingDeadlineBreached(Guid InspectionId, int FindingNumber, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>The finding's owner reported its rectification; <paramref name="InTime"/>: before it fell due.</summary>
[History("Rectification reported", "整改已上报")]
public sealed record RectificationReported(Guid InspectionId, int FindingNumber, string Text, bool InTime, string ReportedBy, DateTimeOffset ReportedAt);

/// <summary>The inspector (or an operations manager) verified the rectification: the finding is done.</summary>
[History("Rectification verified", "整改已验证")]
public sealed record RectificationVerified(Guid InspectionId, int FindingNumber, string? Note, string VerifiedBy, DateTimeOffset VerifiedAt);

/// <summary>
/// The rectification was not good enough: the finding is open again with its owner, and its due-date clock stands at
/// <paramref name="Clock"/> (breached when rejected after the due time).
/// </summary>
[History("Rectification rejected", "整改被驳回")]
public sealed record RectificationRejected(
    Guid InspectionId, int FindingNumber, string Reason, ResponseDeadlineState Clock, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>The checklist is done and the findings are recorded.</summary>
[History("Inspection completed", "检查已完成")]
public sealed record InspectionCompleted(Guid InspectionId, string? Summary, string CompletedBy, DateTimeOffset CompletedAt);

/// <summary>Every finding's rectification is verified: the inspection is closed.</summary>
[History("Inspection closed", "检查已关闭")]
public sealed record InspectionClosed(Guid InspectionId, string ClosedBy, DateTimeOffset ClosedAt);
