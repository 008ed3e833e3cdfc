using Ops.Service.Contracts;
using Ops.Service.Inquiries;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>What other modules hear of an inquiry (service.md, "Messages"): its first response, and each deadline it breached.</summary>
public sealed class InquiryAnnouncementTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task the_first_response_is_announced_with_whether_it_was_on_time_on_each_clock()
    {
        App.Clock.SetUtcNow(NewYork(4, 18, 0));
        var (inquiry, _) = await App.Receive(NewInquiry(receivedAt: NewYork(4, 17, 50))); // ours due Tuesday 09:50, Amazon's 17:50
        App.Clock.SetUtcNow(NewYork(5, 10, 0));

        var (_, messages) = await App.Tracking(() => App.Respond(inquiry.Id).Ok<Ops.Service.Inquiries.InquiryDetails>());

        messages.SingleAnnounced<Ops.Service.Contracts.InquiryResponded>().ShouldBe(new Ops.Service.Contracts.InquiryResponded(
            inquiry.Id, DemoStoreId, "US", "OPS-LAMP", NewYork(4, 17, 50), NewYork(5, 10, 0), OnTime: false, OnAmazonTime: true));
    }

    [Fact]
    public async Task a_breached_deadline_is_announced_once_per_clock_and_a_refused_response_announces_nothing()
    {
        var (inquiry, timers) = await App.Receive();

        var warned = await App.Play(timers.Scheduled.SingleEnvelope<WarnInquiryResponse>());
        var ours = await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        var again = await App.Fire(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        var amazon = await App.Play(timers.Scheduled.SingleEnvelope<BreachAmazonResponse>());

        warned.Announced<ResponseSlaBreached>().ShouldBeEmpty();
        ours.SingleAnnounced<ResponseSlaBreached>().ShouldBe(
            new ResponseSlaBreached(inquiry.Id, DemoStoreId, "US", InquiryResponseClock.Ours, NewYork(4, 10, 0), NewYork(4, 10, 0)));
        again.Announced<ResponseSlaBreached>().ShouldBeEmpty();
        amazon.SingleAnnounced<ResponseSlaBreached>().Clock.ShouldBe(InquiryResponseClock.Amazon);
        await App.Respond(inquiry.Id).Ok<Ops.Service.Inquiries.InquiryDetails>();
        var (_, further) = await App.Tracking(() => App.Respond(inquiry.Id, "One more thing."));
        further.Announced<Ops.Service.Contracts.InquiryResponded>().ShouldBeEmpty(); // only the first response stops the clocks
        await App.Resolve(inquiry.Id).Ok<Ops.Service.Inquiries.InquiryDetails>();
        var (_, refused) = await App.Tracking(() => App.Respond(inquiry.Id));
        refused.Announced<Ops.Service.Contracts.InquiryResponded>().ShouldBeEmpty();
    }

    [Fact]
    public async Task the_breach_timer_of_an_answered_inquiry_announces_nothing()
    {
        var (inquiry, timers) = await App.Receive();
        await App.Respond(inquiry.Id).Ok<Ops.Service.Inquiries.InquiryDetails>();

        var late = await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());

        late.Announced<ResponseSlaBreached>().ShouldBeEmpty();
    }
}
