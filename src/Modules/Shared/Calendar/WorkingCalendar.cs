namespace Ops.Shared.Calendar;

/// <summary>
/// The store's business days and hours (PRODUCT.md §2): its time zone, its weekend, its holidays and the local times it
/// opens and closes. A deadline of N working days keeps the local time of day and lands on the N-th working day after
/// the start's day; a deadline in business time counts only the time the store is open (<see cref="AddBusinessTime"/>).
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly IReadOnlySet<DayOfWeek> SaturdayAndSunday = new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };

    private readonly IReadOnlySet<DayOfWeek> _weekend;
    private readonly IReadOnlySet<DateOnly> _holidays;

    /// <summary>The policy's business hours when a store names none: 09:00–18:00 local time.</summary>
    public static readonly TimeOnly DefaultOpensAt = new(9, 0);

    /// <inheritdoc cref="DefaultOpensAt"/>
    public static readonly TimeOnly DefaultClosesAt = new(18, 0);

    public WorkingCalendar(TimeZoneInfo timeZone, IEnumerable<DayOfWeek>? weekend = null, IEnumerable<DateOnly>? holidays = null,
        TimeOnly? opensAt = null, TimeOnly? closesAt = null)
    {
        TimeZone = timeZone;
        _weekend = weekend?.ToHashSet() ?? SaturdayAndSunday;
        _holidays = holidays?.ToHashSet() ?? [];
        OpensAt = opensAt ?? DefaultOpensAt;
        ClosesAt = closesAt ?? DefaultClosesAt;
        if (_weekend.Count == 7) throw new ArgumentException("A week needs at least one working day.", nameof(weekend));
        if (OpensAt >= ClosesAt) throw new ArgumentException("Business hours open before they close.", nameof(opensAt));
    }

    public static WorkingCalendar For(string timeZoneId, IEnumerable<DayOfWeek>? weekend = null, IEnumerable<DateOnly>? holidays = null,
        TimeOnly? opensAt = null, TimeOnly? closesAt = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), weekend, holidays, opensAt, closesAt);

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The local time the store opens on a working day.</summary>
    public TimeOnly OpensAt { get; }

    /// <summary>The local time the store closes on a working day.</summary>
    public TimeOnly ClosesAt { get; }

    public bool IsWorkingDay(DateOnly day) => !_weekend.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int workingDays) => MoveWorkingDays(start, workingDays, +1);

    public DateTimeOffset SubtractWorkingDays(DateTimeOffset start, int workingDays) => MoveWorkingDays(start, workingDays, -1);

    /// <summary>Working days strictly after <paramref name="from"/>'s day, up to and including <paramref name="to"/>'s.</summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (day, last) = (LocalDay(from), LocalDay(to));
        var count = 0;
        while (day < last)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    /// <summary>
    /// The instant by which <paramref name="duration"/> of business time has passed since <paramref name="start"/>:
    /// only the store's open hours on working days count, in its time zone (so a DST change moves the answer in UTC, not
    /// on the wall clock). A start outside the hours counts from the next opening; a duration that fits exactly ends at
    /// closing time, not at the next opening.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var remaining = duration;
        for (var day = LocalDay(start); ; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (opens, closes) = OpenOn(day);
            var from = start > opens ? start : opens;
            if (from > closes) continue;
            if (remaining <= closes - from) return (from + remaining).ToUniversalTime();
            remaining -= closes - from;
        }
    }

    /// <summary>The business time (open hours on working days) between two instants; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var day = LocalDay(from); from < to && day <= LocalDay(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (opens, closes) = OpenOn(day);
            var (start, end) = (from > opens ? from : opens, to < closes ? to : closes);
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>When the store opens and closes on <paramref name="day"/>, as instants (a working day is assumed).</summary>
    private (DateTimeOffset Opens, DateTimeOffset Closes) OpenOn(DateOnly day) => (AtLocal(day, OpensAt), AtLocal(day, ClosesAt));

    private DateTimeOffset MoveWorkingDays(DateTimeOffset start, int workingDays, int direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var local = TimeZoneInfo.ConvertTime(start, TimeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(direction);
            if (IsWorkingDay(day)) counted++;
        }
        return AtLocal(day, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The instant of a local wall-clock time; a time skipped by a DST jump moves forward an hour.</summary>
    public DateTimeOffset AtLocal(DateOnly day, TimeOnly time)
    {
        var wall = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (TimeZone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(wall, TimeZone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
