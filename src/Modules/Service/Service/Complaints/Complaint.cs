using Ops.Service.Inquiries;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Complaints;

/// <summary>
/// <c>Registered → Acknowledged → Escalated → Resolved → Confirmed | Reopened → Closed</c> (service.md, "Complaint"). A
/// reopened complaint is back at work: it is escalated again or resolved again.
/// </summary>
public enum ComplaintStatus { Registered, Acknowledged, Escalated, Resolved, Confirmed, Reopened, Closed }

/// <summary>What the complaint is about, in the voice-of-customer categories (service.md, "Customer feedback").</summary>
public enum ComplaintCategory { ProductQuality, Packaging, ListingAccuracy, Shipping, Service, Price, Other }

/// <summary>A complaint's two clocks: escalation to the responsible department, and resolution.</summary>
public enum ComplaintClock { Escalation, Resolution }

/// <summary>
/// What an escalation raised in the responsible department: a collaboration request (built), or a return request (the
/// returns slice records its id here later).
/// </summary>
public enum EscalationKind { Collaboration, Return }

public static class ComplaintRules
{
    public static readonly Rule StoreMustExist = new("complaint.store_must_exist",
        "The complaint's store is not known to service.", "客服模块中不存在该投诉所属的店铺。");
    public static readonly Rule OnlyARegisteredComplaintIsAcknowledged = new("complaint.only_a_registered_complaint_is_acknowledged",
        "Only a newly registered complaint is acknowledged.", "只有新登记的投诉才能确认受理。");
    public static readonly Rule AcknowledgeBeforeHandling = new("complaint.acknowledge_before_handling",
        "Acknowledge (soothe) the customer before escalating or resolving the complaint.", "须先向客户确认受理（安抚）投诉，再升级或解决。");
    public static readonly Rule NotAtWork = new("complaint.not_at_work",
        "The complaint is resolved, confirmed or closed: only an acknowledged, escalated or reopened complaint is worked on.",
        "投诉已解决、已确认或已关闭：只有已受理、已升级或已重开的投诉才能处理。");
    public static readonly Rule AlreadyEscalated = new("complaint.already_escalated",
        "The complaint is already escalated; it is escalated again only after the customer reopens it.", "投诉已升级；只有客户重开后才能再次升级。");
    public static readonly Rule NotAwaitingTheCustomer = new("complaint.not_awaiting_the_customer",
        "Only a resolved complaint awaits the customer's answer (satisfied or not).", "只有已解决的投诉才等待客户答复（是否满意）。");
    public static readonly Rule CloseOnlyWhenConfirmed = new("complaint.close_only_when_confirmed",
        "A complaint is closed only after the customer confirmed they are satisfied.", "只有客户确认满意后才能关闭投诉。");
}

