using Ops.Service.Complaints;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Collaboration;

/// <summary>
/// <c>Raised → Approved | Declined → InProgress → Resolved → Confirmed | Reopened</c> (service.md, "Collaboration request",
/// 跨部門協作申請表). A reopened request is back with its owner, who posts progress and a result again.
/// </summary>
public enum CollaborationStatus { Raised, Approved, Declined, InProgress, Resolved, Confirmed, Reopened }

public static class CollaborationRules
{
    public static readonly Rule StoreMustExist = new("collaboration.store_must_exist",
        "The request's store is not known to service.", "客服模块中不存在该协作申请所属的店铺。");
    public static readonly Rule ExpectedDateMustNotBePast = new("collaboration.expected_date_must_not_be_past",
        "The expected resolution date is already past in the store's time zone.", "期望解决日期按店铺时区已经过去。");
    public static readonly Rule NotAwaitingApproval = new("collaboration.not_awaiting_approval",
        "Only a newly raised request is approved or declined.", "只有新提出的协作申请才能批准或驳回。");
    public static readonly Rule NotWithTheOwner = new("collaboration.not_with_the_owner",
        "Only an approved, in-progress or reopened request takes progress and a result.", "只有已批准、进行中或已重开的协作申请才能更新进展和结果。");
    public static readonly Rule OnlyTheOwnerReports = new("collaboration.only_the_owner_reports",
        "Only the request's owner posts its progress and result.", "只有协作申请的负责人才能更新进展和结果。");
    public static readonly Rule NotAwaitingConfirmation = new("collaboration.not_awaiting_confirmation",
        "Only a resolved request is confirmed or reopened.", "只有已解决的协作申请才能确认或重开。");
    public static readonly Rule OnlyTheRaisingSideAssesses = new("collaboration.only_the_raising_side_assesses",
        "Only whoever raised the request (or the operations manager) confirms or reopens it.", "只有提出人（或运营经理）才能确认或重开协作申请。");
}

