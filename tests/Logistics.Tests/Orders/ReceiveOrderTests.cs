using Ops.Logistics.Orders;
using Ops.Shared;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using Published = Ops.Logistics.Contracts;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests.Orders;

/// <summary>Orders reach logistics (logistics.md, "Order": received from the API, order number unique per marketplace).</summary>
public sealed class ReceiveOrderTests(LogisticsApp app) : LogisticsTest(app)
{
    private static readonly DateTimeOffset Wednesday = new(2030, 11, 6, 14, 0, 0, TimeSpan.Zero); // 09:00 New York

    [Fact]
    public async Task a_received_order_must_ship_within_two_working_days_and_others_hear_of_it()
    {
        var (order, messages) = await App.Receive();

        order.ShouldSatisfyAllConditions(
            o => o.Id.ShouldBe(Order.IdFor("US", "111-0000001-0000001")),
            o => o.Status.ShouldBe(OrderStatus.Received),
            o => o.ShipBy.ShouldBe(Wednesday),
            o => o.ShipWarnAt.ShouldBe(Wednesday.AddDays(-1)),
            o => o.ShipDeadlineState.ShouldBe(OrderDeadlineState.Running),
            o => o.ReviewDueAt.ShouldBe(OpsFixture.Start.AddHours(4)),
            o => o.TimeZone.ShouldBe("America/New_York"),
            o => o.Total.ShouldBe(new Money(39.98m, "USD")),
            o => o.Lines.ShouldBe([new OrderReceiptLine(Sku, 2, new Money(19.99m, "USD"))]),
            o => o.Version.ShouldBe(1));
        messages.SingleAnnounced<Published.OrderReceived>().ShouldSatisfyAllConditions(
            m => m.OrderId.ShouldBe(order.Id), m => m.ShipBy.ShouldBe(Wednesday), m => m.OrderNumber.ShouldBe("111-0000001-0000001"),
            m => m.Lines.Single().ShouldBe(new Published.OrderLine(Sku, 2, 19.99m)));
        messages.Scheduled.SingleEnvelope<WarnShipBy>().ScheduledTime.ShouldBe(Wednesday.AddDays(-1));
        messages.Scheduled.SingleEnvelope<BreachShipBy>().ScheduledTime.ShouldBe(Wednesday);
        messages.Scheduled.SingleEnvelope<WarnOrderReview>().ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(2));
        messages.Scheduled.SingleEnvelope<BreachOrderReview>().ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(4));
    }

    [Fact]
    public async Task the_same_order_sent_again_is_the_same_order_and_nothing_new()
    {
        var first = (await App.Receive()).Result;

        var (again, messages) = await App.Receive();

        (again.Id, again.Version).ShouldBe((first.Id, first.Version));
        messages.Announced<Published.OrderReceived>().ShouldBeEmpty();
        messages.Scheduled.Envelopes().ShouldBeEmpty();
    }

    [Fact]
    public async Task the_same_order_sent_twenty_times_at_once_is_received_once_and_every_sender_gets_it()
    {
        await App.TokenFor(Role.Logistics); // one sign-in before the burst: the race under test is the order's, not the log-in's
        var sends = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            App.As(Role.Logistics, x => { x.Post.Json(NewOrder()).ToUrl(OrdersUrl); x.IgnoreStatusCode(); })));

        var answers = await Task.WhenAll(sends.Select(async s =>
            (Status: s.Context.Response.StatusCode, Body: await s.ReadAsTextAsync())));
        answers.Where(a => a.Status != 201).ShouldBeEmpty("the senders who lost the race get the order the winner received");
        var orders = sends.Select(s => s.ReadAsJson<OrderDetails>()!).ToList();
        orders.Select(o => (o.Id, o.Version)).Distinct().ShouldHaveSingleItem().ShouldBe((Order.IdFor("US", "111-0000001-0000001"), 1L));
        (await App.History(orders[0].Id)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task another_order_under_a_number_the_marketplace_already_used_is_refused()
    {
        await App.Receive();

        await App.As(Role.Logistics, x => x.Post.Json(NewOrder(lines: (Sku, 3))).ToUrl(OrdersUrl))
            .ShouldBeProblem(409, OrderRules.NumberMustBeUnique.Code);
    }

    [Fact]
    public async Task the_same_number_on_another_marketplace_is_another_order()
    {
        var us = (await App.Receive()).Result;
        var uk = (await App.Receive(InCurrency(NewOrder() with { Marketplace = "GB" }, "GBP"))).Result;

        uk.Id.ShouldNotBe(us.Id);
    }

    [Fact]
    public async Task an_earlier_ship_by_date_from_the_marketplace_is_the_deadline()
    {
        var tomorrow = OpsFixture.Start.AddDays(1);

        var (order, messages) = await App.Receive(NewOrder() with { ShipBy = tomorrow });

        order.ShipBy.ShouldBe(tomorrow);
        order.ShipWarnAt.ShouldBe(OpsFixture.Start, "one working day before would be before receipt: warned at once");
        messages.Scheduled.SingleEnvelope<BreachShipBy>().ScheduledTime.ShouldBe(tomorrow);
    }

    [Fact]
    public async Task a_later_ship_by_date_from_the_marketplace_does_not_extend_the_policy()
    {
        var order = (await App.Receive(NewOrder() with { ShipBy = OpsFixture.Start.AddDays(10) })).Result;

        order.ShipBy.ShouldBe(Wednesday);
    }

    [Fact]
    public async Task an_order_of_a_store_logistics_does_not_know_is_refused()
    {
        await App.As(Role.Logistics, x => x.Post.Json(NewOrder() with { StoreId = Guid.NewGuid() }).ToUrl(OrdersUrl))
            .ShouldBeProblem(409, OrderRules.StoreMustExist.Code);
    }

    [Theory]
    [InlineData("lines[0].quantity")]
    [InlineData("lines[0].unitPrice.amount")]
    [InlineData("lines[0].unitPrice.currency")]
    [InlineData("lines[1].unitPrice.currency")]
    [InlineData("buyer.address.country")]
    [InlineData("lines")]
    [InlineData("paymentStatus")]
    public async Task bad_input_is_a_field_error(string field)
    {
        var order = NewOrder();
        var line = order.Lines[0];
        var request = field switch
        {
            "lines[0].quantity" => order with { Lines = [line with { Quantity = 0 }] },
            "lines[0].unitPrice.amount" => order with { Lines = [line with { UnitPrice = line.UnitPrice with { Amount = -1 } }] },
            "lines[0].unitPrice.currency" => InCurrency(order, "usd"),
            // Every line in the first line's currency: the order has one total, and the modules that hear of it one currency.
            "lines[1].unitPrice.currency" => order with { Lines = [line, line with { UnitPrice = new Money(5m, "EUR") }] },
            "buyer.address.country" => order with { Buyer = order.Buyer with { Address = order.Buyer.Address with { Country = "USA" } } },
            "lines" => order with { Lines = [] },
            _ => order with { PaymentStatus = null },
        };

        await App.As(Role.Logistics, x => x.Post.Json(request).ToUrl(OrdersUrl)).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task the_auditor_cannot_receive_orders()
    {
        await App.As(Role.Auditor, x => x.Post.Json(NewOrder()).ToUrl(OrdersUrl)).ShouldBeProblem(403, Ops.Shared.Http.ProblemCodes.Forbidden);
    }

    [Fact]
    public async Task the_order_as_it_was_is_served_by_version_and_its_timeline_by_history()
    {
        var reviewed = await App.Reviewed();

        var first = await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{reviewed.Id}?version=1")).Ok<OrderDetails>();
        var history = await App.History(reviewed.Id);

        (first.Status, reviewed.Status).ShouldBe((OrderStatus.Received, OrderStatus.Reviewed));
        history.Select(h => h.Type).ShouldBe(["order_received", "order_reviewed"]);
    }
}
