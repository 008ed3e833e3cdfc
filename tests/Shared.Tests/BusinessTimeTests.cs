using Ops.Shared.Calendar;

namespace Shared.Tests;

/// <summary>
/// Issue 15: first-response deadlines count the store's business hours (09:00–18:00 unless the store says otherwise),
/// skip weekends and holidays, and are counted on the store's wall clock. Every expected instant is worked out by hand.
/// </summary>
public sealed class BusinessTimeTests
{
    // The demo store's zone. 2026-09-07 is Labor Day (a Monday); 2026-11-26 Thanksgiving (a Thursday). 2026-11-06 is a Friday.
    private static readonly WorkingCalendar NewYork = WorkingCalendar.For("America/New_York",
        holidays: [new DateOnly(2026, 9, 7), new DateOnly(2026, 11, 26)]);

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        NewYork.AtLocal(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void an_inquiry_at_ten_to_six_on_a_friday_with_an_hour_is_due_at_ten_to_ten_on_monday()
    {
        NewYork.AddBusinessTime(Local(11, 6, 17, 50), Hour).ShouldBe(Local(11, 9, 9, 50));
    }

    [Fact]
    public void a_holiday_on_the_monday_moves_it_to_tuesday()
    {
        // Friday 4 September 17:50; Monday 7 is Labor Day.
        NewYork.AddBusinessTime(Local(9, 4, 17, 50), Hour).ShouldBe(Local(9, 8, 9, 50));
    }

    [Fact]
    public void a_start_before_opening_counts_from_the_opening()
    {
        NewYork.AddBusinessTime(Local(11, 10, 7, 0), Hour).ShouldBe(Local(11, 10, 10, 0));
    }

    [Fact]
    public void a_start_after_closing_counts_from_the_next_opening()
    {
        NewYork.AddBusinessTime(Local(11, 10, 20, 0), Hour).ShouldBe(Local(11, 11, 10, 0));
    }

    [Fact]
    public void a_start_on_the_weekend_counts_from_monday_morning()
    {
        NewYork.AddBusinessTime(Local(11, 7, 10, 0), Hour).ShouldBe(Local(11, 9, 10, 0));
        NewYork.AddBusinessTime(Local(11, 8, 23, 30), Hour).ShouldBe(Local(11, 9, 10, 0));
    }

    [Fact]
    public void a_start_exactly_at_closing_counts_from_the_next_opening()
    {
        NewYork.AddBusinessTime(Local(11, 6, 18, 0), Hour).ShouldBe(Local(11, 9, 10, 0));
    }

    [Fact]
    public void a_duration_that_fills_the_day_is_due_at_closing_not_at_the_next_opening()
    {
        NewYork.AddBusinessTime(Local(11, 6, 17, 0), Hour).ShouldBe(Local(11, 6, 18, 0));
    }

    [Fact]
    public void twenty_four_business_hours_are_two_nine_hour_days_and_six_hours()
    {
        // Monday 09:00: Monday 9 h, Tuesday 9 h, Wednesday 6 h → Wednesday 15:00.
        NewYork.AddBusinessTime(Local(11, 2, 9, 0), TimeSpan.FromHours(24)).ShouldBe(Local(11, 4, 15, 0));
        // Tuesday 24th 09:00: Tuesday 9 h, Wednesday 9 h, (Thanksgiving), Friday 6 h → Friday 27th 15:00.
        NewYork.AddBusinessTime(Local(11, 24, 9, 0), TimeSpan.FromHours(24)).ShouldBe(Local(11, 27, 15, 0));
    }

    [Fact]
    public void the_friday_inquiry_warns_at_80_percent_on_monday_at_nine_thirty_eight()
    {
        // 80 % of 60 minutes = 48 business minutes: 10 on Friday, 38 on Monday.
        var deadline = Deadline.InBusinessTime(NewYork, Local(11, 6, 17, 50), Hour, warnAtPercent: 80);

        deadline.WarnAt.ShouldBe(Local(11, 9, 9, 38));
        deadline.DueAt.ShouldBe(Local(11, 9, 9, 50));
        deadline.IsBreachedAt(Local(11, 9, 9, 49)).ShouldBeFalse();
        deadline.IsBreachedAt(Local(11, 9, 9, 50)).ShouldBeTrue();
    }

    [Fact]
    public void across_the_autumn_daylight_saving_change_the_wall_clock_holds_and_utc_moves_an_hour()
    {
        // DST ends Sunday 1 November 2026. Friday 30 October 17:50 EDT = 21:50Z; Monday 2 November 09:50 EST = 14:50Z.
        var friday = new DateTimeOffset(2026, 10, 30, 21, 50, 0, TimeSpan.Zero);
        friday.ShouldBe(Local(10, 30, 17, 50));

        NewYork.AddBusinessTime(friday, Hour).ShouldBe(new DateTimeOffset(2026, 11, 2, 14, 50, 0, TimeSpan.Zero));
        NewYork.BusinessTimeBetween(friday, new DateTimeOffset(2026, 11, 2, 14, 50, 0, TimeSpan.Zero)).ShouldBe(Hour);
    }

    [Fact]
    public void across_the_spring_daylight_saving_change_the_wall_clock_holds_and_utc_moves_an_hour()
    {
        // DST begins Sunday 8 March 2026. Friday 6 March 17:50 EST = 22:50Z; Monday 9 March 09:50 EDT = 13:50Z.
        var friday = new DateTimeOffset(2026, 3, 6, 22, 50, 0, TimeSpan.Zero);

        NewYork.AddBusinessTime(friday, Hour).ShouldBe(new DateTimeOffset(2026, 3, 9, 13, 50, 0, TimeSpan.Zero));
    }

    [Fact]
    public void business_time_between_counts_only_open_hours_on_working_days()
    {
        NewYork.BusinessTimeBetween(Local(11, 6, 17, 50), Local(11, 9, 9, 50)).ShouldBe(Hour);
        NewYork.BusinessTimeBetween(Local(11, 2, 9, 0), Local(11, 4, 15, 0)).ShouldBe(TimeSpan.FromHours(24));
        NewYork.BusinessTimeBetween(Local(11, 25, 17, 0), Local(11, 27, 10, 0)).ShouldBe(2 * Hour); // Thanksgiving counts nothing
        NewYork.BusinessTimeBetween(Local(11, 10, 7, 0), Local(11, 10, 8, 59)).ShouldBe(TimeSpan.Zero);
        NewYork.BusinessTimeBetween(Local(11, 7, 9, 0), Local(11, 8, 18, 0)).ShouldBe(TimeSpan.Zero);
        NewYork.BusinessTimeBetween(Local(11, 9, 12, 0), Local(11, 9, 10, 0)).ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(48)]
    [InlineData(540)]
    [InlineData(541)]
    [InlineData(5000)]
    public void business_time_added_is_the_business_time_between(int minutes)
    {
        var start = Local(11, 20, 16, 17); // a Friday afternoon, Thanksgiving week ahead
        var due = NewYork.AddBusinessTime(start, TimeSpan.FromMinutes(minutes));

        NewYork.BusinessTimeBetween(start, due).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void the_store_hours_are_the_ones_counted()
    {
        var eightToFive = WorkingCalendar.For("America/New_York", opensAt: new TimeOnly(8, 0), closesAt: new TimeOnly(17, 0));

        // Friday 16:50 + 60 min: 10 on Friday, 50 on Monday from 08:00.
        eightToFive.AddBusinessTime(Local(11, 6, 16, 50), Hour).ShouldBe(Local(11, 9, 8, 50));
        eightToFive.BusinessTimeBetween(Local(11, 9, 0, 0), Local(11, 10, 0, 0)).ShouldBe(TimeSpan.FromHours(9));
    }

    [Fact]
    public void business_hours_must_open_before_they_close()
    {
        Should.Throw<ArgumentException>(() => WorkingCalendar.For("UTC", opensAt: new TimeOnly(18, 0), closesAt: new TimeOnly(9, 0)));
        Should.Throw<ArgumentException>(() => WorkingCalendar.For("UTC", opensAt: new TimeOnly(9, 0), closesAt: new TimeOnly(9, 0)));
    }

    [Fact]
    public void a_calendar_copy_counts_by_the_store_hours_and_by_nine_to_six_when_it_has_none()
    {
        var copy = new StoreCalendarCopy(Guid.NewGuid(), "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], DateTimeOffset.UnixEpoch);

        copy.OpensAt.ShouldBe(new TimeOnly(9, 0));
        copy.ClosesAt.ShouldBe(new TimeOnly(18, 0));
        copy.ToWorkingCalendar().AddBusinessTime(Local(11, 6, 17, 50), Hour).ShouldBe(Local(11, 9, 9, 50));

        var eightToFive = copy with { OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(17, 0) };
        eightToFive.ToWorkingCalendar().AddBusinessTime(Local(11, 6, 16, 50), Hour).ShouldBe(Local(11, 9, 8, 50));
    }
}
