using JasperFx.Events;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Collaboration;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of the response time (business time).</summary>
[DeadlineTimer(CollaborationDeadlines.ResponseTimer, "system: collaboration response timer", "系统：协作回复计时器")]
public sealed record WarnCollaborationResponse(Guid CollaborationRequestId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due when the response time has passed.</summary>
[DeadlineTimer(CollaborationDeadlines.ResponseTimer, "system: collaboration response timer", "系统：协作回复计时器")]
public sealed record BreachCollaborationResponse(Guid CollaborationRequestId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// A collaboration request's communication timeliness (service.md, "Collaboration request"; ADR 0004, 0026): a warning and
/// a breach scheduled in the outbox of the write that raised it. The first response is the manager's approval or
/// decline (the raising side's first answer; the owner is not known before it); a timer finding the request answered
/// records nothing.
/// </summary>
public static class CollaborationDeadlines
{
    public const string ResponseTimer = "collaboration-response";

    /// <summary>The timers the appended events start.</summary>
    public static OutgoingMessages Schedule(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var raised in events.OfType<CollaborationRequestRaised>())
            raised.ResponseDeadline.ToDeadline().Schedule(messages, new WarnCollaborationResponse(raised.CollaborationRequestId, raised.ResponseDeadline.DueAt),
                new BreachCollaborationResponse(raised.CollaborationRequestId, raised.ResponseDeadline.DueAt));
        return messages;
    }
}

public static class WarnCollaborationResponseHandler
{
    public static void Handle(WarnCollaborationResponse message, [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request,
        TimeProvider time) =>
        request.Decide(message.CollaborationRequestId, null, r => r.Warn(message.DueAt, time.GetUtcNow()));
}

public static class BreachCollaborationResponseHandler
{
    public static void Handle(BreachCollaborationResponse message, [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request,
        TimeProvider time) =>
        request.Decide(message.CollaborationRequestId, null, r => r.Breach(message.DueAt, time.GetUtcNow()));
}
