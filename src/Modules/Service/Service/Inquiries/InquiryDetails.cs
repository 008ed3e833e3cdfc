using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Service.Inquiries;

/// <summary>
/// An inquiry as the API shows it: who asked what, through which channel, and both response clocks with what became of
/// them. <see cref="DeadlineState"/>, <see cref="UrgencyRank"/> and <see cref="FirstDueAt"/> order the agent's inbox.
/// </summary>
public sealed record InquiryDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public InquiryChannel Channel { get; init; }
    public required InquiryCustomer Customer { get; init; }
    public required InquiryMessage Message { get; init; }
    public InquiryStatus Status { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The store's time zone, in whose business hours our deadline was counted.</summary>
    public required string TimeZone { get; init; }

    /// <summary>Our first-response deadline, in the store's business hours.</summary>
    public required ResponseClockDetails OurDeadline { get; init; }

    /// <summary>Amazon's 24-hour clock, for Amazon buyer messages only.</summary>
    public ResponseClockDetails? AmazonDeadline { get; init; }

    /// <summary>
    /// The inquiry's deadline state: while open, the worse of its clocks (breached, warned, running); once answered, met
    /// when every clock was met, else breached.
    /// </summary>
    public ResponseDeadlineState DeadlineState { get; init; }

    /// <summary>Inbox order: 0 open and breached, 1 open and warned, 2 open and running, 3 answered, resolved or closed.</summary>
    public int UrgencyRank { get; init; }

    /// <summary>The earlier of the two due times: within a rank, the inbox shows the inquiry with the least time left first.</summary>
    public DateTimeOffset FirstDueAt { get; init; }

    /// <summary>The conversation's responses, in order; the one with <see cref="InquiryResponse.StoppedClocks"/> answered the inquiry in time or not.</summary>
    public IReadOnlyList<InquiryResponse> Responses { get; init; } = [];

    /// <summary>Each time the customer wrote again about the resolved or closed inquiry; the clocks above run from the last.</summary>
    public IReadOnlyList<InquiryReopening> Reopenings { get; init; } = [];

    public string? ResolvedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? ResolutionNote { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The customer's latest rating (1–5).</summary>
    public CustomerSatisfaction? Satisfaction { get; init; }

    /// <summary>Set when service opened the inquiry proactively, to tell the customer of this shipment exception; ours to write first.</summary>
    public Guid? ShipmentExceptionId { get; init; }

    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<InquiryDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<InquiryDetails>().Index(i => i.StoreId).Index(i => i.Status).Index(i => i.UrgencyRank);
    }

    internal InquiryDetails Ranked()
    {
        ResponseClockDetails[] clocks = AmazonDeadline is null ? [OurDeadline] : [OurDeadline, AmazonDeadline];
        var state = Status == InquiryStatus.Open
            ? clocks.Select(c => c.State).Max()
            : clocks.All(c => c.State == ResponseDeadlineState.Met) ? ResponseDeadlineState.Met : ResponseDeadlineState.Breached;
        var rank = Status != InquiryStatus.Open ? 3 : state switch
        {
            ResponseDeadlineState.Breached => 0,
            ResponseDeadlineState.Warned => 1,
            _ => 2,
        };
        return this with { DeadlineState = state, UrgencyRank = rank, FirstDueAt = clocks.Min(c => c.DueAt) };
    }
}

/// <summary>One response clock: when it warns and falls due, and what became of it.</summary>
public sealed record ResponseClockDetails(
    int WithinMinutes, DateTimeOffset WarnAt, DateTimeOffset DueAt, ResponseDeadlineState State, DateTimeOffset? WarnedAt,
    DateTimeOffset? BreachedAt, bool? RespondedInTime)
{
    public static ResponseClockDetails? From(ResponseDeadline? deadline) =>
        deadline is null ? null : new(deadline.WithinMinutes, deadline.WarnAt, deadline.DueAt, ResponseDeadlineState.Running, null, null, null);

    public ResponseClockDetails Answered(bool inTime, DateTimeOffset at) => this with
    {
        State = inTime ? ResponseDeadlineState.Met : ResponseDeadlineState.Breached,
        BreachedAt = inTime ? BreachedAt : BreachedAt ?? at,
        RespondedInTime = inTime,
    };
}

/// <summary>
/// One response: its number in the conversation (from 1), what was said, the standard answer it cited, whether it was
/// the first of its round (it stopped the clocks), by whom and when, and quality assurance's review of it.
/// </summary>
public sealed record InquiryResponse(
    int Number, string Text, AnswerCitation? CitedAnswer, bool StoppedClocks, string RespondedBy, DateTimeOffset RespondedAt, ResponseReview? Review = null)
{
    /// <summary>For the response that stopped the clocks: how long the customer had waited and whether it came in time on each clock.</summary>
    public ResponseTiming? Timing { get; init; }
}

/// <summary>
/// A first response's timing, which the response KPIs count: the customer waited since <paramref name="WaitingSince"/> (the
/// inquiry's arrival, or the message that reopened it); in time on our clock, and on Amazon's (null without it).
/// </summary>
public sealed record ResponseTiming(DateTimeOffset WaitingSince, bool OnOurTime, bool? OnAmazonTime);

