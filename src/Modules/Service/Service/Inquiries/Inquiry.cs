using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Inquiries;

/// <summary>How the customer reached us. Only an Amazon buyer message runs Amazon's own 24-hour clock.</summary>
public enum InquiryChannel { AmazonBuyerMessage, Email, Chat, Phone }

/// <summary>What the inquiry is about (service.md, "Inquiry").</summary>
public enum InquiryTopic { Product, OrderStatus, Shipping, Return, Other }

/// <summary><c>Open → Responded</c>; resolving, closing and reopening come later (service.md).</summary>
public enum InquiryStatus { Open, Responded }

/// <summary>The two clocks of a first response: ours, in the store's business hours, and Amazon's, in calendar hours.</summary>
public enum ResponseClock { Ours, Amazon }

/// <summary>Where a response clock stands: running, warned, breached (still unanswered, or answered late), or met.</summary>
public enum ResponseDeadlineState { Running, Warned, Breached, Met }

public static class InquiryRules
{
    public static readonly Rule StoreMustExist = new("inquiry.store_must_exist",
        "The inquiry's store is not known to service.", "客服模块中不存在该咨询所属的店铺。");
    public static readonly Rule AlreadyResponded = new("inquiry.already_responded",
        "The inquiry already has its first response.", "该咨询已有首次回复。");
}

/// <summary>
/// What inquiry decisions need (status, each clock's state and due time), and what its announcements name (store,
/// marketplace, SKU, receipt). Every decide method is a pure function of state, input and now.
/// </summary>
public sealed record Inquiry
{
    public Guid Id { get; init; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public string? Sku { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public InquiryStatus Status { get; init; }
    public ResponseDeadlineState OurState { get; init; }
    public DateTimeOffset OurDueAt { get; init; }
    public ResponseDeadlineState? AmazonState { get; init; }
    public DateTimeOffset? AmazonDueAt { get; init; }

    public static Inquiry Create(InquiryReceived e) => new()
    {
        Id = e.InquiryId, StoreId = e.StoreId, Marketplace = e.Marketplace, Sku = e.Message.Sku, ReceivedAt = e.ReceivedAt,
        Status = InquiryStatus.Open, OurState = ResponseDeadlineState.Running, OurDueAt = e.OurDeadline.DueAt,
        AmazonState = e.AmazonDeadline is null ? null : ResponseDeadlineState.Running, AmazonDueAt = e.AmazonDeadline?.DueAt,
    };

    public Inquiry Apply(InquiryResponseWarned e) => WithState(e.Clock, ResponseDeadlineState.Warned);
    public Inquiry Apply(InquiryResponseBreached e) => WithState(e.Clock, ResponseDeadlineState.Breached);

    public Inquiry Apply(InquiryResponded e) => this with
    {
        Status = InquiryStatus.Responded,
        OurState = e.WithinOurDeadline ? ResponseDeadlineState.Met : ResponseDeadlineState.Breached,
        AmazonState = e.WithinAmazonDeadline switch { null => null, true => ResponseDeadlineState.Met, false => ResponseDeadlineState.Breached },
    };

    private Inquiry WithState(ResponseClock clock, ResponseDeadlineState state) =>
        clock == ResponseClock.Ours ? this with { OurState = state } : this with { AmazonState = state };

    /// <summary>
    /// A new inquiry with both clocks: ours is <c>inquiryResponseMinutes</c> of the store's business time from receipt,
    /// Amazon's (buyer messages only) <c>amazonResponseHours</c> of calendar time; each warns after
    /// <c>inquiryWarnAtPercent</c> of its time.
    /// </summary>
    public static Decision Receive(Guid id, InquiryIntake intake, WorkingCalendar calendar, ServiceSettings policy, string by, DateTimeOffset now)
    {
        var ours = Deadline.InBusinessTime(calendar, intake.ReceivedAt, TimeSpan.FromMinutes(policy.InquiryResponseMinutes),
            policy.InquiryWarnAtPercent);
        ResponseDeadline? amazon = null;
        if (intake.Channel == InquiryChannel.AmazonBuyerMessage)
        {
            var minutes = policy.AmazonResponseHours * 60;
            // Calendar time: Amazon counts nights, weekends and holidays too.
            var warnAfter = TimeSpan.FromMinutes(minutes * policy.InquiryWarnAtPercent / 100.0);
            amazon = new ResponseDeadline(minutes, intake.ReceivedAt + warnAfter, intake.ReceivedAt.AddMinutes(minutes));
        }
        return Decision.Accept(new InquiryReceived(id, intake.StoreId, intake.Marketplace, intake.Channel, intake.Customer, intake.Message,
            intake.ReceivedAt, calendar.TimeZone.Id, new ResponseDeadline(policy.InquiryResponseMinutes, ours.WarnAt, ours.DueAt), amazon, by, now));
    }

    /// <summary>The first response stops both clocks, on time for each whose due time it came before.</summary>
    public Decision Respond(string text, string by, DateTimeOffset now)
    {
        if (Status != InquiryStatus.Open) return InquiryRules.AlreadyResponded;
        return Decision.Accept(new InquiryResponded(Id, text, now < OurDueAt, AmazonDueAt is { } amazonDue ? now < amazonDue : null, by, now));
    }

    /// <summary>A scheduled warning; ignored once answered, or when it belongs to no clock of this inquiry.</summary>
    public Decision Warn(ResponseClock clock, DateTimeOffset dueAt, DateTimeOffset now) =>
        Status == InquiryStatus.Open && StateOf(clock) == ResponseDeadlineState.Running && DueAtOf(clock) == dueAt
            ? Decision.Accept(new InquiryResponseWarned(Id, clock, dueAt, now))
            : Decision.Accept();

    /// <summary>A scheduled breach; ignored once answered (in time or not), or when it belongs to no clock of this inquiry.</summary>
    public Decision Breach(ResponseClock clock, DateTimeOffset dueAt, DateTimeOffset now) =>
        Status == InquiryStatus.Open && StateOf(clock) is ResponseDeadlineState.Running or ResponseDeadlineState.Warned && DueAtOf(clock) == dueAt
            ? Decision.Accept(new InquiryResponseBreached(Id, clock, dueAt, now))
            : Decision.Accept();

    private ResponseDeadlineState? StateOf(ResponseClock clock) => clock == ResponseClock.Ours ? OurState : AmazonState;
    private DateTimeOffset? DueAtOf(ResponseClock clock) => clock == ResponseClock.Ours ? OurDueAt : AmazonDueAt;
}

/// <summary>An inquiry as it reaches service, before its clocks are set.</summary>
public sealed record InquiryIntake(
    Guid StoreId, string Marketplace, InquiryChannel Channel, InquiryCustomer Customer, InquiryMessage Message, DateTimeOffset ReceivedAt);
