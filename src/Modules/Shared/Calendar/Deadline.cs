using System.Reflection;
using Marten;
using Wolverine;
using Wolverine.Runtime.Handlers;

namespace Ops.Shared.Calendar;

/// <summary>
/// A message a deadline schedules for itself (a warning or a breach). Whatever its handler records is done by the
/// clock, not by the person whose action started it: <see cref="DeadlineMessages"/> makes the clock the actor.
/// </summary>
public interface IDeadlineMessage;

/// <summary>
/// Names the timer a deadline message belongs to, as history shows the actor of what it records ("system: go-live
/// timer"). Every <see cref="IDeadlineMessage"/> carries one; the events it records keep <see cref="Key"/> in the
/// <see cref="DeadlineMessages.TimerHeader"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DeadlineTimerAttribute(string key, string name, string chineseName) : Attribute
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public string ChineseName { get; } = chineseName;

    public static DeadlineTimerAttribute? Of(Type? messageType) => messageType?.GetCustomAttribute<DeadlineTimerAttribute>();

    public static IEnumerable<DeadlineTimerAttribute> DeclaredIn(Assembly assembly) =>
        assembly.GetTypes().Select(t => t.GetCustomAttribute<DeadlineTimerAttribute>()).OfType<DeadlineTimerAttribute>();
}

/// <summary>Wolverine middleware on every <see cref="IDeadlineMessage"/> handler.</summary>
public static class DeadlineMessages
{
    /// <summary>The actor of events recorded when a deadline warns or falls due.</summary>
    public const string Actor = "ops:deadline";

    /// <summary>The event header that says which timer (<see cref="DeadlineTimerAttribute.Key"/>) recorded the event.</summary>
    public const string TimerHeader = "ops-timer";

    /// <summary>
    /// A scheduled envelope carries the name of whoever scheduled it (user-name relay), and the session would stamp
    /// it on the events the timer records; the timer acts on its own, and says which timer it is.
    /// </summary>
    public static void Before(IDocumentSession session, IMessageContext context)
    {
        session.LastModifiedBy = Actor;
        if (DeadlineTimerAttribute.Of(context.Envelope?.Message?.GetType()) is { } timer) session.SetHeader(TimerHeader, timer.Key);
    }

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

    /// <summary>
    /// A deadline in the store's business time (PRODUCT.md §2): due once <paramref name="within"/> of open hours has passed,
    /// warned once <paramref name="warnAtPercent"/> of it has (80 → a 60-minute deadline warns after 48 business minutes).
    /// </summary>
    public static Deadline InBusinessTime(WorkingCalendar calendar, DateTimeOffset start, TimeSpan within, decimal warnAtPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warnAtPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(warnAtPercent, 100m);
        var warnAfter = TimeSpan.FromTicks((long)Math.Round(within.Ticks * warnAtPercent / 100m, MidpointRounding.AwayFromZero));
        return new Deadline(calendar.AddBusinessTime(start, warnAfter), calendar.AddBusinessTime(start, within));
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