/// <summary>
/// What collaboration decisions need: status, who raised it and who owns it, and the first-response clock with how it
/// ended. Every decide method is a pure function of state, input and now.
/// </summary>
public sealed record CollaborationRequest
{
    public Guid Id { get; init; }
    public Guid StoreId { get; init; }
    public required string RaisingDepartment { get; init; }
    public required string RaisedBy { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
    public CollaborationStatus Status { get; init; }
    public required ClockDetails Response { get; init; }
    public string? HelpingDepartment { get; init; }
    public string? Owner { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    public bool? RespondedInTime { get; init; }
    public decimal? ResponseHours { get; init; }

    public static CollaborationRequest Create(CollaborationRequestRaised e) => new()
    {
        Id = e.CollaborationRequestId, StoreId = e.StoreId, RaisingDepartment = e.RaisingDepartment, RaisedBy = e.RaisedBy, RaisedAt = e.RaisedAt,
        Status = CollaborationStatus.Raised, Response = ClockDetails.From(e.ResponseDeadline),
    };

    public CollaborationRequest Apply(CollaborationRequestApproved e) => Responded(e.RespondedInTime, e.ResponseHours, e.ApprovedAt) with
    {
        Status = CollaborationStatus.Approved, HelpingDepartment = e.HelpingDepartment, Owner = e.Owner,
    };

    public CollaborationRequest Apply(CollaborationRequestDeclined e) =>
        Responded(e.RespondedInTime, e.ResponseHours, e.DeclinedAt) with { Status = CollaborationStatus.Declined };

    public CollaborationRequest Apply(CollaborationResponseWarned e) => this with { Response = Response.Warned(e.WarnedAt) };
    public CollaborationRequest Apply(CollaborationResponseBreached e) => this with { Response = Response.Breached(e.BreachedAt) };
    public CollaborationRequest Apply(CollaborationProgressPosted _) => this with { Status = CollaborationStatus.InProgress };
    public CollaborationRequest Apply(CollaborationRequestResolved _) => this with { Status = CollaborationStatus.Resolved };
    public CollaborationRequest Apply(CollaborationRequestConfirmed _) => this with { Status = CollaborationStatus.Confirmed };
    public CollaborationRequest Apply(CollaborationRequestReopened _) => this with { Status = CollaborationStatus.Reopened };

    private CollaborationRequest Responded(bool inTime, decimal hours, DateTimeOffset at) => this with
    {
        Response = Response.Stopped(inTime, at), RespondedAt = at, RespondedInTime = inTime, ResponseHours = hours,
    };

    private bool WithTheOwner => Status is CollaborationStatus.Approved or CollaborationStatus.InProgress or CollaborationStatus.Reopened;

    /// <summary>
    /// A new request, whose first response (a manager's approval or decline) is due within <c>collaborationResponseHours</c>
    /// of the store's business hours, warned after <c>inquiryWarnAtPercent</c> of them.
    /// </summary>
    public static Decision Raise(Guid id, CollaborationIntake intake, WorkingCalendar calendar, ServiceSettings policy, string by, DateTimeOffset now)
    {
        if (intake.ExpectedResolutionDate < calendar.LocalDay(now)) return CollaborationRules.ExpectedDateMustNotBePast;
        return Decision.Accept(new CollaborationRequestRaised(id, intake.StoreId, intake.RaisingDepartment, intake.RequestedDepartment,
            intake.Problem, intake.AssistanceNeeded, intake.ExpectedResolutionDate, intake.ComplaintId, calendar.TimeZone.Id,
            ClockDeadline.InBusinessHours(calendar, now, policy.CollaborationResponseHours, policy.InquiryWarnAtPercent), by, now));
    }

    /// <summary>
    /// A manager approves, naming the helping department and the owner. It is the request's first response: in time when
    /// before its due time, and how many business hours it took.
    /// </summary>
    public Decision Approve(string helpingDepartment, string owner, WorkingCalendar calendar, string by, DateTimeOffset now) =>
        Status != CollaborationStatus.Raised
            ? CollaborationRules.NotAwaitingApproval
            : Decision.Accept(new CollaborationRequestApproved(Id, helpingDepartment, owner, now < Response.DueAt, HoursSinceRaised(calendar, now), by, now));

    /// <summary>A manager declines, and why: also a first response, timed like an approval.</summary>
    public Decision Decline(string reason, WorkingCalendar calendar, string by, DateTimeOffset now) =>
        Status != CollaborationStatus.Raised
            ? CollaborationRules.NotAwaitingApproval
            : Decision.Accept(new CollaborationRequestDeclined(Id, reason, now < Response.DueAt, HoursSinceRaised(calendar, now), by, now));

    /// <summary>The owner reports progress.</summary>
    public Decision PostProgress(string text, string by, DateTimeOffset now) =>
        RefusalOfReporting(by) ?? Decision.Accept(new CollaborationProgressPosted(Id, text, by, now));

    /// <summary>The owner reports the result.</summary>
    public Decision Resolve(string result, string by, DateTimeOffset now) =>
        RefusalOfReporting(by) ?? Decision.Accept(new CollaborationRequestResolved(Id, result, by, now));

    /// <summary>The raising side is content and rates the cooperation and the effect (1–5).</summary>
    public Decision Confirm(int cooperationRating, int effectRating, string? comment, string by, bool isManager, DateTimeOffset now) =>
        RefusalOfAssessing(by, isManager) ?? Decision.Accept(new CollaborationRequestConfirmed(Id, cooperationRating, effectRating, comment, by, now));

    /// <summary>The raising side is not content: back to the owner with further requests.</summary>
    public Decision Reopen(string furtherRequests, string by, bool isManager, DateTimeOffset now) =>
        RefusalOfAssessing(by, isManager) ?? Decision.Accept(new CollaborationRequestReopened(Id, furtherRequests, by, now));

    /// <summary>A scheduled warning; ignored once answered, or when it is not this request's due time.</summary>
    public Decision Warn(DateTimeOffset dueAt, DateTimeOffset now) =>
        Status == CollaborationStatus.Raised && Response.State == ResponseDeadlineState.Running && Response.DueAt == dueAt
            ? Decision.Accept(new CollaborationResponseWarned(Id, dueAt, now))
            : Decision.Accept();

    /// <summary>A scheduled breach; ignored once answered, or when it is not this request's due time.</summary>
    public Decision Breach(DateTimeOffset dueAt, DateTimeOffset now) =>
        Status == CollaborationStatus.Raised && Response.IsOpen && Response.DueAt == dueAt
            ? Decision.Accept(new CollaborationResponseBreached(Id, dueAt, now))
            : Decision.Accept();

    private Rule? RefusalOfReporting(string by) =>
        !WithTheOwner ? CollaborationRules.NotWithTheOwner
        : !string.Equals(by, Owner, StringComparison.OrdinalIgnoreCase) ? CollaborationRules.OnlyTheOwnerReports
        : null;

    private Rule? RefusalOfAssessing(string by, bool isManager) =>
        Status != CollaborationStatus.Resolved ? CollaborationRules.NotAwaitingConfirmation
        : !isManager && !string.Equals(by, RaisedBy, StringComparison.OrdinalIgnoreCase) ? CollaborationRules.OnlyTheRaisingSideAssesses
        : null;

    /// <summary>Business hours from raising to now, to the hundredth, rounded half away from zero.</summary>
    private decimal HoursSinceRaised(WorkingCalendar calendar, DateTimeOffset now) =>
        Math.Round((decimal)calendar.BusinessTimeBetween(RaisedAt, now).TotalHours, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A request as a department raises it, before its clock is set; <see cref="ComplaintId"/> when a complaint's escalation raised it.</summary>
public sealed record CollaborationIntake(
    Guid StoreId, string RaisingDepartment, string? RequestedDepartment, string Problem, string AssistanceNeeded, DateOnly ExpectedResolutionDate,
    Guid? ComplaintId);

/// <summary>Who may act on collaboration requests: any department raises and reports; a manager approves.</summary>
public static class CollaborationRoles
{
    /// <summary>Every department's people (not the auditor, not an integration).</summary>
    public static readonly string[] Departments =
        [Role.OpsManager, Role.Admin, Role.Product, Role.Listing, Role.Service, Role.Logistics, Role.Finance, Role.Trainer, Role.Staff];

    public static readonly string[] Managers = [Role.OpsManager, Role.Admin];

    /// <summary>Whether the caller is a manager, who may act for any department.</summary>
    public static bool IsManager(System.Security.Claims.ClaimsPrincipal user) => Managers.Any(user.IsInRole);
}
