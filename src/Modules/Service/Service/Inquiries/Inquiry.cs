using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Inquiries;

/// <summary>How the customer reached us. Only an Amazon buyer message runs Amazon's own 24-hour clock.</summary>
public enum InquiryChannel { AmazonBuyerMessage, Email, Chat, Phone }

/// <summary>What the inquiry is about (service.md, "Inquiry").</summary>
public enum InquiryTopic { Product, OrderStatus, Shipping, Return, Other }

/// <summary>
/// <c>Open → Responded → Resolved → Closed</c>; a resolved or closed inquiry is reopened when the customer writes again
/// (service.md, "Inquiry").
/// </summary>
public enum InquiryStatus { Open, Responded, Resolved, Closed }

/// <summary>The two clocks of a first response: ours, in the store's business hours, and Amazon's, in calendar hours.</summary>
public enum ResponseClock { Ours, Amazon }

/// <summary>Where a response clock stands: running, warned, breached (still unanswered, or answered late), or met.</summary>
public enum ResponseDeadlineState { Running, Warned, Breached, Met }

public static class InquiryRules
{
    public static readonly Rule StoreMustExist = new("inquiry.store_must_exist",
        "The inquiry's store is not known to service.", "客服模块中不存在该咨询所属的店铺。");
    public static readonly Rule ResolvedOrClosedCannotBeAnswered = new("inquiry.resolved_or_closed_cannot_be_answered",
        "The inquiry is resolved or closed: reopen it when the customer writes again.", "该咨询已解决或已关闭：客户再次来信时请重新打开。");
    public static readonly Rule CitedAnswerMustBeApproved = new("inquiry.cited_answer_must_be_approved",
        "A response may cite only an approved standard answer.", "回复只能引用已审批的标准答案。");
    public static readonly Rule UnansweredCannotBeResolved = new("inquiry.unanswered_cannot_be_resolved",
        "An inquiry is resolved only after it was answered.", "咨询须先回复才能标记为已解决。");
    public static readonly Rule ClosedCannotBeResolved = new("inquiry.closed_cannot_be_resolved",
        "The inquiry is closed already.", "该咨询已关闭。");
    public static readonly Rule MustBeResolvedBeforeClosing = new("inquiry.must_be_resolved_before_closing",
        "Only a resolved inquiry can be closed.", "只有已解决的咨询才能关闭。");
    public static readonly Rule OnlyResolvedOrClosedCanBeReopened = new("inquiry.only_resolved_or_closed_can_be_reopened",
        "Only a resolved or closed inquiry can be reopened; an open one is simply answered.", "只有已解决或已关闭的咨询才能重新打开。");
    public static readonly Rule ResponseMustExist = new("inquiry.response_must_exist",
        "The inquiry has no response with this number.", "该咨询没有此编号的回复。");
    public static readonly Rule ReviewerCannotBeResponder = new("inquiry.reviewer_cannot_be_responder",
        "A response is reviewed by someone other than who sent it.", "回复须由回复人以外的人员质检。");
    public static readonly Rule ResponseAlreadyReviewed = new("inquiry.response_already_reviewed",
        "This response was reviewed already.", "该回复已质检。");
    public static readonly Rule SatisfactionNeedsAResponse = new("inquiry.satisfaction_needs_a_response",
        "The customer rates the service once the inquiry was answered.", "咨询回复后才能记录客户满意度。");
    public static readonly Rule SatisfactionAlreadyRecorded = new("inquiry.satisfaction_already_recorded",
        "The customer's satisfaction was recorded already for this round of the conversation.", "本轮对话已记录客户满意度。");
}

/// <summary>One response as decisions need it: who sent it, and whether quality assurance reviewed it.</summary>
public sealed record SentResponse(string RespondedBy, bool Reviewed);

