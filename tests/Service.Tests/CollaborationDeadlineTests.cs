using Ops.Service;
using Ops.Service.Collaboration;
using Ops.Service.Inquiries;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// Communication timeliness: a request's first response (the manager's approval or decline) is due within
/// <c>collaborationResponseHours</c> (24) of the store's business hours, warned at <c>inquiryWarnAtPercent</c> (80 %).
/// </summary>
public sealed class CollaborationDeadlineTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_request_raised_at_five_on_a_friday_is_due_at_two_on_the_wednesday_after_the_weekend()
    {
        App.Clock.SetUtcNow(NewYork(8, 17, 0)); // Friday

        var (request, timers) = await App.Raise(NewRequest(expected: new DateOnly(2030, 11, 15)));

        (request.ResponseDeadline.WithinHours, request.ResponseDeadline.WarnAt, request.ResponseDeadline.DueAt).ShouldBe(
            (24, NewYork(13, 9, 12), NewYork(13, 14, 0)));
        (request.TimeZone, request.DeadlineState, request.UrgencyRank).ShouldBe(("America/New_York", ResponseDeadlineState.Running, 2));
        timers.Scheduled.SingleEnvelope<WarnCollaborationResponse>().ScheduledTime.ShouldBe(NewYork(13, 9, 12));
        timers.Scheduled.SingleEnvelope<BreachCollaborationResponse>().ScheduledTime.ShouldBe(NewYork(13, 14, 0));
    }

    [Fact]
    public async Task the_response_hours_are_a_setting()
    {
        await App.ChangeSettings(new ServiceSettings { CollaborationResponseHours = 4, InquiryWarnAtPercent = 50 });

        var (request, _) = await App.Raise();

        (request.ResponseDeadline.WarnAt, request.ResponseDeadline.DueAt).ShouldBe((NewYork(4, 11, 0), NewYork(4, 13, 0)));
    }

    [Fact]
    public async Task the_timers_warn_and_then_breach_an_unanswered_request_and_a_late_approval_is_not_in_time()
    {
        var (request, timers) = await App.Raise(); // Monday 09:00: warned Wednesday 10:12, due 15:00

        await App.Play(timers.Scheduled.SingleEnvelope<WarnCollaborationResponse>());
        var warned = await App.RequestDetails(request.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachCollaborationResponse>());
        var breached = await App.RequestDetails(request.Id);
        App.Clock.SetUtcNow(NewYork(7, 10, 0));
        var approved = await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();

        (warned.ResponseDeadline.State, warned.ResponseDeadline.WarnedAt, warned.UrgencyRank).ShouldBe((ResponseDeadlineState.Warned, NewYork(6, 10, 12), 1));
        (breached.ResponseDeadline.State, breached.ResponseDeadline.BreachedAt, breached.UrgencyRank).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(6, 15, 0), 0));
        (approved.ResponseDeadline.State, approved.ResponseDeadline.BreachedAt, approved.Response!.InTime, approved.Response.BusinessHours).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(6, 15, 0), false, 28m));
        (await App.RequestHistory(request.Id)).Skip(1).Take(2).Select(h => (h.Type, h.Actor, h.By.Name)).ShouldBe([
            ("collaboration_response_warned", DeadlineMessages.Actor, "system: collaboration response timer"),
            ("collaboration_response_breached", DeadlineMessages.Actor, "system: collaboration response timer"),
        ]);
    }

    [Fact]
    public async Task an_answer_in_time_stops_the_clock_and_the_timers_that_follow_change_nothing()
    {
        var (request, timers) = await App.Raise();
        App.Clock.SetUtcNow(NewYork(6, 14, 59));

        var declined = await App.Collaboration(request.Id, "decline", new { reason = "Not ours." }, Ops.Shared.Role.OpsManager)
            .Ok<CollaborationRequestDetails>();
        foreach (var timer in timers.Scheduled.Envelopes()) await App.Play(timer);

        (declined.ResponseDeadline.State, declined.ResponseDeadline.MetAt, declined.Response!.InTime, declined.Response.BusinessHours).ShouldBe(
            (ResponseDeadlineState.Met, NewYork(6, 14, 59), true, 23.98m));
        (await App.RequestDetails(request.Id)).ShouldBeEquivalentTo(declined);
    }

    [Fact]
    public async Task an_approval_late_before_its_timer_fires_is_not_in_time()
    {
        var (request, timers) = await App.Raise();
        App.Clock.SetUtcNow(NewYork(6, 15, 0));

        var approved = await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachCollaborationResponse>());

        (approved.Response!.InTime, approved.ResponseDeadline.State, approved.ResponseDeadline.BreachedAt).ShouldBe(
            (false, ResponseDeadlineState.Breached, NewYork(6, 15, 0)));
        (await App.RequestDetails(request.Id)).Version.ShouldBe(approved.Version);
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_request_is_breached()
    {
        var (request, timers) = await App.Raise();
        App.Clock.SetUtcNow(NewYork(7, 9, 0)); // the host was down while both fell due

        await App.Fire(timers.Scheduled.SingleEnvelope<BreachCollaborationResponse>());
        await App.Fire(timers.Scheduled.SingleEnvelope<WarnCollaborationResponse>());

        var details = await App.RequestDetails(request.Id);
        (details.ResponseDeadline.State, details.ResponseDeadline.BreachedAt, details.DeadlineState).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(7, 9, 0), ResponseDeadlineState.Breached));
        (await App.RequestHistory(request.Id)).Count.ShouldBe(2); // raised, breached: the late warning changes nothing
    }
}