/// <summary>Quality assurance's finding on a response.</summary>
public sealed record ResponseReview(bool Accurate, string? Note, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>The customer wrote again: what, when it arrived, and who reopened the inquiry.</summary>
public sealed record InquiryReopening(string Message, DateTimeOffset ReceivedAt, string ReopenedBy, DateTimeOffset ReopenedAt);

/// <summary>The customer's rating, 1 (very dissatisfied) to 5 (very satisfied).</summary>
public sealed record CustomerSatisfaction(int Score, string? Comment, string RecordedBy, DateTimeOffset RecordedAt);

public sealed class InquiryDetailsProjection : SingleStreamProjection<InquiryDetails, Guid>
{
    public override InquiryDetails? Evolve(InquiryDetails? inquiry, Guid id, IEvent e) => (inquiry, e.Data) switch
    {
        (null, InquiryReceived r) => new InquiryDetails
        {
            Id = r.InquiryId, StoreId = r.StoreId, Marketplace = r.Marketplace, Channel = r.Channel, Customer = r.Customer, Message = r.Message,
            Status = InquiryStatus.Open, ReceivedAt = r.ReceivedAt, TimeZone = r.TimeZone, OurDeadline = ResponseClockDetails.From(r.OurDeadline)!,
            AmazonDeadline = ResponseClockDetails.From(r.AmazonDeadline), RecordedBy = r.RecordedBy, RecordedAt = r.RecordedAt,
            ShipmentExceptionId = r.ShipmentExceptionId,
        }.Ranked(),
        (not null, InquiryResponseWarned w) => Clock(inquiry, w.Clock, c => c with { State = ResponseDeadlineState.Warned, WarnedAt = w.WarnedAt }),
        (not null, InquiryResponseBreached b) => Clock(inquiry, b.Clock, c => c with { State = ResponseDeadlineState.Breached, BreachedAt = b.BreachedAt }),
        (not null, InquiryResponded r) => (inquiry with
        {
            Status = InquiryStatus.Responded,
            Responses = [.. inquiry.Responses, new InquiryResponse(r.Number, r.Text, r.CitedAnswer, true, r.RespondedBy, r.RespondedAt)
            {
                Timing = new ResponseTiming(inquiry.Reopenings.LastOrDefault()?.ReceivedAt ?? inquiry.ReceivedAt, r.WithinOurDeadline, r.WithinAmazonDeadline),
            }],
            OurDeadline = inquiry.OurDeadline.Answered(r.WithinOurDeadline, r.RespondedAt),
            AmazonDeadline = r.WithinAmazonDeadline is { } inTime ? inquiry.AmazonDeadline?.Answered(inTime, r.RespondedAt) : inquiry.AmazonDeadline,
        }).Ranked(),
        (not null, InquiryResponseAdded r) => inquiry with
        {
            Responses = [.. inquiry.Responses, new InquiryResponse(r.Number, r.Text, r.CitedAnswer, false, r.RespondedBy, r.RespondedAt)],
        },
        (not null, InquiryResolved r) => (inquiry with
        {
            Status = InquiryStatus.Resolved, ResolvedBy = r.ResolvedBy, ResolvedAt = r.ResolvedAt, ResolutionNote = r.Note,
        }).Ranked(),
        (not null, InquiryClosed c) => (inquiry with { Status = InquiryStatus.Closed, ClosedBy = c.ClosedBy, ClosedAt = c.ClosedAt }).Ranked(),
        (not null, InquiryReopened r) => (inquiry with
        {
            Status = InquiryStatus.Open, TimeZone = r.TimeZone, OurDeadline = ResponseClockDetails.From(r.OurDeadline)!,
            AmazonDeadline = ResponseClockDetails.From(r.AmazonDeadline),
            Reopenings = [.. inquiry.Reopenings, new InquiryReopening(r.Message, r.ReceivedAt, r.ReopenedBy, r.ReopenedAt)],
            ResolvedBy = null, ResolvedAt = null, ResolutionNote = null, ClosedBy = null, ClosedAt = null,
        }).Ranked(),
        (not null, InquiryResponseReviewed q) => inquiry with
        {
            Responses = [.. inquiry.Responses.Select(x => x.Number == q.ResponseNumber
                ? x with { Review = new ResponseReview(q.Accurate, q.Note, q.ReviewedBy, q.ReviewedAt) } : x)],
        },
        (not null, InquirySatisfactionRecorded s) => inquiry with { Satisfaction = new CustomerSatisfaction(s.Score, s.Comment, s.RecordedBy, s.RecordedAt) },
        _ => inquiry,
    };

    private static InquiryDetails Clock(InquiryDetails inquiry, ResponseClock clock, Func<ResponseClockDetails, ResponseClockDetails> change) =>
        (clock == ResponseClock.Ours
            ? inquiry with { OurDeadline = change(inquiry.OurDeadline) }
            : inquiry with { AmazonDeadline = inquiry.AmazonDeadline is { } amazon ? change(amazon) : null }).Ranked();
}
