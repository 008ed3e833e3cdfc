namespace Ops.Shared.Calendar;

/// <summary>
/// The store's business days (PRODUCT.md §2): its time zone, its weekend and its holidays. A deadline of
/// N working days keeps the local time of day and lands on the N-th working day after the start's day.
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly IReadOnlySet<DayOfWeek> SaturdayAndSunday = new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };

    private readonly IReadOnlySet<DayOfWeek> _weekend;
    private readonly IReadOnlySet<DateOnly> _holidays;

    public WorkingCalendar(TimeZoneInfo timeZone, IEnumerable<DayOfWeek>? weekend = null, IEnumerable<DateOnly>? holidays = null)
    {
        TimeZone = timeZone;
        _weekend = weekend?.ToHashSet() ?? SaturdayAndSunday;
        _holidays = holidays?.ToHashSet() ?? [];
        if (_weekend.Count == 7) throw new ArgumentException("A week needs at least one working day.", nameof(weekend));
    }

    public static WorkingCalendar For(string timeZoneId, IEnumerable<DayOfWeek>? weekend = null, IEnumerable<DateOnly>? holidays = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), weekend, holidays);

    public TimeZoneInfo TimeZone { get; }

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