/// <summary>
/// What complaint decisions need (status, both clocks) and what its announcements name (store, marketplace, order, SKU,
/// category). Every decide method is a pure function of state, input and now.
/// </summary>
public sealed record Complaint
{
    public Guid Id { get; init; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public required string OrderNumber { get; init; }
    public required string Problem { get; init; }
    public string? Sku { get; init; }
    public ComplaintCategory? Category { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public ComplaintStatus Status { get; init; }
    public required ClockDetails Escalation { get; init; }
    public required ClockDetails Resolution { get; init; }

    /// <summary>How many times the complaint was resolved (1 at the first resolution, 2 after one reopening, …).</summary>
    public int Round { get; init; }

    public static Complaint Create(ComplaintRegistered e) => new()
    {
        Id = e.ComplaintId, StoreId = e.StoreId, Marketplace = e.Marketplace, OrderNumber = e.OrderNumber, Problem = e.Problem, Sku = e.Sku, Category = e.Category,
        ReceivedAt = e.ReceivedAt, Status = ComplaintStatus.Registered,
        Escalation = ClockDetails.From(e.EscalationDeadline), Resolution = ClockDetails.From(e.ResolutionDeadline),
    };

    public Complaint Apply(ComplaintAcknowledged _) => this with { Status = ComplaintStatus.Acknowledged };

    public Complaint Apply(ComplaintEscalated e) => this with
    {
        Status = ComplaintStatus.Escalated,
        Escalation = Escalation.IsOpen ? Escalation.Stopped(e.WithinDeadline, e.EscalatedAt) : Escalation,
    };

    public Complaint Apply(ComplaintDeadlineWarned e) => WithClock(e.Clock, c => c.Warned(e.WarnedAt));
    public Complaint Apply(ComplaintDeadlineBreached e) => WithClock(e.Clock, c => c.Breached(e.BreachedAt));

    public Complaint Apply(ComplaintResolved e) => this with
    {
        Status = ComplaintStatus.Resolved,
        Round = e.Round,
        Resolution = Resolution.Stopped(e.WithinDeadline, e.ResolvedAt),
        // Resolved without escalating: service solved it itself, so nothing was left to escalate.
        Escalation = Escalation.IsOpen ? Escalation.Stopped(true, e.ResolvedAt) : Escalation,
    };

    public Complaint Apply(ComplaintConfirmed _) => this with { Status = ComplaintStatus.Confirmed };
    public Complaint Apply(ComplaintReopened _) => this with { Status = ComplaintStatus.Reopened, Resolution = Resolution.Restarted() };
    public Complaint Apply(ComplaintClosed _) => this with { Status = ComplaintStatus.Closed };

    private Complaint WithClock(ComplaintClock clock, Func<ClockDetails, ClockDetails> change) =>
        clock == ComplaintClock.Escalation ? this with { Escalation = change(Escalation) } : this with { Resolution = change(Resolution) };

    private ClockDetails ClockOf(ComplaintClock clock) => clock == ComplaintClock.Escalation ? Escalation : Resolution;

    private bool AtWork => Status is ComplaintStatus.Acknowledged or ComplaintStatus.Escalated or ComplaintStatus.Reopened;

    /// <summary>
    /// A new complaint with both clocks in the store's business hours from its receipt: escalation within
    /// <c>complaintEscalationHours</c>, resolution within <c>complaintResolutionHours</c>; each warns after
    /// <c>inquiryWarnAtPercent</c> of its time.
    /// </summary>
    public static Decision Register(Guid id, ComplaintIntake intake, WorkingCalendar calendar, ServiceSettings policy, string by, DateTimeOffset now) =>
        Decision.Accept(new ComplaintRegistered(id, intake.StoreId, intake.Marketplace, intake.Customer, intake.OrderNumber, intake.Problem,
            intake.Category, intake.Sku, intake.ReceivedAt, calendar.TimeZone.Id,
            ClockDeadline.InBusinessHours(calendar, intake.ReceivedAt, policy.ComplaintEscalationHours, policy.InquiryWarnAtPercent),
            ClockDeadline.InBusinessHours(calendar, intake.ReceivedAt, policy.ComplaintResolutionHours, policy.InquiryWarnAtPercent),
            by, now));

    /// <summary>The customer is acknowledged (soothed) at once; a repeat changes nothing.</summary>
    public Decision Acknowledge(string? note, string by, DateTimeOffset now) => Status switch
    {
        ComplaintStatus.Registered => Decision.Accept(new ComplaintAcknowledged(Id, note, by, now)),
        ComplaintStatus.Acknowledged => Decision.Accept(),
        _ => ComplaintRules.OnlyARegisteredComplaintIsAcknowledged,
    };

    /// <summary>
    /// Escalated to the responsible department, with what the escalation raised there; in time when before the escalation
    /// clock's due time (a second escalation, after a reopening, runs no clock).
    /// </summary>
    public Decision Escalate(string department, EscalationTarget target, string by, DateTimeOffset now)
    {
        if (Status == ComplaintStatus.Registered) return ComplaintRules.AcknowledgeBeforeHandling;
        if (Status == ComplaintStatus.Escalated) return ComplaintRules.AlreadyEscalated;
        if (!AtWork) return ComplaintRules.NotAtWork;
        return Decision.Accept(new ComplaintEscalated(Id, department, target, now < Escalation.DueAt, by, now));
    }

    /// <summary>The result told to the customer; handled in time when before the resolution clock's due time.</summary>
    public Decision Resolve(string result, string by, DateTimeOffset now)
    {
        if (Status == ComplaintStatus.Registered) return ComplaintRules.AcknowledgeBeforeHandling;
        if (!AtWork) return ComplaintRules.NotAtWork;
        return Decision.Accept(new ComplaintResolved(Id, result, now < Resolution.DueAt, Round + 1, by, now));
    }

    /// <summary>The customer is satisfied with the result.</summary>
    public Decision Confirm(string? comment, string by, DateTimeOffset now) =>
        Status == ComplaintStatus.Resolved ? Decision.Accept(new ComplaintConfirmed(Id, comment, by, now)) : ComplaintRules.NotAwaitingTheCustomer;

    /// <summary>
    /// The customer is not satisfied: back to work against the same resolution deadline, so a resolution that the customer
    /// rejects does not count as handled in time. Past the warning share or the deadline already, the clock says so at once.
    /// </summary>
    public Decision Reopen(string reason, string by, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Resolved) return ComplaintRules.NotAwaitingTheCustomer;
        var reopened = new ComplaintReopened(Id, reason, by, now);
        var clock = Resolution.Restarted();
        if (clock.State == ResponseDeadlineState.Breached) return Decision.Accept(reopened);
        if (now >= Resolution.DueAt) return Decision.Accept(reopened, new ComplaintDeadlineBreached(Id, ComplaintClock.Resolution, Resolution.DueAt, now));
        if (now >= Resolution.WarnAt && clock.State == ResponseDeadlineState.Running)
            return Decision.Accept(reopened, new ComplaintDeadlineWarned(Id, ComplaintClock.Resolution, Resolution.DueAt, now));
        return Decision.Accept(reopened);
    }

    public Decision Close(string by, DateTimeOffset now) => Status switch
    {
        ComplaintStatus.Confirmed => Decision.Accept(new ComplaintClosed(Id, by, now)),
        ComplaintStatus.Closed => Decision.Accept(),
        _ => ComplaintRules.CloseOnlyWhenConfirmed,
    };

    /// <summary>A scheduled warning; ignored once its clock stopped, or when it is not this complaint's due time.</summary>
    public Decision Warn(ComplaintClock clock, DateTimeOffset dueAt, DateTimeOffset now) =>
        ClockRuns(clock) && ClockOf(clock) is { State: ResponseDeadlineState.Running } c && c.DueAt == dueAt
            ? Decision.Accept(new ComplaintDeadlineWarned(Id, clock, dueAt, now))
            : Decision.Accept();

    /// <summary>A scheduled breach; ignored once its clock stopped (in time or not), or when it is not this complaint's due time.</summary>
    public Decision Breach(ComplaintClock clock, DateTimeOffset dueAt, DateTimeOffset now) =>
        ClockRuns(clock) && ClockOf(clock) is { IsOpen: true } c && c.DueAt == dueAt
            ? Decision.Accept(new ComplaintDeadlineBreached(Id, clock, dueAt, now))
            : Decision.Accept();

    /// <summary>The escalation clock runs until the complaint is escalated or resolved; the resolution clock while it is at work.</summary>
    private bool ClockRuns(ComplaintClock clock) => clock == ComplaintClock.Escalation
        ? Status is ComplaintStatus.Registered or ComplaintStatus.Acknowledged
        : Status is ComplaintStatus.Registered || AtWork;
}

/// <summary>A complaint as it reaches service, before its clocks are set.</summary>
public sealed record ComplaintIntake(
    Guid StoreId, string Marketplace, ComplaintCustomer Customer, string OrderNumber, string Problem, ComplaintCategory? Category, string? Sku,
    DateTimeOffset ReceivedAt);
