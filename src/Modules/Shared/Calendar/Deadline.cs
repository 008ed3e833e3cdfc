using Wolverine;

namespace Ops.Shared.Calendar;

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
