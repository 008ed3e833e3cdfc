using Ops.Service.Inquiries;
using Ops.Shared.Calendar;

namespace Ops.Service.Complaints;

/// <summary>
/// A deadline in the store's business hours as it was set when its clock started: warned at <paramref name="WarnAt"/>
/// (after <c>inquiryWarnAtPercent</c> of the time), breached at <paramref name="DueAt"/>. <paramref name="WithinHours"/>
/// is the business time allowed. Complaints and collaboration requests both keep theirs this way.
/// </summary>
public sealed record ClockDeadline(int WithinHours, DateTimeOffset WarnAt, DateTimeOffset DueAt)
{
    /// <summary><paramref name="hours"/> of the calendar's business time from <paramref name="start"/> (ADR 0026).</summary>
    public static ClockDeadline InBusinessHours(WorkingCalendar calendar, DateTimeOffset start, int hours, int warnAtPercent)
    {
        var deadline = Deadline.InBusinessTime(calendar, start, TimeSpan.FromHours(hours), warnAtPercent);
        return new ClockDeadline(hours, deadline.WarnAt, deadline.DueAt);
    }

    public Deadline ToDeadline() => new(WarnAt, DueAt);
}

/// <summary>
/// One clock as the API shows it: when it warns and falls due, where it stands (<see cref="ResponseDeadlineState"/>,
/// the module's deadline states), and when it was warned, breached or met.
/// </summary>
public sealed record ClockDetails(
    int WithinHours, DateTimeOffset WarnAt, DateTimeOffset DueAt, ResponseDeadlineState State, DateTimeOffset? WarnedAt,
    DateTimeOffset? BreachedAt, DateTimeOffset? MetAt)
{
    public static ClockDetails From(ClockDeadline deadline) =>
        new(deadline.WithinHours, deadline.WarnAt, deadline.DueAt, ResponseDeadlineState.Running, null, null, null);

    /// <summary>Still running (warned or not): neither met nor breached.</summary>
    internal bool IsOpen => State is ResponseDeadlineState.Running or ResponseDeadlineState.Warned;

    public ClockDetails Warned(DateTimeOffset at) => this with { State = ResponseDeadlineState.Warned, WarnedAt = at };

    public ClockDetails Breached(DateTimeOffset at) => this with { State = ResponseDeadlineState.Breached, BreachedAt = BreachedAt ?? at };

    /// <summary>Stopped at <paramref name="at"/>: met when in time, else breached (at that moment if its timer had not fired yet).</summary>
    public ClockDetails Stopped(bool inTime, DateTimeOffset at) => inTime
        ? this with { State = ResponseDeadlineState.Met, MetAt = at }
        : this with { State = ResponseDeadlineState.Breached, BreachedAt = BreachedAt ?? at, MetAt = null };

    /// <summary>Running again (a reopened complaint): what it was before it stopped, unless it had been breached.</summary>
    public ClockDetails Restarted() => State == ResponseDeadlineState.Breached
        ? this
        : this with { State = WarnedAt is null ? ResponseDeadlineState.Running : ResponseDeadlineState.Warned, MetAt = null };
}
