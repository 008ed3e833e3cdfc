using Ops.Logistics.Contracts;
using Ops.Service.Customers;
using Ops.Service.Inquiries;
using Ops.Service.Returns;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.InquiryScenarios;
using static Service.Tests.ReturnScenarios;

namespace Service.Tests;

/// <summary>
/// The customer's order timeline: what logistics reported (<c>OrderShipped</c>, <c>OrderDelivered</c>), the inquiries
/// about the order and its returns with their inspection.
/// </summary>
public sealed class OrderTimelineTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task the_shipment_and_delivery_logistics_reported_are_on_the_timeline_once_however_often_they_come()
    {
        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Delivered(NewYork(4, 11, 0), damaged: true));
        var timeline = await App.Timeline();
        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Delivered(NewYork(4, 11, 0), damaged: true));

        timeline.ShouldSatisfyAllConditions(
            t => (t.StoreId, t.Marketplace, t.OrderNumber).ShouldBe((DemoStoreId, "US", OrderNumber)),
            t => t.Shipments.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                s => (s.Carrier, s.TrackingNumber, s.ShippedAt, s.OnTime).ShouldBe(("UPS", "1Z999", NewYork(1, 15, 0), true)),
                s => s.Items.ShouldBe([new ShippedItem("OPS-LAMP", 2)])),
            t => t.Delivery.ShouldBe(new TimelineDelivery(NewYork(4, 11, 0), OnTime: true, Damaged: true)),
            t => t.Entries.Select(e => (e.Kind, e.At)).ShouldBe([
                (TimelineEntryKind.Shipped, NewYork(1, 15, 0)), (TimelineEntryKind.Delivered, NewYork(4, 11, 0)),
            ]));
        (await App.Timeline()).ShouldBeEquivalentTo(timeline);
    }

    [Fact]
    public async Task a_delivery_heard_before_its_shipment_starts_the_timeline_and_the_shipment_joins_it()
    {
        await App.Deliver(Delivered(NewYork(4, 11, 0)));
        (await App.Timeline()).ShouldSatisfyAllConditions(t => t.Shipments.ShouldBeEmpty(), t => t.Delivery.ShouldNotBeNull());

        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Shipped(NewYork(2, 9, 0), trackingNumber: "1Z1000")); // a second parcel

        (await App.Timeline()).Entries.Select(e => e.Kind).ShouldBe([TimelineEntryKind.Shipped, TimelineEntryKind.Shipped, TimelineEntryKind.Delivered]);
    }

    [Fact]
    public async Task the_timeline_shows_the_inquiries_about_the_order_and_its_returns_with_their_inspection_in_time_order()
    {
        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Delivered(NewYork(2, 11, 0)));
        var (inquiry, _) = await App.Receive(NewInquiry(InquiryChannel.Email, receivedAt: NewYork(4, 8, 0)) with { OrderNumber = OrderNumber });
        await App.Receive(NewInquiry() with { OrderNumber = "112-9999999-9999999" }); // another order's
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        App.Clock.SetUtcNow(NewYork(4, 9, 30));
        await App.Respond(inquiry.Id).Ok<InquiryDetails>();
        await App.ApproveReturn(requested.Id).Ok<CustomerReturnDetails>();
        App.Clock.SetUtcNow(NewYork(8, 10, 0));
        await App.Inspected(requested, NewYork(8, 9, 0), ReturnFinding.NoDefect, notes: "");

        var timeline = await App.Timeline();

        timeline.Inquiries.ShouldHaveSingleItem().ShouldBe(new TimelineInquiry(inquiry.Id, "Where is my order?", InquiryTopic.OrderStatus,
            InquiryChannel.Email, InquiryStatus.Responded, NewYork(4, 8, 0), NewYork(4, 9, 30), Proactive: false));
        timeline.Returns.ShouldHaveSingleItem().Inspection.ShouldBe(new ReturnInspection(ReturnFinding.NoDefect, "", 1, NewYork(8, 9, 0)));
        timeline.Entries.Select(e => (e.Kind, e.At, e.RecordId)).ShouldBe([
            (TimelineEntryKind.Shipped, NewYork(1, 15, 0), null),
            (TimelineEntryKind.Delivered, NewYork(2, 11, 0), null),
            (TimelineEntryKind.InquiryReceived, NewYork(4, 8, 0), inquiry.Id),
            (TimelineEntryKind.ReturnRequested, NewYork(4, 9, 0), requested.Id),
            (TimelineEntryKind.InquiryResponded, NewYork(4, 9, 30), inquiry.Id),
            (TimelineEntryKind.ReturnApproved, NewYork(4, 9, 30), requested.Id),
            (TimelineEntryKind.ReturnInspected, NewYork(8, 9, 0), requested.Id),
        ]);
    }

    [Fact]
    public async Task an_order_service_knows_nothing_of_is_not_found()
    {
        await App.TimelineOf().ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task a_number_known_in_two_marketplaces_needs_the_marketplace()
    {
        await App.Deliver(Shipped(NewYork(1, 15, 0)));
        await App.Deliver(Shipped(NewYork(1, 15, 0)) with { Marketplace = "CA" });

        await App.TimelineOf().ShouldHaveFieldError("marketplace");
        (await App.Timeline(query: "?marketplace=CA")).Marketplace.ShouldBe("CA");
        await App.TimelineOf(query: "?marketplace=United States").ShouldHaveFieldError("marketplace");
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Logistics)]
    public async Task every_role_reads_the_timeline(string role)
    {
        await App.Deliver(Shipped(NewYork(1, 15, 0)));

        (await App.TimelineOf(role: role).Ok<CustomerOrderTimeline>()).Shipments.Count.ShouldBe(1);
    }
}
