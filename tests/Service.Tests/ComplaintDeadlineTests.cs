using Ops.Service;
using Ops.Service.Complaints;
using Ops.Service.Inquiries;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// A complaint's two clocks in the store's business hours (09:00–18:00, weekdays): escalation within
/// <c>complaintEscalationHours</c> (2) and resolution within <c>complaintResolutionHours</c> (48), each warned at
/// <c>inquiryWarnAtPercent</c> (80 %) and breached when due; handled in time = resolved before the resolution deadline.
/// </summary>
public sealed class ComplaintDeadlineTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_complaint_at_five_on_a_friday_is_to_be_escalated_by_ten_on_monday_and_resolved_by_eleven_the_monday_after()
    {
        App.Clock.SetUtcNow(NewYork(8, 17, 0)); // Friday

        var (complaint, timers) = await App.Register();

        (complaint.EscalationDeadline.WarnAt, complaint.EscalationDeadline.DueAt, complaint.EscalationDeadline.WithinHours).ShouldBe(
            (NewYork(11, 9, 36), NewYork(11, 10, 0), 2));
        (complaint.ResolutionDeadline.WarnAt, complaint.ResolutionDeadline.DueAt, complaint.ResolutionDeadline.WithinHours).ShouldBe(
            (NewYork(15, 10, 24), NewYork(18, 11, 0), 48));
        (complaint.TimeZone, complaint.DeadlineState, complaint.FirstDueAt).ShouldBe(("America/New_York", ResponseDeadlineState.Running, NewYork(11, 10, 0)));
        timers.Scheduled.SingleEnvelope<WarnComplaintEscalation>().ScheduledTime.ShouldBe(NewYork(11, 9, 36));
        timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>().ScheduledTime.ShouldBe(NewYork(11, 10, 0));
        timers.Scheduled.SingleEnvelope<WarnComplaintResolution>().ScheduledTime.ShouldBe(NewYork(15, 10, 24));
        timers.Scheduled.SingleEnvelope<BreachComplaintResolution>().ScheduledTime.ShouldBe(NewYork(18, 11, 0));
    }

    [Fact]
    public async Task a_store_holiday_does_not_count()
    {
        await App.StoreCalendar(holidays: [new DateOnly(2030, 11, 11)]); // Veterans Day, a Monday
        App.Clock.SetUtcNow(NewYork(8, 17, 0));

        var (complaint, timers) = await App.Register();

        (complaint.EscalationDeadline.WarnAt, complaint.EscalationDeadline.DueAt).ShouldBe((NewYork(12, 9, 36), NewYork(12, 10, 0))); // Tuesday
        complaint.ResolutionDeadline.DueAt.ShouldBe(NewYork(19, 11, 0));
        timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>().ScheduledTime.ShouldBe(NewYork(12, 10, 0));
    }

    [Fact]
    public async Task the_clocks_start_when_the_complaint_arrived_and_their_hours_are_settings()
    {
        await App.ChangeSettings(new ServiceSettings { ComplaintEscalationHours = 4, ComplaintResolutionHours = 9, InquiryWarnAtPercent = 50 });
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var (complaint, _) = await App.Register(NewComplaint(receivedAt: NewYork(4, 9, 0)));

        (complaint.EscalationDeadline.WarnAt, complaint.EscalationDeadline.DueAt).ShouldBe((NewYork(4, 11, 0), NewYork(4, 13, 0)));
        (complaint.ResolutionDeadline.WarnAt, complaint.ResolutionDeadline.DueAt).ShouldBe((NewYork(4, 13, 30), NewYork(4, 18, 0)));
        (complaint.ReceivedAt, complaint.RegisteredAt).ShouldBe((NewYork(4, 9, 0), NewYork(4, 10, 0)));
    }

    [Fact]
    public async Task the_timers_warn_and_then_breach_each_clock_as_the_clock()
    {
        var (complaint, timers) = await App.Register(); // Monday 09:00

        await App.Play(timers.Scheduled.SingleEnvelope<WarnComplaintEscalation>());
        var warned = await App.ComplaintDetails(complaint.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>());
        var breached = await App.ComplaintDetails(complaint.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<WarnComplaintResolution>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachComplaintResolution>());
        var both = await App.ComplaintDetails(complaint.Id);

        (warned.EscalationDeadline.State, warned.EscalationDeadline.WarnedAt, warned.DeadlineState).ShouldBe(
            (ResponseDeadlineState.Warned, NewYork(4, 10, 36), ResponseDeadlineState.Warned));
        (breached.EscalationDeadline.State, breached.EscalationDeadline.BreachedAt, breached.DeadlineState, breached.ResolutionDeadline.State).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(4, 11, 0), ResponseDeadlineState.Breached, ResponseDeadlineState.Running));
        (both.ResolutionDeadline.State, both.ResolutionDeadline.WarnedAt, both.ResolutionDeadline.BreachedAt).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(8, 11, 24), NewYork(11, 12, 0)));
        both.Status.ShouldBe(ComplaintStatus.Registered);
        (await App.ComplaintHistory(complaint.Id)).Skip(1).Select(h => (h.Type, h.Actor, h.By.Name)).ShouldBe([
            ("complaint_deadline_warned", DeadlineMessages.Actor, "system: complaint escalation timer"),
            ("complaint_deadline_breached", DeadlineMessages.Actor, "system: complaint escalation timer"),
            ("complaint_deadline_warned", DeadlineMessages.Actor, "system: complaint resolution timer"),
            ("complaint_deadline_breached", DeadlineMessages.Actor, "system: complaint resolution timer"),
        ]);
    }

    [Fact]
    public async Task an_escalation_in_time_stops_its_clock_and_its_timers_change_nothing()
    {
        var (complaint, timers) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(4, 10, 50));

        var escalated = await App.Escalate(complaint.Id).Ok<ComplaintDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<WarnComplaintEscalation>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>());

        (escalated.EscalationDeadline.State, escalated.EscalationDeadline.MetAt, escalated.Escalations.Single().InTime).ShouldBe(
            (ResponseDeadlineState.Met, NewYork(4, 10, 50), true));
        (escalated.DeadlineState, escalated.FirstDueAt).ShouldBe((ResponseDeadlineState.Running, NewYork(11, 12, 0)));
        (await App.ComplaintDetails(complaint.Id)).Version.ShouldBe(escalated.Version);
    }

    [Fact]
    public async Task a_late_escalation_is_recorded_late_even_before_its_timer_fires()
    {
        var (complaint, timers) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(4, 11, 0));

        var escalated = await App.Escalate(complaint.Id).Ok<ComplaintDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>());

        (escalated.EscalationDeadline.State, escalated.EscalationDeadline.BreachedAt, escalated.Escalations.Single().InTime).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(4, 11, 0), false));
        (await App.ComplaintDetails(complaint.Id)).Version.ShouldBe(escalated.Version);
    }

    [Fact]
    public async Task a_complaint_resolved_before_its_deadline_is_handled_in_time_and_needed_no_escalation()
    {
        var (complaint, timers) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var resolved = await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
        foreach (var timer in timers.Scheduled.Envelopes()) await App.Play(timer);

        (resolved.HandledInTime, resolved.ResolutionDeadline.State, resolved.ResolutionDeadline.MetAt).ShouldBe(
            (true, ResponseDeadlineState.Met, NewYork(4, 10, 0)));
        (resolved.EscalationDeadline.State, resolved.DeadlineState, resolved.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Met, ResponseDeadlineState.Met, 3));
        (await App.ComplaintDetails(complaint.Id)).ShouldBeEquivalentTo(resolved);
    }

    [Fact]
    public async Task a_complaint_resolved_after_its_deadline_is_not_handled_in_time()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(11, 12, 0)); // the resolution deadline, to the minute

        var resolved = await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();

        (resolved.HandledInTime, resolved.ResolutionDeadline.State, resolved.ResolutionDeadline.BreachedAt, resolved.DeadlineState).ShouldBe(
            (false, ResponseDeadlineState.Breached, NewYork(11, 12, 0), ResponseDeadlineState.Breached));
        resolved.Resolutions.Single().InTime.ShouldBeFalse();
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_complaint_is_breached()
    {
        var (complaint, timers) = await App.Register();
        App.Clock.SetUtcNow(NewYork(11, 13, 0)); // the host was down while all four fell due

        await App.Fire(timers.Scheduled.SingleEnvelope<BreachComplaintResolution>());
        await App.Fire(timers.Scheduled.SingleEnvelope<WarnComplaintResolution>());
        await App.Fire(timers.Scheduled.SingleEnvelope<WarnComplaintEscalation>());
        await App.Fire(timers.Scheduled.SingleEnvelope<BreachComplaintEscalation>());

        var details = await App.ComplaintDetails(complaint.Id);
        (details.ResolutionDeadline.State, details.ResolutionDeadline.BreachedAt, details.ResolutionDeadline.WarnedAt).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(11, 13, 0), (DateTimeOffset?)null));
        (details.EscalationDeadline.State, details.DeadlineState, details.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Breached, ResponseDeadlineState.Breached, 0));
        // registered, resolution breached, escalation warned, escalation breached: the late resolution warning changes nothing
        (await App.ComplaintHistory(complaint.Id)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task a_complaint_reopened_before_its_deadline_runs_again_and_its_breach_timer_still_lands()
    {
        var (complaint, timers) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(8, 12, 0)); // past the warning share (Friday 11:24), before the deadline

        var reopened = await App.Complaint(complaint.Id, "reopen", new { reason = "Still flickers." }).Ok<ComplaintDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachComplaintResolution>());
        var breached = await App.ComplaintDetails(complaint.Id);

        (reopened.ResolutionDeadline.State, reopened.ResolutionDeadline.WarnedAt, reopened.DeadlineState, reopened.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Warned, NewYork(8, 12, 0), ResponseDeadlineState.Warned, 1));
        (breached.ResolutionDeadline.State, breached.ResolutionDeadline.BreachedAt).ShouldBe((ResponseDeadlineState.Breached, NewYork(11, 12, 0)));
        (await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>()).HandledInTime.ShouldBe(false);
    }

    [Fact]
    public async Task a_complaint_reopened_after_its_deadline_is_breached_at_once()
    {
        var resolved = await App.ResolvedComplaint();
        App.Clock.SetUtcNow(NewYork(12, 9, 0));

        var reopened = await App.Complaint(resolved.Id, "reopen", new { reason = "Broke again." }).Ok<ComplaintDetails>();

        (reopened.ResolutionDeadline.State, reopened.ResolutionDeadline.BreachedAt, reopened.DeadlineState, reopened.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(12, 9, 0), ResponseDeadlineState.Breached, 0));
    }
}
