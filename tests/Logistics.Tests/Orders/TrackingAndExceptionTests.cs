using Ops.Logistics.Contracts;
using Ops.Logistics.Orders;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Kpis;
using Wolverine.Tracking;
using Published = Ops.Logistics.Contracts;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests.Orders;

/// <summary>Tracking at least every 24 hours until delivered, delivery, shipment exceptions and their carrier contact (4 hours).</summary>
public sealed class TrackingAndExceptionTests(LogisticsApp app) : LogisticsTest(app)
{
    [Fact]
    public async Task a_missed_tracking_update_is_a_breach_and_the_clock_runs_on_until_delivery()
    {
        var (shipped, messages) = await App.Shipped();
        var check = messages.Scheduled.SingleEnvelope<CheckOrderTracking>();
        check.ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(24));

        var missed = await App.Play(check);
        var next = missed.Scheduled.SingleEnvelope<CheckOrderTracking>();
        var afterMiss = await App.Details(shipped.Id);

        (afterMiss.TrackingUpdatesMissed, afterMiss.TrackingDueAt).ShouldBe((1, OpsFixture.Start.AddHours(48)));
        next.ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(48));
        (await App.History(shipped.Id)).Last().ShouldSatisfyAllConditions(
            h => h.Type.ShouldBe("tracking_update_missed"), h => h.Actor.ShouldBe(DeadlineMessages.Actor));

        App.Clock.SetUtcNow(OpsFixture.Start.AddHours(30));
        var (tracked, trackedMessages) = await App.Act(shipped.Id, "tracking", new { status = "In transit", location = "Memphis, TN", at = OpsFixture.Start.AddHours(29) });
        await App.Play(next); // the update came in time for this one: it finds a newer clock and records nothing

        tracked.LastTracking.ShouldBe(new TrackingEvent("In transit", "Memphis, TN", OpsFixture.Start.AddHours(29)));
        tracked.TrackingDueAt.ShouldBe(OpsFixture.Start.AddHours(54));
        trackedMessages.Scheduled.SingleEnvelope<CheckOrderTracking>().ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(54));
        (await App.Details(shipped.Id)).ShouldSatisfyAllConditions(o => o.Version.ShouldBe(tracked.Version), o => o.TrackingUpdatesMissed.ShouldBe(1));

        var delivered = (await App.Act(shipped.Id, "tracking", new { status = "Delivered", at = OpsFixture.Start.AddHours(30), delivered = true })).Result;
        var silent = await App.Play(trackedMessages.Scheduled.SingleEnvelope<CheckOrderTracking>());

        (delivered.Status, delivered.TrackingDueAt).ShouldBe((OrderStatus.Delivered, null));
        silent.Scheduled.Envelopes().ShouldBeEmpty();
        (await App.Details(shipped.Id)).Version.ShouldBe(delivered.Version);
    }

    [Fact]
    public async Task a_delivery_after_the_promised_date_is_late_and_damage_is_told()
    {
        var (shipped, _) = await App.Shipped(promisedDeliveryBy: OpsFixture.Start.AddDays(3));
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(5));

        var (delivered, messages) = await App.Act(shipped.Id, "deliver", new { deliveredAt = OpsFixture.Start.AddDays(4), damaged = true });

        (delivered.Status, delivered.DeliveredOnTime, delivered.Damaged).ShouldBe((OrderStatus.Delivered, false, true));
        messages.SingleAnnounced<Published.OrderDelivered>().ShouldSatisfyAllConditions(
            m => m.OnTime.ShouldBeFalse(), m => m.Damaged.ShouldBeTrue(), m => m.DeliveredAt.ShouldBe(OpsFixture.Start.AddDays(4)));
        await App.Post(shipped.Id, "deliver", new { deliveredAt = OpsFixture.Start.AddDays(4) }).ShouldBeProblem(409, OrderRules.NotInTransit.Code);
        (await App.Post(shipped.Id, "close").Ok<OrderDetails>()).Status.ShouldBe(OrderStatus.Closed);
    }

    [Fact]
    public async Task tracking_is_refused_before_shipment_and_in_the_future()
    {
        var (allocated, _) = await App.Allocated();
        await App.Post(allocated.Id, "tracking", new { status = "In transit", at = OpsFixture.Start }).ShouldBeProblem(409, OrderRules.NotInTransit.Code);
        await App.Post(allocated.Id, "close").ShouldBeProblem(409, OrderRules.NotDelivered.Code);

        await App.Post(allocated.Id, "ship", await App.Shipping(OpsFixture.Start)).Ok<OrderDetails>();
        await App.Post(allocated.Id, "tracking", new { status = "In transit", at = OpsFixture.Start.AddHours(1) })
            .ShouldBeProblem(409, OrderRules.EventTimeInFuture.Code);
        await App.Post(allocated.Id, "tracking", new { status = "", at = OpsFixture.Start }).ShouldHaveFieldError("status");
    }

    [Fact]
    public async Task an_exception_tells_service_and_the_carrier_must_be_contacted_within_four_hours()
    {
        var (shipped, _) = await App.Shipped();
        App.Clock.Advance(TimeSpan.FromHours(30));

        var (raised, messages) = await App.Act(shipped.Id, "exceptions", new { kind = "Lost", description = "No scan for 30 hours" });

        var exception = raised.Exceptions.ShouldHaveSingleItem();
        raised.Status.ShouldBe(OrderStatus.Exception);
        exception.ContactCarrierBy.ShouldBe(OpsFixture.Start.AddHours(34));
        messages.SingleAnnounced<Published.ShipmentExceptionRaised>().ShouldSatisfyAllConditions(
            m => m.ExceptionId.ShouldBe(exception.ExceptionId), m => m.Kind.ShouldBe(ShipmentExceptionKind.Lost),
            m => m.TrackingNumber.ShouldBe("1Z999AA10123456784"), m => m.ContactCarrierBy.ShouldBe(OpsFixture.Start.AddHours(34)));
        var timer = messages.Scheduled.SingleEnvelope<BreachCarrierContact>();
        timer.ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(34));

        await App.Play(timer);
        var breached = await App.Details(shipped.Id);
        breached.Exceptions.Single().ContactBreachedAt.ShouldBe(OpsFixture.Start.AddHours(34));

        var contacted = await App.Post(shipped.Id, $"exceptions/{exception.ExceptionId}/carrier-contacted", new { note = "UPS opened a trace" })
            .Ok<OrderDetails>();
        var resolved = await App.Post(shipped.Id, $"exceptions/{exception.ExceptionId}/resolve", new { resolution = "Reshipped" }).Ok<OrderDetails>();

        contacted.Exceptions.Single().CarrierContactedAt.ShouldBe(OpsFixture.Start.AddHours(34));
        (resolved.Status, resolved.Exceptions.Single().Resolution).ShouldBe((OrderStatus.Shipped, ExceptionResolution.Reshipped));
        await App.Post(shipped.Id, $"exceptions/{exception.ExceptionId}/resolve", new { resolution = "Refunded" })
            .ShouldBeProblem(409, OrderRules.ExceptionAlreadyResolved.Code);
        await App.Post(shipped.Id, $"exceptions/{Guid.NewGuid()}/carrier-contacted").ShouldBeProblem(409, OrderRules.ExceptionNotFound.Code);
    }

    [Fact]
    public async Task contacting_the_carrier_in_time_leaves_the_timer_nothing_to_do()
    {
        var (shipped, _) = await App.Shipped();
        var (raised, messages) = await App.Act(shipped.Id, "exceptions", new { kind = "Delay", description = "Weather" });
        App.Clock.Advance(TimeSpan.FromHours(3));
        var contacted = await App.Post(shipped.Id, $"exceptions/{raised.Exceptions.Single().ExceptionId}/carrier-contacted").Ok<OrderDetails>();

        await App.Play(messages.Scheduled.SingleEnvelope<BreachCarrierContact>());

        var after = await App.Details(shipped.Id);
        (after.Version, after.Exceptions.Single().ContactBreachedAt).ShouldBe((contacted.Version, null));
    }

    [Fact]
    public async Task an_exception_is_raised_on_a_shipped_order_only()
    {
        var reviewed = await App.Reviewed();

        await App.Post(reviewed.Id, "exceptions", new { kind = "Lost", description = "?" }).ShouldBeProblem(409, OrderRules.NotShipped.Code);
        await App.Post(reviewed.Id, "exceptions", new { kind = "Stolen", description = "?" }).ShouldHaveFieldError("kind");
    }

    [Fact]
    public async Task the_kpis_count_on_time_shipments_tracking_in_time_delays_and_damage()
    {
        // Order 1: shipped on time, tracked in time, delivered on time. Order 2: shipped late, a tracking update missed,
        // a Delay exception, delivered damaged.
        var (first, _) = await App.Allocated(NewOrder("111-A"));
        await App.Stock(first.WarehouseId!.Value, Sku, 10);
        await App.Post(first.Id, "ship", await App.Shipping(OpsFixture.Start)).Ok<OrderDetails>();
        var second = (await App.Receive(NewOrder("111-B"))).Result;
        await App.Post(second.Id, "review").Ok<OrderDetails>();
        await App.Post(second.Id, "allocate").Ok<OrderDetails>();
        App.Clock.SetUtcNow(second.ShipBy.AddHours(1));
        var (_, shippedLate) = await App.Act(second.Id, "ship", await App.Shipping(second.ShipBy.AddHours(1)));
        await App.Play(shippedLate.Scheduled.SingleEnvelope<CheckOrderTracking>());
        await App.Post(second.Id, "exceptions", new { kind = "Delay", description = "Hub backlog" }).Ok<OrderDetails>();
        await App.Post(second.Id, "deliver", new { deliveredAt = App.Clock.GetUtcNow(), damaged = true }).Ok<OrderDetails>();
        await App.Post(first.Id, "deliver", new { deliveredAt = App.Clock.GetUtcNow() }).Ok<OrderDetails>();

        var kpis = (await App.As(Role.OpsManager, x => x.Get.Url("/api/logistics/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code);

        kpis["logistics.on_time_ship_rate"].Value.ShouldBe(50m);
        kpis["logistics.tracking_updated_rate"].Value.ShouldBe(50m);
        kpis["logistics.delay_rate"].Value.ShouldBe(50m);
        kpis["logistics.damage_rate"].Value.ShouldBe(50m);
        kpis["logistics.on_time_ship_rate"].Target.ShouldBe(98m);
    }

    [Fact]
    public async Task the_queue_puts_the_least_time_left_first_and_filters()
    {
        var later = (await App.Receive(NewOrder("111-LATER"))).Result;
        App.Clock.SetUtcNow(OpsFixture.Start.AddHours(-3)); // received earlier, due earlier
        var sooner = (await App.Receive(NewOrder("111-SOONER", (OtherSku, 1)))).Result;

        var queue = await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}?open=true")).Ok<Ops.Shared.Paging.Page<OrderDetails>>();
        var bySku = await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}?sku={OtherSku}")).Ok<Ops.Shared.Paging.Page<OrderDetails>>();
        var running = await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}?deadlineState=Running&marketplace=US&status=Received"))
            .Ok<Ops.Shared.Paging.Page<OrderDetails>>();

        queue.Items.Select(o => o.Id).ShouldBe([sooner.Id, later.Id]);
        bySku.Items.Select(o => o.Id).ShouldBe([sooner.Id]);
        running.TotalItems.ShouldBe(2);
        await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}?sort=nope")).ShouldHaveFieldError("sort");
    }
}
