using Ops.Logistics.Contracts;
using Ops.Service.Customers;
using Ops.Service.Inquiries;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;
using static Service.Tests.ReturnScenarios;

namespace Service.Tests;

/// <summary>
/// A shipment exception logistics raises (<c>ShipmentExceptionRaised</c>) opens an inquiry to inform the customer: ours to
/// write first, topic Shipping, linked to the order, on our business-hours clock only.
/// </summary>
public sealed class ProactiveInquiryTests(ServiceApp app) : ServiceTest(app)
{
    private static readonly Guid ExceptionId = Guid.Parse("0193a000-0000-7000-8000-00000000e001");

    private static ShipmentExceptionRaised Raised(DateTimeOffset detectedAt, Guid? exceptionId = null) =>
        new(exceptionId ?? ExceptionId, OrderId, DemoStoreId, "US", OrderNumber, ShipmentExceptionKind.Delay, "Held at the carrier's hub by weather.",
            "UPS", "1Z999", detectedAt, detectedAt.AddHours(4));

    [Fact]
    public async Task a_shipment_exception_opens_a_proactive_shipping_inquiry_on_our_clock_only()
    {
        App.Clock.SetUtcNow(NewYork(8, 17, 30)); // Friday

        var messages = await App.Deliver(Raised(NewYork(8, 17, 30)));

        var inquiry = (await App.Inbox()).Items.ShouldHaveSingleItem();
        inquiry.ShouldSatisfyAllConditions(
            i => (i.Status, i.Message.Topic, i.Message.OrderNumber, i.ShipmentExceptionId).ShouldBe(
                (InquiryStatus.Open, InquiryTopic.Shipping, OrderNumber, ExceptionId)),
            i => i.Message.Subject.ShouldBe($"Your order {OrderNumber} is delayed"),
            i => i.Message.Body.ShouldStartWith("Held at the carrier's hub by weather."),
            i => i.ReceivedAt.ShouldBe(NewYork(8, 17, 30)),
            // 30 minutes on Friday, 30 more from Monday's opening at 09:00.
            i => i.OurDeadline.DueAt.ShouldBe(NewYork(11, 9, 30)),
            i => i.AmazonDeadline.ShouldBeNull());
        messages.Scheduled.SingleEnvelope<BreachInquiryResponse>().ScheduledTime.ShouldBe(NewYork(11, 9, 30));
        messages.Scheduled.MessagesOf<BreachAmazonResponse>().ShouldBeEmpty();
        messages.Scheduled.MessagesOf<WarnAmazonResponse>().ShouldBeEmpty();
    }

    [Fact]
    public async Task a_redelivered_exception_opens_nothing_new_and_another_exception_opens_another_inquiry()
    {
        await App.Deliver(Raised(NewYork(4, 10, 0)));
        var first = (await App.Inbox()).Items.ShouldHaveSingleItem();

        var again = await App.Deliver(Raised(NewYork(4, 10, 0)));
        again.Scheduled.MessagesOf<BreachInquiryResponse>().ShouldBeEmpty();
        (await App.Inbox()).Items.ShouldHaveSingleItem().ShouldBeEquivalentTo(first);

        await App.Deliver(Raised(NewYork(4, 10, 0), Guid.Parse("0193a000-0000-7000-8000-00000000e002")));
        (await App.Inbox()).TotalItems.ShouldBe(2);
    }

    [Fact]
    public async Task the_proactive_inquiry_shows_on_the_orders_timeline()
    {
        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Raised(NewYork(4, 10, 0)));

        var timeline = await App.Timeline();

        timeline.Inquiries.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            i => i.Proactive.ShouldBeTrue(), i => i.Topic.ShouldBe(InquiryTopic.Shipping));
        timeline.Entries.Select(e => e.Kind).ShouldBe([TimelineEntryKind.Shipped, TimelineEntryKind.InquiryReceived]);
    }
}
