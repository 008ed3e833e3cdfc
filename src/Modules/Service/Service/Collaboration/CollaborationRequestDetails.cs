using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Complaints;
using Ops.Service.Inquiries;
using Ops.Shared.Http;

namespace Ops.Service.Collaboration;

/// <summary>
/// A collaboration request as the API shows it (the form 跨部門協作申請表): who asked whom for what, by when; the manager's
/// answer and how timely it was; the owner's progress and result; the raising side's assessment.
/// </summary>
public sealed record CollaborationRequestDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public CollaborationStatus Status { get; init; }

    /// <summary>
    /// Board order: by status (raised, approved, in progress, reopened, resolved, confirmed, declined), then by
    /// <see cref="UrgencyRank"/>: the status's place times 4 plus the urgency rank.
    /// </summary>
    public int BoardRank { get; init; }

    /// <summary>The department that asked for help (an organisation department code).</summary>
    public required string RaisingDepartment { get; init; }

    /// <summary>The department the raiser asked for, if any; the manager assigns the helping one.</summary>
    public string? RequestedDepartment { get; init; }

    public string? HelpingDepartment { get; init; }

    /// <summary>The login of the person who owns the work in the helping department.</summary>
    public string? Owner { get; init; }

    public required string Problem { get; init; }
    public required string AssistanceNeeded { get; init; }
    public DateOnly ExpectedResolutionDate { get; init; }

    /// <summary>The complaint whose escalation raised this request, if one did.</summary>
    public Guid? ComplaintId { get; init; }

    /// <summary>The store's time zone, in whose business hours the response clock counts.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The first response (approval or decline) within <c>collaborationResponseHours</c>.</summary>
    public required ClockDetails ResponseDeadline { get; init; }

    /// <summary>The response clock's state (running, warned, breached, met).</summary>
    public ResponseDeadlineState DeadlineState { get; init; }

    /// <summary>Order by time left: 0 unanswered and breached, 1 unanswered and warned, 2 unanswered and running, 3 answered.</summary>
    public int UrgencyRank { get; init; }

    public CollaborationResponse? Response { get; init; }
    public IReadOnlyList<CollaborationEntry> Entries { get; init; } = [];
    public CollaborationAssessment? Assessment { get; init; }
    public required string RaisedBy { get; init; }
    public DateTimeOffset RaisedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<CollaborationRequestDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CollaborationRequestDetails>().Index(c => c.Status).Index(c => c.RaisingDepartment).Index(c => c.HelpingDepartment)
            .Index(c => c.BoardRank);
    }

    internal CollaborationRequestDetails Ranked()
    {
        var urgency = Status != CollaborationStatus.Raised ? 3 : ResponseDeadline.State switch
        {
            ResponseDeadlineState.Breached => 0,
            ResponseDeadlineState.Warned => 1,
            _ => 2,
        };
        return this with { DeadlineState = ResponseDeadline.State, UrgencyRank = urgency, BoardRank = Array.IndexOf(BoardOrder, Status) * 4 + urgency };
    }

    internal static readonly CollaborationStatus[] BoardOrder =
    [
        CollaborationStatus.Raised, CollaborationStatus.Approved, CollaborationStatus.InProgress, CollaborationStatus.Reopened,
        CollaborationStatus.Resolved, CollaborationStatus.Confirmed, CollaborationStatus.Declined,
    ];
}

/// <summary>The manager's answer, the request's first response: approved or declined (why), in time or not, after how many business hours.</summary>
public sealed record CollaborationResponse(bool Approved, string? Reason, bool InTime, decimal BusinessHours, string RespondedBy, DateTimeOffset RespondedAt);

/// <summary>What kind of entry the request's log holds.</summary>
public enum CollaborationEntryKind { Progress, Result, FurtherRequests }

/// <summary>The log of the work: the owner's progress and results, the raising side's further requests.</summary>
public sealed record CollaborationEntry(CollaborationEntryKind Kind, string Text, string By, DateTimeOffset At);

