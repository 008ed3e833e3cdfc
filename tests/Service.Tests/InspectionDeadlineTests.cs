using Ops.Service.Inquiries;
using Ops.Service.Inspections;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;
using static Service.Tests.InspectionScenarios;

namespace Service.Tests;

/// <summary>
/// A finding's due date is a timer in the store's business calendar: due at closing time (18:00) on the due date, or on
/// the next working day when it is not one, warned after <c>inquiryWarnAtPercent</c> (80 %) of the business time until
/// then; overdue when its rectification is not reported by then.
/// </summary>
public sealed class InspectionDeadlineTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_finding_recorded_at_five_on_a_friday_and_due_on_tuesday_is_warned_on_tuesday_afternoon_after_the_weekend()
    {
        var inspection = await App.Plan();
        App.Clock.SetUtcNow(NewYork(8, 17, 0)); // Friday

        var (recorded, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 12));

        // 19 business hours (Friday 1, Monday 9, Tuesday 9); warned after 15.2 of them.
        var deadline = recorded.Findings.Single().Deadline;
        (deadline.WarnAt, deadline.DueAt, deadline.State).ShouldBe((NewYork(12, 14, 12), NewYork(12, 18, 0), ResponseDeadlineState.Running));
        timers.Scheduled.SingleEnvelope<WarnFindingDue>().ScheduledTime.ShouldBe(NewYork(12, 14, 12));
        timers.Scheduled.SingleEnvelope<BreachFindingDue>().ScheduledTime.ShouldBe(NewYork(12, 18, 0));
    }

    [Fact]
    public async Task a_due_date_on_a_weekend_or_a_holiday_ends_on_the_next_working_day()
    {
        await App.StoreCalendar(holidays: [new DateOnly(2030, 11, 11)]);
        var inspection = await App.Plan();
        App.Clock.SetUtcNow(NewYork(8, 10, 0)); // Friday

        var (onSaturday, _) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 9));

        // Friday 8 business hours, Monday a holiday, Tuesday 9: 17 hours, warned after 13.6.
        var deadline = onSaturday.Findings.Single().Deadline;
        (onSaturday.Findings.Single().DueDate, deadline.WarnAt, deadline.DueAt).ShouldBe(
            (new DateOnly(2030, 11, 9), NewYork(12, 14, 36), NewYork(12, 18, 0)));
    }

    [Fact]
    public async Task the_warning_share_is_the_modules_setting()
    {
        await App.ChangeSettings(new Ops.Service.ServiceSettings { InquiryWarnAtPercent = 50 });
        var inspection = await App.Plan();

        var (recorded, _) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 5)); // Monday 09:00 → Tuesday 18:00

        recorded.Findings.Single().Deadline.WarnAt.ShouldBe(NewYork(4, 18, 0)); // 9 of 18 business hours: closing time on Monday
    }

    [Fact]
    public async Task the_timers_warn_and_then_flag_an_unrectified_finding_overdue_and_a_late_report_is_not_in_time()
    {
        var inspection = await App.Plan();
        var (_, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 8)); // Monday 09:00: 45 hours, warned Thursday 18:00

        await App.Play(timers.Scheduled.SingleEnvelope<WarnFindingDue>());
        var warned = await App.InspectionDetails(inspection.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachFindingDue>());
        var overdue = await App.InspectionDetails(inspection.Id);
        var overdueList = await App.Inspections("?overdue=true");
        var breachedList = await App.Inspections("?deadlineState=Breached");
        var onTimeList = await App.Inspections("?overdue=false");
        App.Clock.SetUtcNow(NewYork(11, 10, 0));
        var reported = await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        var verified = await App.VerifyRectification(inspection.Id).Ok<InspectionDetails>();

        (warned.Findings.Single().Deadline.State, warned.Findings.Single().Deadline.WarnedAt, warned.DeadlineState, warned.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Warned, (DateTimeOffset?)NewYork(7, 18, 0), (ResponseDeadlineState?)ResponseDeadlineState.Warned, 1));
        (overdue.Findings.Single().Deadline.State, overdue.Findings.Single().Deadline.BreachedAt, overdue.DeadlineState, overdue.OverdueFindings,
            overdue.UrgencyRank).ShouldBe((ResponseDeadlineState.Breached, (DateTimeOffset?)NewYork(8, 18, 0),
            (ResponseDeadlineState?)ResponseDeadlineState.Breached, 1, 0));
        overdueList.Items.Select(i => i.Id).ShouldBe([inspection.Id]);
        (breachedList.TotalItems, onTimeList.TotalItems).ShouldBe((1L, 0L));
        (reported.Findings.Single().Deadline.State, reported.Findings.Single().Deadline.MetAt, reported.OverdueFindings).ShouldBe(
            (ResponseDeadlineState.Breached, (DateTimeOffset?)null, 1));
        (verified.OverdueFindings, verified.DeadlineState).ShouldBe((0, (ResponseDeadlineState?)ResponseDeadlineState.Breached));
        (await App.InspectionHistory(inspection.Id)).Where(h => h.Type.StartsWith("finding_deadline")).Select(h => (h.Type, h.Actor, h.By.Name)).ShouldBe([
            ("finding_deadline_warned", DeadlineMessages.Actor, "system: rectification timer"),
            ("finding_deadline_breached", DeadlineMessages.Actor, "system: rectification timer"),
        ]);
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_finding_is_overdue()
    {
        var inspection = await App.Plan();
        var (_, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 8));
        App.Clock.SetUtcNow(NewYork(11, 9, 0)); // the host was down over the weekend while both fell due

        await App.Fire(timers.Scheduled.SingleEnvelope<BreachFindingDue>());
        await App.Fire(timers.Scheduled.SingleEnvelope<WarnFindingDue>());

        var details = await App.InspectionDetails(inspection.Id);
        (details.Findings.Single().Deadline.State, details.Findings.Single().Deadline.BreachedAt, details.OverdueFindings).ShouldBe(
            (ResponseDeadlineState.Breached, (DateTimeOffset?)NewYork(11, 9, 0), 1));
        (await App.InspectionHistory(inspection.Id)).Select(h => h.Type).ShouldBe(
            ["inspection_planned", "inspection_started", "finding_recorded", "finding_deadline_breached"]); // the late warning changes nothing
    }

    [Fact]
    public async Task a_rectification_reported_in_time_stops_the_clock_and_the_timers_that_follow_change_nothing()
    {
        var inspection = await App.Plan();
        var (_, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 8));
        App.Clock.SetUtcNow(NewYork(8, 17, 59));

        var reported = await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        foreach (var timer in timers.Scheduled.Envelopes()) await App.Play(timer);

        (reported.Findings.Single().Deadline.State, reported.Findings.Single().Deadline.MetAt, reported.DeadlineState).ShouldBe(
            (ResponseDeadlineState.Met, (DateTimeOffset?)NewYork(8, 17, 59), (ResponseDeadlineState?)ResponseDeadlineState.Met));
        (await App.InspectionDetails(inspection.Id)).ShouldBeEquivalentTo(reported);
    }

    [Fact]
    public async Task a_rectification_rejected_before_the_due_time_runs_again_and_the_timers_then_land()
    {
        var inspection = await App.Plan();
        var (_, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 8));
        App.Clock.SetUtcNow(NewYork(5, 10, 0));
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        App.Clock.SetUtcNow(NewYork(6, 10, 0));

        var rejected = await App.RejectRectification(inspection.Id).Ok<InspectionDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<WarnFindingDue>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachFindingDue>());

        (rejected.Findings.Single().Deadline.State, rejected.OverdueFindings).ShouldBe((ResponseDeadlineState.Running, 0));
        var details = await App.InspectionDetails(inspection.Id);
        (details.Findings.Single().Deadline.WarnedAt, details.Findings.Single().Deadline.BreachedAt, details.OverdueFindings).ShouldBe(
            ((DateTimeOffset?)NewYork(7, 18, 0), (DateTimeOffset?)NewYork(8, 18, 0), 1));
    }

    [Fact]
    public async Task a_rectification_rejected_after_the_due_time_is_overdue_at_once()
    {
        var inspection = await App.Plan();
        var (_, timers) = await App.RecordFindingTracked(inspection.Id, new DateOnly(2030, 11, 8));
        App.Clock.SetUtcNow(NewYork(8, 10, 0));
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachFindingDue>()); // reported in time: nothing to flag
        App.Clock.SetUtcNow(NewYork(11, 10, 0));

        var rejected = await App.RejectRectification(inspection.Id).Ok<InspectionDetails>();

        var deadline = rejected.Findings.Single().Deadline;
        (deadline.State, deadline.BreachedAt, deadline.MetAt, rejected.OverdueFindings, rejected.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Breached, (DateTimeOffset?)NewYork(11, 10, 0), (DateTimeOffset?)null, 1, 0));
        var late = await App.ReportRectification(inspection.Id, text: "Second carrier booked.").Ok<InspectionDetails>();
        late.Findings.Single().Deadline.State.ShouldBe(ResponseDeadlineState.Breached);
    }
}
