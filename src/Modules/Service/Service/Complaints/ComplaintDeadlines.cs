using JasperFx.Events;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Complaints;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of the escalation time (business time).</summary>
[DeadlineTimer(ComplaintDeadlines.EscalationTimer, "system: complaint escalation timer", "系统：投诉升级计时器")]
public sealed record WarnComplaintEscalation(Guid ComplaintId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due when the escalation time has passed.</summary>
[DeadlineTimer(ComplaintDeadlines.EscalationTimer, "system: complaint escalation timer", "系统：投诉升级计时器")]
public sealed record BreachComplaintEscalation(Guid ComplaintId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of the resolution time (business time).</summary>
[DeadlineTimer(ComplaintDeadlines.ResolutionTimer, "system: complaint resolution timer", "系统：投诉解决计时器")]
public sealed record WarnComplaintResolution(Guid ComplaintId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due when the resolution time has passed.</summary>
[DeadlineTimer(ComplaintDeadlines.ResolutionTimer, "system: complaint resolution timer", "系统：投诉解决计时器")]
public sealed record BreachComplaintResolution(Guid ComplaintId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// A complaint's two clocks (service.md, "Complaint"; ADR 0004, 0026), each a warning and a breach scheduled in the outbox
/// of the write that registered it. A handler finding the clock stopped records nothing, so escalating (or resolving) in
/// time is what cancels them; a reopened complaint's resolution clock runs again against the same due time.
/// </summary>
public static class ComplaintDeadlines
{
    public const string EscalationTimer = "complaint-escalation", ResolutionTimer = "complaint-resolution";

    /// <summary>The timers the appended events start.</summary>
    public static OutgoingMessages Schedule(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var registered in events.OfType<ComplaintRegistered>())
        {
            var (id, escalation, resolution) = (registered.ComplaintId, registered.EscalationDeadline, registered.ResolutionDeadline);
            escalation.ToDeadline().Schedule(messages, new WarnComplaintEscalation(id, escalation.DueAt), new BreachComplaintEscalation(id, escalation.DueAt));
            resolution.ToDeadline().Schedule(messages, new WarnComplaintResolution(id, resolution.DueAt), new BreachComplaintResolution(id, resolution.DueAt));
        }
        return messages;
    }
}

public static class WarnComplaintEscalationHandler
{
    public static void Handle(WarnComplaintEscalation message, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint, TimeProvider time) =>
        complaint.Decide(message.ComplaintId, null, c => c.Warn(ComplaintClock.Escalation, message.DueAt, time.GetUtcNow()));
}

public static class BreachComplaintEscalationHandler
{
    public static void Handle(BreachComplaintEscalation message, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint, TimeProvider time) =>
        complaint.Decide(message.ComplaintId, null, c => c.Breach(ComplaintClock.Escalation, message.DueAt, time.GetUtcNow()));
}

public static class WarnComplaintResolutionHandler
{
    public static void Handle(WarnComplaintResolution message, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint, TimeProvider time) =>
        complaint.Decide(message.ComplaintId, null, c => c.Warn(ComplaintClock.Resolution, message.DueAt, time.GetUtcNow()));
}

public static class BreachComplaintResolutionHandler
{
    public static void Handle(BreachComplaintResolution message, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint, TimeProvider time) =>
        complaint.Decide(message.ComplaintId, null, c => c.Breach(ComplaintClock.Resolution, message.DueAt, time.GetUtcNow()));
}