/// <summary>
/// What inquiry decisions need (status, each clock's state and due time, the responses), and what its announcements name
/// (store, marketplace, SKU, receipt). Every decide method is a pure function of state, input and now.
/// <para>
/// The conversation: every response is recorded; only the first since the inquiry arrived stops the clocks, later ones
/// (<see cref="InquiryResponseAdded"/>) change no deadline. A resolved or closed inquiry takes no response: the customer
/// writing again reopens it, which starts a new pair of first-response clocks from that message's arrival exactly as a
/// new inquiry does (warning and breach timers, published breaches, a new <c>InquiryResponded</c> for the first answer);
/// <see cref="ReceivedAt"/> is then that arrival. Customer satisfaction is recorded once per round (receipt or reopening).
/// </para>
/// </summary>
public sealed record Inquiry
{
    public Guid Id { get; init; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public InquiryChannel Channel { get; init; }
    public string? Sku { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public InquiryStatus Status { get; init; }
    public ResponseDeadlineState OurState { get; init; }
    public DateTimeOffset OurDueAt { get; init; }
    public ResponseDeadlineState? AmazonState { get; init; }
    public DateTimeOffset? AmazonDueAt { get; init; }
    public IReadOnlyList<SentResponse> Responses { get; init; } = [];

    /// <summary>Who sent the response that stopped the clocks of this round: the agent a satisfaction score is counted for.</summary>
    public string? RoundAgent { get; init; }

    public bool SatisfactionRecorded { get; init; }

    public static Inquiry Create(InquiryReceived e) => new()
    {
        Id = e.InquiryId, StoreId = e.StoreId, Marketplace = e.Marketplace, Channel = e.Channel, Sku = e.Message.Sku, ReceivedAt = e.ReceivedAt,
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
        Responses = [.. Responses, new SentResponse(e.RespondedBy, false)],
        RoundAgent = e.RespondedBy,
    };

    public Inquiry Apply(InquiryResponseAdded e) => this with { Responses = [.. Responses, new SentResponse(e.RespondedBy, false)] };
    public Inquiry Apply(InquiryResolved e) => this with { Status = InquiryStatus.Resolved };
    public Inquiry Apply(InquiryClosed e) => this with { Status = InquiryStatus.Closed };

    public Inquiry Apply(InquiryReopened e) => this with
    {
        Status = InquiryStatus.Open, ReceivedAt = e.ReceivedAt, OurState = ResponseDeadlineState.Running, OurDueAt = e.OurDeadline.DueAt,
        AmazonState = e.AmazonDeadline is null ? null : ResponseDeadlineState.Running, AmazonDueAt = e.AmazonDeadline?.DueAt,
        RoundAgent = null, SatisfactionRecorded = false,
    };

    public Inquiry Apply(InquiryResponseReviewed e) => this with
    {
        Responses = [.. Responses.Select((r, i) => i + 1 == e.ResponseNumber ? r with { Reviewed = true } : r)],
    };

    public Inquiry Apply(InquirySatisfactionRecorded e) => this with { SatisfactionRecorded = true };

    private Inquiry WithState(ResponseClock clock, ResponseDeadlineState state) =>
        clock == ResponseClock.Ours ? this with { OurState = state } : this with { AmazonState = state };

    /// <summary>
    /// A new inquiry with both clocks: ours is <c>inquiryResponseMinutes</c> of the store's business time from receipt,
    /// Amazon's (buyer messages only) <c>amazonResponseHours</c> of calendar time; each warns after
    /// <c>inquiryWarnAtPercent</c> of its time.
    /// </summary>
    public static Decision Receive(Guid id, InquiryIntake intake, WorkingCalendar calendar, ServiceSettings policy, string by, DateTimeOffset now)
    {
        var (ours, amazon) = Clocks(intake.Channel, intake.ReceivedAt, calendar, policy);
        return Decision.Accept(new InquiryReceived(id, intake.StoreId, intake.Marketplace, intake.Channel, intake.Customer, intake.Message,
            intake.ReceivedAt, calendar.TimeZone.Id, ours, amazon, by, now));
    }

    private static (ResponseDeadline Ours, ResponseDeadline? Amazon) Clocks(InquiryChannel channel, DateTimeOffset receivedAt,
        WorkingCalendar calendar, ServiceSettings policy)
    {
        var ours = Deadline.InBusinessTime(calendar, receivedAt, TimeSpan.FromMinutes(policy.InquiryResponseMinutes), policy.InquiryWarnAtPercent);
        ResponseDeadline? amazon = null;
        if (channel == InquiryChannel.AmazonBuyerMessage)
        {
            var minutes = policy.AmazonResponseHours * 60;
            // Calendar time: Amazon counts nights, weekends and holidays too.
            var warnAfter = TimeSpan.FromMinutes(minutes * policy.InquiryWarnAtPercent / 100.0);
            amazon = new ResponseDeadline(minutes, receivedAt + warnAfter, receivedAt.AddMinutes(minutes));
        }
        return (new ResponseDeadline(policy.InquiryResponseMinutes, ours.WarnAt, ours.DueAt), amazon);
    }

    /// <summary>
    /// A response, by the caller, now, citing <paramref name="citation"/> when the agent named an answer
    /// (<paramref name="citesAnswer"/>; null citation: the answer is unknown, a draft or retired). The first since the
    /// inquiry arrived or was reopened stops both clocks, on time for each whose due time it came before; later ones are
    /// added to the conversation.
    /// </summary>
    public Decision Respond(string text, bool citesAnswer, AnswerCitation? citation, string by, DateTimeOffset now)
    {
        if (Status is InquiryStatus.Resolved or InquiryStatus.Closed) return InquiryRules.ResolvedOrClosedCannotBeAnswered;
        if (citesAnswer && citation is null) return InquiryRules.CitedAnswerMustBeApproved;
        var number = Responses.Count + 1;
        return Status == InquiryStatus.Open
            ? Decision.Accept(new InquiryResponded(Id, number, text, citation, now < OurDueAt, AmazonDueAt is { } amazonDue ? now < amazonDue : null, by, now))
            : Decision.Accept(new InquiryResponseAdded(Id, number, text, citation, by, now));
    }

    /// <summary>An answered inquiry is resolved; again changes nothing.</summary>
    public Decision Resolve(string? note, string by, DateTimeOffset now) => Status switch
    {
        InquiryStatus.Open => InquiryRules.UnansweredCannotBeResolved,
        InquiryStatus.Closed => InquiryRules.ClosedCannotBeResolved,
        InquiryStatus.Resolved => Decision.Accept(),
        _ => Decision.Accept(new InquiryResolved(Id, note, by, now)),
    };

    /// <summary>Only a resolved inquiry is closed; again changes nothing.</summary>
    public Decision Close(string by, DateTimeOffset now) => Status switch
    {
        InquiryStatus.Resolved => Decision.Accept(new InquiryClosed(Id, by, now)),
        InquiryStatus.Closed => Decision.Accept(),
        _ => InquiryRules.MustBeResolvedBeforeClosing,
    };

    /// <summary>The customer wrote again: open once more, with new clocks from the message's arrival.</summary>
    public Decision Reopen(string message, DateTimeOffset receivedAt, WorkingCalendar calendar, ServiceSettings policy, string by, DateTimeOffset now)
    {
        if (Status is not (InquiryStatus.Resolved or InquiryStatus.Closed)) return InquiryRules.OnlyResolvedOrClosedCanBeReopened;
        var (ours, amazon) = Clocks(Channel, receivedAt, calendar, policy);
        return Decision.Accept(new InquiryReopened(Id, message, receivedAt, calendar.TimeZone.Id, ours, amazon, by, now));
    }

    /// <summary>Quality assurance marks one response accurate or not, once, by someone other than who sent it.</summary>
    public Decision Review(int responseNumber, bool accurate, string? note, string by, DateTimeOffset now)
    {
        if (responseNumber < 1 || responseNumber > Responses.Count) return InquiryRules.ResponseMustExist;
        var response = Responses[responseNumber - 1];
        if (string.Equals(response.RespondedBy, by, StringComparison.OrdinalIgnoreCase)) return InquiryRules.ReviewerCannotBeResponder;
        if (response.Reviewed) return InquiryRules.ResponseAlreadyReviewed;
        return Decision.Accept(new InquiryResponseReviewed(Id, responseNumber, response.RespondedBy, accurate, note, by, now));
    }

    /// <summary>The customer's 1–5 rating, once the round was answered and once per round.</summary>
    public Decision RecordSatisfaction(int score, string? comment, string by, DateTimeOffset now)
    {
        if (RoundAgent is null) return InquiryRules.SatisfactionNeedsAResponse;
        if (SatisfactionRecorded) return InquiryRules.SatisfactionAlreadyRecorded;
        return Decision.Accept(new InquirySatisfactionRecorded(Id, score, comment, by, now));
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
