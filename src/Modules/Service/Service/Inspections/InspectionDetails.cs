using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Inquiries;
using Ops.Shared.Http;

namespace Ops.Service.Inspections;

/// <summary>
/// An inspection as the API shows it (监督与检查): what is checked over which period and by whom, the checklist with its
/// results, the findings with their owners, due dates and rectifications. <see cref="DeadlineState"/>,
/// <see cref="OverdueFindings"/>, <see cref="UrgencyRank"/> and <see cref="NextDueAt"/> show and order what is late.
/// </summary>
public sealed record InspectionDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }

    /// <summary>The store's time zone, in whose business calendar the findings' due dates end.</summary>
    public required string TimeZone { get; init; }

    public InspectionArea Area { get; init; }

    /// <summary>The first day of the period inspected.</summary>
    public DateOnly PeriodStart { get; init; }

    /// <summary>The last day of the period inspected (the same day for an inspection of one date).</summary>
    public DateOnly PeriodEnd { get; init; }

    /// <summary>The inspector's login.</summary>
    public required string Inspector { get; init; }

    public InspectionStatus Status { get; init; }
    public IReadOnlyList<ChecklistItemDetails> Checklist { get; init; } = [];
    public IReadOnlyList<FindingDetails> Findings { get; init; } = [];

    /// <summary>The owners of the findings (logins), each once.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Findings whose rectification is not verified yet.</summary>
    public int OpenFindings { get; init; }

    /// <summary>Findings past their due time and not rectified (open, or reported late and not verified yet).</summary>
    public int OverdueFindings { get; init; }

    /// <summary>
    /// The worst of the findings' due-date clocks: breached when any finding fell due before its rectification was
    /// reported, else warned or running while one is open, met when all were reported in time; null without findings.
    /// </summary>
    public ResponseDeadlineState? DeadlineState { get; init; }

    /// <summary>List order: 0 an open finding is overdue, 1 one is warned, 2 one is running, 3 none is open.</summary>
    public int UrgencyRank { get; init; }

    /// <summary>The earliest due time of the open findings, if any.</summary>
    public DateTimeOffset? NextDueAt { get; init; }

    public string? Summary { get; init; }
    public required string PlannedBy { get; init; }
    public DateTimeOffset PlannedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<InspectionDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<InspectionDetails>().Index(i => i.Status).Index(i => i.Area).Index(i => i.UrgencyRank);
    }

    internal InspectionDetails Ranked()
    {
        var open = Findings.Where(f => f.Status == FindingStatus.Open).ToList();
        var state = Findings.Count == 0 ? (ResponseDeadlineState?)null
            : Findings.Any(f => f.Deadline.State == ResponseDeadlineState.Breached) ? ResponseDeadlineState.Breached
            : open.Any(f => f.Deadline.State == ResponseDeadlineState.Warned) ? ResponseDeadlineState.Warned
            : open.Count > 0 ? ResponseDeadlineState.Running
            : ResponseDeadlineState.Met;
        var rank = open.Any(f => f.Deadline.State == ResponseDeadlineState.Breached) ? 0
            : open.Any(f => f.Deadline.State == ResponseDeadlineState.Warned) ? 1
            : open.Count > 0 ? 2
            : 3;
        return this with
        {
            Owners = [.. Findings.Select(f => f.Owner).Distinct()],
            OpenFindings = Findings.Count(f => f.Status != FindingStatus.Verified),
            OverdueFindings = Findings.Count(f => f.Status != FindingStatus.Verified && f.Deadline.State == ResponseDeadlineState.Breached),
            DeadlineState = state,
            UrgencyRank = rank,
            NextDueAt = open.Count > 0 ? open.Min(f => f.Deadline.DueAt) : null,
        };
    }
}

/// <summary>A checklist item and how it came out (no result yet: null).</summary>
public sealed record ChecklistItemDetails(
    int Number, InspectionCheck? Check, string Title, CheckResult? Result, string? Note, string? CheckedBy, DateTimeOffset? CheckedAt);

