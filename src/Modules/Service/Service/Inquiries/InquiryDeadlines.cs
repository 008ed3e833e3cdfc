using JasperFx.Events;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inquiries;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of our first-response time (business time).</summary>
[DeadlineTimer(InquiryDeadlines.OurTimer, "system: first-response timer", "系统：首次回复计时器")]
public sealed record WarnInquiryResponse(Guid InquiryId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due when our first-response time has passed.</summary>
[DeadlineTimer(InquiryDeadlines.OurTimer, "system: first-response timer", "系统：首次回复计时器")]
public sealed record BreachInquiryResponse(Guid InquiryId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of Amazon's response time (calendar time).</summary>
[DeadlineTimer(InquiryDeadlines.AmazonTimer, "system: Amazon reply timer", "系统：亚马逊回复计时器")]
public sealed record WarnAmazonResponse(Guid InquiryId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due when Amazon's response time has passed.</summary>
[DeadlineTimer(InquiryDeadlines.AmazonTimer, "system: Amazon reply timer", "系统：亚马逊回复计时器")]
public sealed record BreachAmazonResponse(Guid InquiryId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// An inquiry's response clocks (service.md, "Inquiry"; ADR 0004, 0026), each a warning and a breach scheduled in the
/// outbox of the write that recorded the inquiry (or reopened it: new clocks, new timers); a breach is published as <c>ResponseSlaBreached</c>. A handler finding the inquiry answered records nothing, so the first
/// response is what cancels them.
/// </summary>
public static class InquiryDeadlines
{
    public const string OurTimer = "inquiry-response", AmazonTimer = "amazon-response";

    /// <summary>The timers the appended events start.</summary>
    public static OutgoingMessages Schedule(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        var clocks = events.Select(e => e switch
        {
            InquiryReceived r => (r.InquiryId, r.OurDeadline, r.AmazonDeadline),
            InquiryReopened r => (r.InquiryId, r.OurDeadline, r.AmazonDeadline),
            _ => ((Guid, ResponseDeadline, ResponseDeadline?)?)null,
        }).OfType<(Guid, ResponseDeadline, ResponseDeadline?)>();
        foreach (var (id, ours, amazonDeadline) in clocks)
        {
            new Deadline(ours.WarnAt, ours.DueAt).Schedule(messages, new WarnInquiryResponse(id, ours.DueAt), new BreachInquiryResponse(id, ours.DueAt));
            if (amazonDeadline is { } amazon)
                new Deadline(amazon.WarnAt, amazon.DueAt).Schedule(messages, new WarnAmazonResponse(id, amazon.DueAt),
                    new BreachAmazonResponse(id, amazon.DueAt));
        }
        return messages;
    }
}

public static class WarnInquiryResponseHandler
{
    public static void Handle(WarnInquiryResponse message, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry, TimeProvider time) =>
        inquiry.Decide(message.InquiryId, null, i => i.Warn(ResponseClock.Ours, message.DueAt, time.GetUtcNow()));
}

public static class BreachInquiryResponseHandler
{
    public static OutgoingMessages Handle(BreachInquiryResponse message, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry, TimeProvider time) =>
        InquiryAnnouncements.PublishedBy(inquiry.Aggregate,
            inquiry.Decide(message.InquiryId, null, i => i.Breach(ResponseClock.Ours, message.DueAt, time.GetUtcNow())));
}

public static class WarnAmazonResponseHandler
{
    public static void Handle(WarnAmazonResponse message, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry, TimeProvider time) =>
        inquiry.Decide(message.InquiryId, null, i => i.Warn(ResponseClock.Amazon, message.DueAt, time.GetUtcNow()));
}

public static class BreachAmazonResponseHandler
{
    public static OutgoingMessages Handle(BreachAmazonResponse message, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry, TimeProvider time) =>
        InquiryAnnouncements.PublishedBy(inquiry.Aggregate,
            inquiry.Decide(message.InquiryId, null, i => i.Breach(ResponseClock.Amazon, message.DueAt, time.GetUtcNow())));
}
