using Ops.Shared.Calendar;
using Wolverine;

namespace Shared.Tests;

public sealed class DeadlineTests
{
    private static readonly WorkingCalendar NewYork = WorkingCalendar.For("America/New_York", holidays: [new DateOnly(2026, 11, 26)]);

    private sealed record Warning(Guid Id);
    private sealed record Breach(Guid Id);

    [Fact]
    public void a_working_day_deadline_warns_one_working_day_before_it_is_due()
    {
        // Received Wednesday 25th 10:00; 3 working days: Fri 27, Mon 30, Tue 1 Dec. Warning on Monday 30th.
        var start = NewYork.AtLocal(new DateOnly(2026, 11, 25), new TimeOnly(10, 0));
        var deadline = Deadline.InWorkingDays(NewYork, start, workingDays: 3, warnWorkingDaysBefore: 1);

        deadline.DueAt.ShouldBe(NewYork.AtLocal(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)));
        deadline.WarnAt.ShouldBe(NewYork.AtLocal(new DateOnly(2026, 11, 30), new TimeOnly(10, 0)));
    }

    [Fact]
    public void a_deadline_is_breached_from_its_due_time_on()
    {
        var deadline = Deadline.In(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5));

        deadline.WarnAt.ShouldBe(new DateTimeOffset(2026, 11, 2, 9, 25, 0, TimeSpan.Zero));
        deadline.IsBreachedAt(deadline.DueAt.AddTicks(-1)).ShouldBeFalse();
        deadline.IsBreachedAt(deadline.DueAt).ShouldBeTrue();
    }

    [Fact]
    public void scheduling_adds_the_warning_and_the_breach_at_their_times()
    {
        var id = Guid.NewGuid();
        var deadline = Deadline.At(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1));
        var messages = new OutgoingMessages();

        deadline.Schedule(messages, new Warning(id), new Breach(id));

        messages.Count.ShouldBe(2);
        var warning = messages.OfType<ScheduledMessage<Warning>>().Single();
        warning.Message.Id.ShouldBe(id);
        warning.Options.ScheduledTime.ShouldBe(deadline.WarnAt);
        messages.OfType<ScheduledMessage<Breach>>().Single().Options.ScheduledTime.ShouldBe(deadline.DueAt);

    }
}
