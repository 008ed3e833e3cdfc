using Ops.Shared.Calendar;

namespace Shared.Tests;

public sealed class WorkingCalendarTests
{
    // The demo store's zone. 2026-11-26 is Thanksgiving (a Thursday); 2026-11-27 Friday.
    private static readonly WorkingCalendar NewYork = WorkingCalendar.For("America/New_York",
        holidays: [new DateOnly(2026, 11, 26)]);

    private static DateTimeOffset Local(int month, int day, int hour) =>
        NewYork.AtLocal(new DateOnly(2026, month, day), new TimeOnly(hour, 0));

    [Fact]
    public void three_working_days_from_a_monday_end_on_thursday_at_the_same_local_time()
    {
        NewYork.AddWorkingDays(Local(11, 2, 10), 3).ShouldBe(Local(11, 5, 10));
    }

    [Fact]
    public void working_days_skip_the_weekend()
    {
        // Friday 10:00 + 3 working days = Wednesday 10:00.
        NewYork.AddWorkingDays(Local(11, 6, 10), 3).ShouldBe(Local(11, 11, 10));
    }

    [Fact]
    public void working_days_skip_a_configured_holiday()
    {
        // Tuesday 24th + 3: Wed 25, (Thu 26 holiday), Fri 27, Mon 30.
        NewYork.AddWorkingDays(Local(11, 24, 9), 3).ShouldBe(Local(11, 30, 9));
    }

    [Fact]
    public void a_start_on_a_weekend_counts_from_the_next_working_day()
    {
        // Saturday + 1 working day = Monday.
        NewYork.AddWorkingDays(Local(11, 7, 15), 1).ShouldBe(Local(11, 9, 15));
    }

    [Fact]
    public void the_local_time_holds_across_a_daylight_saving_change()
    {
        // DST ends on Sunday 2026-11-01 in New York: Friday 10:00 EDT (14:00Z) + 1 working day = Monday 10:00 EST (15:00Z).
        var friday = Local(10, 30, 10);
        friday.UtcDateTime.Hour.ShouldBe(14);
        NewYork.AddWorkingDays(friday, 1).ShouldBe(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void subtracting_working_days_skips_weekends_and_holidays_too()
    {
        NewYork.SubtractWorkingDays(Local(11, 30, 9), 1).ShouldBe(Local(11, 27, 9));
        NewYork.SubtractWorkingDays(Local(11, 27, 9), 1).ShouldBe(Local(11, 25, 9));
    }

    [Fact]
    public void the_weekend_is_configurable()
    {
        var sundayOnly = WorkingCalendar.For("Asia/Shanghai", weekend: [DayOfWeek.Sunday]);
        sundayOnly.IsWorkingDay(new DateOnly(2026, 11, 7)).ShouldBeTrue();
        sundayOnly.IsWorkingDay(new DateOnly(2026, 11, 8)).ShouldBeFalse();
    }

    [Fact]
    public void a_day_is_the_store_local_day_not_the_utc_day()
    {
        // 02:00 UTC on Saturday is still Friday evening in New York.
        NewYork.LocalDay(new DateTimeOffset(2026, 11, 7, 2, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 11, 6));
    }

    [Fact]
    public void working_days_between_counts_the_days_after_the_start()
    {
        NewYork.WorkingDaysBetween(Local(11, 6, 10), Local(11, 11, 10)).ShouldBe(3);
        NewYork.WorkingDaysBetween(Local(11, 25, 10), Local(11, 27, 10)).ShouldBe(1);
    }

    [Fact]
    public void a_week_without_working_days_is_refused()
    {
        Should.Throw<ArgumentException>(() => new WorkingCalendar(TimeZoneInfo.Utc, Enum.GetValues<DayOfWeek>()));
    }
}
