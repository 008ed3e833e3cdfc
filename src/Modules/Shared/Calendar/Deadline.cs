using Marten;
using Wolverine;
using Wolverine.Runtime.Handlers;

namespace Ops.Shared.Calendar;

/// <summary>
/// A message a deadline schedules for itself (a warning or a breach). Whatever its handler records is done by the
/// clock, not by the person whose action started it: <see cref="DeadlineMessages"/> makes the clock the actor.
/// </summary>
public interface IDeadlineMessage;

/// <summary>Wolverine middleware on every <see cref="IDeadlineMessage"/> handler.</summary>
public static class DeadlineMessages
{
    /// <summary>The actor of events recorded when a deadline warns or falls due.</summary>
    public const string Actor = "ops:deadline";

    /// <summary>
    /// A scheduled envelope carries the name of whoever scheduled it (user-name relay), and the session would stamp
    /// it on the events the timer records; the timer acts on its own.
    /// </summary>
    public static void Before(IDocumentSession session) => session.LastModifiedBy = Actor;

    public static bool Applies(HandlerChain chain) => chain.MessageType.IsAssignableTo(typeof(IDeadlineMessage));
}

/// <summary>
/// A policy deadline: when to warn and when it is breached. Both are scheduled Wolverine messages, stored
/// in the durable outbox with the write that started the clock; their handlers ignore them once the
/// record has met the deadline, so meeting it in time is what cancels them.
/// </summary>
public sealed record Deadline(DateTimeOffset WarnAt, DateTimeOffset DueAt)
{
    public static Deadline InWorkingDays(WorkingCalendar calendar, DateTimeOffset start, int workingDays, int warnWorkingDaysBefore)
    {
        var due = calendar.AddWorkingDays(start, workingDays);
        return new Deadline(calendar.SubtractWorkingDays(due, warnWorkingDaysBefore), due);
    }

    public static Deadline At(DateTimeOffset due, TimeSpan warnBefore) => new(due - warnBefore, due);

    public static Deadline In(DateTimeOffset start, TimeSpan within, TimeSpan warnBefore) => At(start + within, warnBefore);

    public bool IsBreachedAt(DateTimeOffset now) => now >= DueAt;

    /// <summary>Adds the warning and the breach to the handler's outgoing messages, each scheduled for its time.</summary>
    public void Schedule<TWarning, TBreach>(OutgoingMessages messages, TWarning warning, TBreach breach)
        where TWarning : notnull where TBreach : notnull
    {
        messages.Add(warning.ScheduledAt(WarnAt));
        messages.Add(breach.ScheduledAt(DueAt));
    }
}
