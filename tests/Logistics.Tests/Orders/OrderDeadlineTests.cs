using Ops.Logistics;
using Ops.Logistics.Orders;
using Ops.Shared;
using Ops.Shared.Calendar;
using Wolverine.Tracking;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests.Orders;

/// <summary>
/// Ship within two working days of receipt by the store's calendar, warned one working day before; reviewed within four
/// hours, warned halfway. The fixture starts on Monday 2030-11-04 14:00Z (09:00 in New York, the demo store's zone).
/// </summary>
public sealed class OrderDeadlineTests(LogisticsApp app) : LogisticsTest(app)
{
    private static DateTimeOffset Utc(int month, int day, int hour) => new(2030, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task the_weekend_does_not_count()
    {
        App.Clock.SetUtcNow(Utc(11, 8, 14)); // Friday 09:00 New York

        var (order, timers) = await App.Receive();

        (order.ShipWarnAt, order.ShipBy).ShouldBe((Utc(11, 11, 14), Utc(11, 12, 14))); // Monday, Tuesday
        timers.Scheduled.SingleEnvelope<WarnShipBy>().ScheduledTime.ShouldBe(Utc(11, 11, 14));
        timers.Scheduled.SingleEnvelope<BreachShipBy>().ScheduledTime.ShouldBe(Utc(11, 12, 14));
    }

    [Fact]
    public async Task a_store_holiday_does_not_count()
    {
        await App.StoreHolidays(new DateOnly(2030, 11, 28)); // Thanksgiving
        App.Clock.SetUtcNow(Utc(11, 27, 15)); // Wednesday before Thanksgiving, 10:00 New York

        var (order, timers) = await App.Receive();

        // Thanksgiving skipped, Friday 29 (1), weekend skipped, Monday 2 December (2).
        (order.ShipWarnAt, order.ShipBy).ShouldBe((Utc(11, 29, 15), Utc(12, 2, 15)));
        timers.Scheduled.SingleEnvelope<BreachShipBy>().ScheduledTime.ShouldBe(Utc(12, 2, 15));
    }

    [Fact]
    public async Task the_working_days_and_the_warning_are_settings()
    {
        await App.ChangeSettings(new LogisticsSettings { ShipWithinWorkingDays = 3, ShipWarnWorkingDaysBefore = 2, ConfirmOrderHours = 6 });

        var (order, timers) = await App.Receive();

        (order.ShipWarnAt, order.ShipBy, order.ReviewDueAt).ShouldBe((Utc(11, 5, 14), Utc(11, 7, 14), OpsFixture.Start.AddHours(6)));
        timers.Scheduled.SingleEnvelope<WarnOrderReview>().ScheduledTime.ShouldBe(OpsFixture.Start.AddHours(3));
    }

    [Fact]
    public async Task a_warning_as_long_as_the_deadline_is_a_field_error()
    {
        await App.As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { ShipWithinWorkingDays = 2, ShipWarnWorkingDaysBefore = 2 })
            .ToUrl("/api/logistics/settings")).ShouldHaveFieldError("shipWarnWorkingDaysBefore");
    }

    [Fact]
    public async Task the_ship_by_timers_warn_and_then_breach_as_the_clock()
    {
        var (order, timers) = await App.Receive();

        await App.Play(timers.Scheduled.SingleEnvelope<WarnShipBy>());
        var warned = await App.Details(order.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachShipBy>());
        var breached = await App.Details(order.Id);

        (warned.ShipDeadlineState, warned.ShipWarnedAt).ShouldBe((OrderDeadlineState.Warned, Utc(11, 5, 14)));
        (breached.ShipDeadlineState, breached.ShipBreachedAt).ShouldBe((OrderDeadlineState.Breached, Utc(11, 6, 14)));
        (await App.History(order.Id)).Where(h => h.Type.StartsWith("ship_by")).Select(h => (h.Type, h.Actor))
            .ShouldBe([("ship_by_warned", DeadlineMessages.Actor), ("ship_by_breached", DeadlineMessages.Actor)]);
        (await App.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}?deadlineState=Breached")).Ok<Ops.Shared.Paging.Page<OrderDetails>>())
            .Items.Select(o => o.Id).ShouldBe([order.Id]);
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_order_is_breached()
    {
        var timers = new List<Wolverine.Envelope>();
        var ids = new List<Guid>();
        foreach (var number in new[] { "111-1", "111-2", "111-3", "111-4" })
        {
            var (order, messages) = await App.Receive(NewOrder(number));
            ids.Add(order.Id);
            timers.AddRange(messages.Scheduled.Envelopes().Where(e => e.Message is WarnShipBy or BreachShipBy));
        }
        var dueAt = timers.Max(t => t.ScheduledTime!.Value);
        App.Clock.SetUtcNow(dueAt.AddHours(1)); // the host was down while both fell due

        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async bus =>
            {
                foreach (var timer in timers) await bus.PublishAsync(timer.Message!);
            }));

        foreach (var id in ids)
        {
            var order = await App.Details(id);
            (order.ShipDeadlineState, order.ShipBreachedAt).ShouldBe((OrderDeadlineState.Breached, dueAt.AddHours(1)));
        }
        (await App.DeadLetteredMessageTypes()).ShouldNotContain(type => type.EndsWith("ShipBy"));
    }

    [Fact]
    public async Task shipping_in_time_meets_the_deadline_and_the_breach_that_follows_changes_nothing()
    {
        var (allocated, _) = await App.Allocated();
        App.Clock.SetUtcNow(Utc(11, 6, 13));

        var shipped = (await App.Act(allocated.Id, "ship", await App.Shipping(Utc(11, 6, 13)))).Result;
        await App.Play(new Wolverine.Envelope(new BreachShipBy(allocated.Id, allocated.ShipBy)) { ScheduledTime = allocated.ShipBy });

        (shipped.ShipDeadlineState, shipped.ShippedOnTime).ShouldBe((OrderDeadlineState.Met, true));
        var after = await App.Details(allocated.Id);
        (after.Version, after.ShipDeadlineState).ShouldBe((shipped.Version, OrderDeadlineState.Met));
    }

    [Fact]
    public async Task shipping_after_the_deadline_is_late_even_before_the_timer_fires()
    {
        var (allocated, _) = await App.Allocated();
        App.Clock.SetUtcNow(Utc(11, 6, 15));

        var (shipped, messages) = await App.Act(allocated.Id, "ship", await App.Shipping(Utc(11, 6, 15)));

        (shipped.ShipDeadlineState, shipped.ShippedOnTime, shipped.ShipBreachedAt).ShouldBe((OrderDeadlineState.Breached, false, Utc(11, 6, 15)));
        messages.SingleAnnounced<Ops.Logistics.Contracts.OrderShipped>().OnTime.ShouldBeFalse();
    }

    [Fact]
    public async Task a_cancelled_order_stops_its_deadlines()
    {
        var (order, timers) = await App.Receive();
        await App.Act(order.Id, "cancel", new { reason = "Buyer cancelled" });

        await App.Play(timers.Scheduled.SingleEnvelope<BreachOrderReview>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachShipBy>());

        var after = await App.Details(order.Id);
        (after.ShipDeadlineState, after.ReviewDeadlineState, after.Version).ShouldBe((OrderDeadlineState.Stopped, OrderDeadlineState.Stopped, 2));
    }

    [Fact]
    public async Task an_order_not_reviewed_in_four_hours_is_warned_at_two_and_breached_at_four()
    {
        var (order, timers) = await App.Receive();

        await App.Play(timers.Scheduled.SingleEnvelope<WarnOrderReview>());
        var warned = await App.Details(order.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachOrderReview>());
        var breached = await App.Details(order.Id);
        await App.Sellable();
        var reviewed = await App.Post(order.Id, "review").Ok<OrderDetails>();

        warned.ReviewDeadlineState.ShouldBe(OrderDeadlineState.Warned);
        breached.ReviewDeadlineState.ShouldBe(OrderDeadlineState.Breached);
        (reviewed.Status, reviewed.ReviewDeadlineState).ShouldBe((OrderStatus.Reviewed, OrderDeadlineState.Breached));
    }

    [Fact]
    public async Task an_order_reviewed_in_time_meets_the_review_deadline_and_its_timers_change_nothing()
    {
        await App.Sellable();
        var (order, timers) = await App.Receive();
        App.Clock.Advance(TimeSpan.FromHours(1));
        var reviewed = await App.Post(order.Id, "review").Ok<OrderDetails>();

        await App.Play(timers.Scheduled.SingleEnvelope<WarnOrderReview>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachOrderReview>());

        var after = await App.Details(order.Id);
        (after.ReviewDeadlineState, after.Version).ShouldBe((OrderDeadlineState.Met, reviewed.Version));
    }
}
