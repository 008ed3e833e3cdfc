using Ops.Service;
using Ops.Service.Inquiries;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// An inquiry's first response is due within <c>inquiryResponseMinutes</c> (60) of the store's business hours, warned at
/// 80 %; an Amazon buyer message is also due within Amazon's 24 hours of calendar time (service.md, ADR 0026).
/// </summary>
public sealed class InquiryDeadlineTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task an_inquiry_at_ten_to_six_on_a_friday_is_due_at_ten_to_ten_on_monday_and_warned_at_nine_thirty_eight()
    {
        App.Clock.SetUtcNow(NewYork(8, 17, 50)); // Friday

        var (inquiry, timers) = await App.Receive(NewInquiry(InquiryChannel.Email));

        (inquiry.OurDeadline.WarnAt, inquiry.OurDeadline.DueAt).ShouldBe((NewYork(11, 9, 38), NewYork(11, 9, 50)));
        (inquiry.TimeZone, inquiry.OurDeadline.WithinMinutes, inquiry.OurDeadline.State).ShouldBe(("America/New_York", 60, ResponseDeadlineState.Running));
        timers.Scheduled.SingleEnvelope<WarnInquiryResponse>().ScheduledTime.ShouldBe(NewYork(11, 9, 38));
        timers.Scheduled.SingleEnvelope<BreachInquiryResponse>().ScheduledTime.ShouldBe(NewYork(11, 9, 50));
        inquiry.AmazonDeadline.ShouldBeNull(); // an e-mail runs no Amazon clock
        timers.Scheduled.MessagesOf<BreachAmazonResponse>().ShouldBeEmpty();
    }

    [Fact]
    public async Task a_store_holiday_does_not_count()
    {
        await App.StoreCalendar(holidays: [new DateOnly(2030, 11, 11)]); // Veterans Day, a Monday
        App.Clock.SetUtcNow(NewYork(8, 17, 50));

        var (inquiry, timers) = await App.Receive(NewInquiry(InquiryChannel.Email));

        (inquiry.OurDeadline.WarnAt, inquiry.OurDeadline.DueAt).ShouldBe((NewYork(12, 9, 38), NewYork(12, 9, 50))); // Tuesday
        timers.Scheduled.SingleEnvelope<BreachInquiryResponse>().ScheduledTime.ShouldBe(NewYork(12, 9, 50));
    }

    [Fact]
    public async Task the_stores_own_business_hours_are_counted()
    {
        await App.StoreCalendar(opensAt: new TimeOnly(8, 0), closesAt: new TimeOnly(17, 0));
        App.Clock.SetUtcNow(NewYork(8, 16, 50));

        var (inquiry, _) = await App.Receive(NewInquiry(InquiryChannel.Chat));

        inquiry.OurDeadline.DueAt.ShouldBe(NewYork(11, 8, 50));
    }

    [Fact]
    public async Task amazons_clock_is_24_hours_of_calendar_time_even_over_a_weekend()
    {
        App.Clock.SetUtcNow(NewYork(8, 17, 50));

        var (inquiry, timers) = await App.Receive();

        var amazon = inquiry.AmazonDeadline.ShouldNotBeNull();
        (amazon.WithinMinutes, amazon.WarnAt, amazon.DueAt).ShouldBe((24 * 60, NewYork(9, 13, 2), NewYork(9, 17, 50))); // Saturday
        timers.Scheduled.SingleEnvelope<WarnAmazonResponse>().ScheduledTime.ShouldBe(NewYork(9, 13, 2));
        timers.Scheduled.SingleEnvelope<BreachAmazonResponse>().ScheduledTime.ShouldBe(NewYork(9, 17, 50));
        inquiry.OurDeadline.DueAt.ShouldBe(NewYork(11, 9, 50));
        inquiry.FirstDueAt.ShouldBe(NewYork(9, 17, 50)); // Amazon's comes first
    }

    [Fact]
    public async Task the_clocks_start_when_the_message_arrived_not_when_it_was_recorded()
    {
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var (inquiry, _) = await App.Receive(NewInquiry(receivedAt: NewYork(4, 9, 30)));

        (inquiry.ReceivedAt, inquiry.OurDeadline.DueAt, inquiry.AmazonDeadline!.DueAt).ShouldBe((NewYork(4, 9, 30), NewYork(4, 10, 30), NewYork(5, 9, 30)));
        inquiry.RecordedAt.ShouldBe(NewYork(4, 10, 0));
    }

    [Fact]
    public async Task the_response_minutes_and_the_warning_share_are_settings()
    {
        await App.ChangeSettings(new ServiceSettings { InquiryResponseMinutes = 120, InquiryWarnAtPercent = 50, AmazonResponseHours = 12 });

        var (inquiry, _) = await App.Receive(NewInquiry(receivedAt: NewYork(4, 9, 0)));

        (inquiry.OurDeadline.WarnAt, inquiry.OurDeadline.DueAt).ShouldBe((NewYork(4, 10, 0), NewYork(4, 11, 0)));
        (inquiry.AmazonDeadline!.WarnAt, inquiry.AmazonDeadline.DueAt).ShouldBe((NewYork(4, 15, 0), NewYork(4, 21, 0)));
    }

    [Fact]
    public async Task the_timers_warn_and_then_breach_each_clock_as_the_clock()
    {
        var (inquiry, timers) = await App.Receive(); // Monday 09:00

        await App.Play(timers.Scheduled.SingleEnvelope<WarnInquiryResponse>());
        var warned = await App.Details(inquiry.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        var breached = await App.Details(inquiry.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<WarnAmazonResponse>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachAmazonResponse>());
        var both = await App.Details(inquiry.Id);

        (warned.OurDeadline.State, warned.OurDeadline.WarnedAt, warned.DeadlineState).ShouldBe(
            (ResponseDeadlineState.Warned, NewYork(4, 9, 48), ResponseDeadlineState.Warned));
        (breached.OurDeadline.State, breached.OurDeadline.BreachedAt, breached.DeadlineState, breached.AmazonDeadline!.State).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(4, 10, 0), ResponseDeadlineState.Breached, ResponseDeadlineState.Running));
        (both.AmazonDeadline!.State, both.AmazonDeadline.WarnedAt, both.AmazonDeadline.BreachedAt).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(5, 4, 12), NewYork(5, 9, 0)));
        both.Status.ShouldBe(InquiryStatus.Open);
        (await App.History(inquiry.Id)).Select(h => (h.Type, h.Actor)).ShouldBe([
            ("inquiry_received", "service@demo.ops"),
            ("inquiry_response_warned", DeadlineMessages.Actor), ("inquiry_response_breached", DeadlineMessages.Actor),
            ("inquiry_response_warned", DeadlineMessages.Actor), ("inquiry_response_breached", DeadlineMessages.Actor),
        ]);
        (await App.History(inquiry.Id)).Skip(1).Select(h => h.By.Name).ShouldBe([
            "system: first-response timer", "system: first-response timer", "system: Amazon reply timer", "system: Amazon reply timer",
        ]);
    }

    [Fact]
    public async Task a_response_before_the_deadline_is_on_time_and_the_timers_that_follow_change_nothing()
    {
        var (inquiry, timers) = await App.Receive(); // Monday 09:00
        App.Clock.SetUtcNow(NewYork(4, 9, 45));

        var responded = await App.Respond(inquiry.Id).Ok<InquiryDetails>();
        foreach (var timer in timers.Scheduled.Envelopes()) await App.Play(timer);
        var after = await App.Details(inquiry.Id);

        responded.Status.ShouldBe(InquiryStatus.Responded);
        responded.Responses.ShouldBe([
            new InquiryResponse(1, "Your parcel is with the carrier; it arrives tomorrow.", null, StoppedClocks: true, "service@demo.ops", NewYork(4, 9, 45))
            {
                Timing = new ResponseTiming(NewYork(4, 9, 0), OnOurTime: true, OnAmazonTime: true),
            },
        ]);
        (responded.OurDeadline.State, responded.OurDeadline.RespondedInTime).ShouldBe((ResponseDeadlineState.Met, true));
        (responded.AmazonDeadline!.State, responded.AmazonDeadline.RespondedInTime).ShouldBe((ResponseDeadlineState.Met, true));
        responded.DeadlineState.ShouldBe(ResponseDeadlineState.Met);
        after.ShouldBeEquivalentTo(responded);
    }

    [Fact]
    public async Task a_late_response_is_recorded_late_on_the_clock_it_missed_even_before_its_timer_fires()
    {
        App.Clock.SetUtcNow(NewYork(4, 18, 0));
        var (inquiry, timers) = await App.Receive(NewInquiry(receivedAt: NewYork(4, 17, 50))); // Monday 17:50: ours Tuesday 09:50
        App.Clock.SetUtcNow(NewYork(5, 10, 0));

        var responded = await App.Respond(inquiry.Id).Ok<InquiryDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());

        (responded.OurDeadline.State, responded.OurDeadline.RespondedInTime, responded.OurDeadline.BreachedAt).ShouldBe(
            (ResponseDeadlineState.Breached, false, NewYork(5, 10, 0)));
        (responded.AmazonDeadline!.State, responded.AmazonDeadline.RespondedInTime).ShouldBe((ResponseDeadlineState.Met, true));
        responded.DeadlineState.ShouldBe(ResponseDeadlineState.Breached);
        (await App.Details(inquiry.Id)).Version.ShouldBe(responded.Version);
        (await App.History(inquiry.Id)).Last().Data.ToString()!.ShouldContain("\"withinOurDeadline\":false");
    }

    [Fact]
    public async Task a_response_after_the_breach_keeps_when_it_was_breached()
    {
        var (inquiry, timers) = await App.Receive(NewInquiry(InquiryChannel.Phone));
        await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        App.Clock.SetUtcNow(NewYork(4, 11, 0));

        var responded = await App.Respond(inquiry.Id).Ok<InquiryDetails>();

        (responded.OurDeadline.State, responded.OurDeadline.BreachedAt, responded.OurDeadline.RespondedInTime).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(4, 10, 0), false));
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_inquiry_is_breached()
    {
        var (inquiry, timers) = await App.Receive(NewInquiry(InquiryChannel.Email));
        App.Clock.SetUtcNow(NewYork(4, 12, 0)); // the host was down while both fell due

        await App.Fire(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        await App.Fire(timers.Scheduled.SingleEnvelope<WarnInquiryResponse>());

        var details = await App.Details(inquiry.Id);
        (details.OurDeadline.State, details.OurDeadline.BreachedAt, details.DeadlineState).ShouldBe(
            (ResponseDeadlineState.Breached, NewYork(4, 12, 0), ResponseDeadlineState.Breached));
        (await App.History(inquiry.Id)).Count.ShouldBe(2); // received, breached: the late warning changes nothing
    }
}