/// <summary>
/// A finding: what is wrong, how grave, on which checklist item, who rectifies it by when, its due-date clock and the
/// log of its rectification (reports, verification, rejections).
/// </summary>
public sealed record FindingDetails(
    int Number, int? ChecklistItem, string Description, FindingSeverity Severity, string Owner, DateOnly DueDate, FindingDeadline Deadline,
    FindingStatus Status, IReadOnlyList<RectificationEntry> Rectification, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A finding's due-date clock: warned at <see cref="WarnAt"/>, due at <see cref="DueAt"/> (the store's closing time on
/// the due date or the next working day); where it stands and when it was warned, breached or met (rectification
/// reported in time).
/// </summary>
public sealed record FindingDeadline(
    DateTimeOffset WarnAt, DateTimeOffset DueAt, ResponseDeadlineState State, DateTimeOffset? WarnedAt, DateTimeOffset? BreachedAt, DateTimeOffset? MetAt);

/// <summary>What kind of entry a finding's rectification log holds.</summary>
public enum RectificationEntryKind { Reported, Verified, Rejected }

/// <summary>One step of a finding's rectification: the owner's report, the verification or the rejection, and its text.</summary>
public sealed record RectificationEntry(RectificationEntryKind Kind, string? Text, string By, DateTimeOffset At);

public sealed class InspectionDetailsProjection : SingleStreamProjection<InspectionDetails, Guid>
{
    public override InspectionDetails? Evolve(InspectionDetails? inspection, Guid id, IEvent e) => (inspection, e.Data) switch
    {
        (null, InspectionPlanned p) => new InspectionDetails
        {
            Id = p.InspectionId, StoreId = p.StoreId, TimeZone = p.TimeZone, Area = p.Area, PeriodStart = p.PeriodStart, PeriodEnd = p.PeriodEnd,
            Inspector = p.Inspector, Status = InspectionStatus.Planned,
            Checklist = [.. p.Checklist.Select(i => new ChecklistItemDetails(i.Number, i.Check, i.Title, null, null, null, null))],
            PlannedBy = p.PlannedBy, PlannedAt = p.PlannedAt,
        }.Ranked(),
        (not null, InspectionStarted s) => inspection with { Status = InspectionStatus.InProgress, StartedAt = s.StartedAt },
        (not null, ChecklistResultsRecorded r) => inspection with
        {
            Checklist = [.. inspection.Checklist.Select(i => r.Results.FirstOrDefault(x => x.Number == i.Number) is { } result
                ? i with { Result = result.Result, Note = result.Note, CheckedBy = r.RecordedBy, CheckedAt = r.RecordedAt }
                : i)],
        },
        (not null, FindingRecorded f) => (inspection with
        {
            Findings =
            [
                .. inspection.Findings,
                new FindingDetails(f.FindingNumber, f.ChecklistItem, f.Description, f.Severity, f.Owner, f.DueDate,
                    new FindingDeadline(f.WarnAt, f.DueAt, ResponseDeadlineState.Running, null, null, null), FindingStatus.Open, [], f.RecordedBy, f.RecordedAt),
            ],
        }).Ranked(),
        (not null, FindingDeadlineWarned w) => With(inspection, w.FindingNumber, f => f with
        {
            Deadline = f.Deadline with { State = ResponseDeadlineState.Warned, WarnedAt = w.WarnedAt },
        }),
        (not null, FindingDeadlineBreached b) => With(inspection, b.FindingNumber, f => f with
        {
            Deadline = f.Deadline with { State = ResponseDeadlineState.Breached, BreachedAt = f.Deadline.BreachedAt ?? b.BreachedAt },
        }),
        (not null, RectificationReported r) => With(inspection, r.FindingNumber, f => f with
        {
            Status = FindingStatus.Reported,
            Deadline = r.InTime
                ? f.Deadline with { State = ResponseDeadlineState.Met, MetAt = r.ReportedAt }
                : f.Deadline with { State = ResponseDeadlineState.Breached, BreachedAt = f.Deadline.BreachedAt ?? r.ReportedAt, MetAt = null },
            Rectification = [.. f.Rectification, new RectificationEntry(RectificationEntryKind.Reported, r.Text, r.ReportedBy, r.ReportedAt)],
        }),
        (not null, RectificationVerified v) => With(inspection, v.FindingNumber, f => f with
        {
            Status = FindingStatus.Verified,
            Rectification = [.. f.Rectification, new RectificationEntry(RectificationEntryKind.Verified, v.Note, v.VerifiedBy, v.VerifiedAt)],
        }),
        (not null, RectificationRejected r) => With(inspection, r.FindingNumber, f => f with
        {
            Status = FindingStatus.Open,
            Deadline = f.Deadline with
            {
                State = r.Clock, MetAt = null,
                WarnedAt = r.Clock == ResponseDeadlineState.Warned ? f.Deadline.WarnedAt ?? r.RejectedAt : f.Deadline.WarnedAt,
                BreachedAt = r.Clock == ResponseDeadlineState.Breached ? f.Deadline.BreachedAt ?? r.RejectedAt : null,
            },
            Rectification = [.. f.Rectification, new RectificationEntry(RectificationEntryKind.Rejected, r.Reason, r.RejectedBy, r.RejectedAt)],
        }),
        (not null, InspectionCompleted c) => inspection with
        {
            Status = InspectionStatus.Completed, Summary = c.Summary, CompletedBy = c.CompletedBy, CompletedAt = c.CompletedAt,
        },
        (not null, InspectionClosed c) => inspection with { Status = InspectionStatus.Closed, ClosedBy = c.ClosedBy, ClosedAt = c.ClosedAt },
        _ => inspection,
    };

    private static InspectionDetails With(InspectionDetails inspection, int number, Func<FindingDetails, FindingDetails> change) =>
        (inspection with { Findings = [.. inspection.Findings.Select(f => f.Number == number ? change(f) : f)] }).Ranked();
}