/// <summary>The assessment on confirmation: communication timeliness (from the response), cooperation and effect (1–5).</summary>
public sealed record CollaborationAssessment(
    bool RespondedInTime, decimal ResponseHours, int CooperationRating, int EffectRating, string? Comment, string ConfirmedBy, DateTimeOffset ConfirmedAt);

public sealed class CollaborationRequestDetailsProjection : SingleStreamProjection<CollaborationRequestDetails, Guid>
{
    public override CollaborationRequestDetails? Evolve(CollaborationRequestDetails? request, Guid id, IEvent e) => (request, e.Data) switch
    {
        (null, CollaborationRequestRaised r) => new CollaborationRequestDetails
        {
            Id = r.CollaborationRequestId, StoreId = r.StoreId, Status = CollaborationStatus.Raised, RaisingDepartment = r.RaisingDepartment,
            RequestedDepartment = r.RequestedDepartment, Problem = r.Problem, AssistanceNeeded = r.AssistanceNeeded,
            ExpectedResolutionDate = r.ExpectedResolutionDate, ComplaintId = r.ComplaintId, TimeZone = r.TimeZone,
            ResponseDeadline = ClockDetails.From(r.ResponseDeadline), RaisedBy = r.RaisedBy, RaisedAt = r.RaisedAt,
        }.Ranked(),
        (not null, CollaborationRequestApproved a) => (request with
        {
            Status = CollaborationStatus.Approved, HelpingDepartment = a.HelpingDepartment, Owner = a.Owner,
            Response = new CollaborationResponse(true, null, a.RespondedInTime, a.ResponseHours, a.ApprovedBy, a.ApprovedAt),
            ResponseDeadline = request.ResponseDeadline.Stopped(a.RespondedInTime, a.ApprovedAt),
        }).Ranked(),
        (not null, CollaborationRequestDeclined d) => (request with
        {
            Status = CollaborationStatus.Declined,
            Response = new CollaborationResponse(false, d.Reason, d.RespondedInTime, d.ResponseHours, d.DeclinedBy, d.DeclinedAt),
            ResponseDeadline = request.ResponseDeadline.Stopped(d.RespondedInTime, d.DeclinedAt),
        }).Ranked(),
        (not null, CollaborationResponseWarned w) => (request with { ResponseDeadline = request.ResponseDeadline.Warned(w.WarnedAt) }).Ranked(),
        (not null, CollaborationResponseBreached b) => (request with { ResponseDeadline = request.ResponseDeadline.Breached(b.BreachedAt) }).Ranked(),
        (not null, CollaborationProgressPosted p) => Logged(request, CollaborationStatus.InProgress, new(CollaborationEntryKind.Progress, p.Text, p.PostedBy, p.PostedAt)),
        (not null, CollaborationRequestResolved r) => Logged(request, CollaborationStatus.Resolved, new(CollaborationEntryKind.Result, r.Result, r.ResolvedBy, r.ResolvedAt)),
        (not null, CollaborationRequestReopened r) =>
            Logged(request, CollaborationStatus.Reopened, new(CollaborationEntryKind.FurtherRequests, r.FurtherRequests, r.ReopenedBy, r.ReopenedAt)),
        (not null, CollaborationRequestConfirmed c) => (request with
        {
            Status = CollaborationStatus.Confirmed,
            Assessment = new CollaborationAssessment(request.Response?.InTime ?? false, request.Response?.BusinessHours ?? 0, c.CooperationRating,
                c.EffectRating, c.Comment, c.ConfirmedBy, c.ConfirmedAt),
        }).Ranked(),
        _ => request,
    };

    private static CollaborationRequestDetails Logged(CollaborationRequestDetails request, CollaborationStatus status, CollaborationEntry entry) =>
        (request with { Status = status, Entries = [.. request.Entries, entry] }).Ranked();
}
