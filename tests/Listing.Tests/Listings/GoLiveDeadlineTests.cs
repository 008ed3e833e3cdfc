using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

/// <summary>
/// Live within three working days of the purchase being received, by the receiving store's calendar; warned one
/// working day before. The fixture starts on Monday 2030-11-04 14:00Z (09:00 in New York, the demo store's zone).
/// </summary>
public sealed class GoLiveDeadlineTests(ListingApp app) : ListingTest(app)
{

    [Fact]
    public async Task a_received_purchase_starts_the_clock_for_three_working_days_warned_one_day_before()
    {
        var draft = await App.Drafted();
        var receipt = Receipt(OpsFixture.Start);

        var timers = await App.Deliver(receipt, othersMayRefuse: true);

        var warnAt = new DateTimeOffset(2030, 11, 6, 14, 0, 0, TimeSpan.Zero); // Wednesday 09:00 New York
        var dueAt = new DateTimeOffset(2030, 11, 7, 14, 0, 0, TimeSpan.Zero); // Thursday 09:00 New York
        timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>().ShouldSatisfyAllConditions(
            e => e.Message.ShouldBe(new WarnGoLiveDeadline(draft.Id, dueAt)), e => e.ScheduledTime.ShouldBe(warnAt));
        timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ShouldSatisfyAllConditions(
            e => e.Message.ShouldBe(new BreachGoLiveDeadline(draft.Id, dueAt)), e => e.ScheduledTime.ShouldBe(dueAt));
        var listing = await App.Details(draft.Id);
        listing.DeadlineState.ShouldBe(GoLiveDeadlineState.Running);
        listing.Deadline.ShouldBe(new GoLiveDeadlineDetails(receipt.ReceiptId, DemoStoreId, OpsFixture.Start, 3, "America/New_York", true,
            warnAt, dueAt, null, null, null));
    }

    [Fact]
    public async Task the_weekend_does_not_count()
    {
        await App.Drafted();
        var friday = new DateTimeOffset(2030, 11, 8, 14, 0, 0, TimeSpan.Zero);

        var timers = await App.Deliver(Receipt(friday), othersMayRefuse: true);

        timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 12, 14, 0, 0, TimeSpan.Zero));
        timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 13, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task a_store_holiday_does_not_count()
    {
        App.Clock.Advance(TimeSpan.FromMinutes(1)); // the store's calendar changes after the seeded one
        await App.Tracking(() => As(Role.Admin, x => x.Put.Json(new
        {
            timeZone = "America/New_York",
            weekend = new[] { "Saturday", "Sunday" },
            holidays = new[] { new { date = "2030-11-28", name = "Thanksgiving Day" } },
        }).ToUrl($"/api/org/stores/{DemoStoreId}/calendar")).Ok<object>());
        await App.Drafted();
        var tuesdayBeforeThanksgiving = new DateTimeOffset(2030, 11, 26, 15, 0, 0, TimeSpan.Zero);

        var timers = await App.Deliver(Receipt(tuesdayBeforeThanksgiving), othersMayRefuse: true);

        // Wednesday 27 (1), Thanksgiving skipped, Friday 29 (2), weekend skipped, Monday 2 December (3).
        timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 29, 15, 0, 0, TimeSpan.Zero));
        timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 12, 2, 15, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task a_store_listing_has_not_heard_of_counts_monday_to_friday_in_utc()
    {
        var draft = await App.Drafted();
        var unknownStore = Guid.CreateVersion7();
        var saturdayUtc = new DateTimeOffset(2030, 11, 9, 3, 0, 0, TimeSpan.Zero); // still Friday evening in New York

        var timers = await App.Deliver(Receipt(saturdayUtc, unknownStore), othersMayRefuse: true);

        timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 13, 3, 0, 0, TimeSpan.Zero));
        var deadline = (await App.Details(draft.Id)).Deadline.ShouldNotBeNull();
        (deadline.StoreId, deadline.TimeZone, deadline.StoreCalendarKnown).ShouldBe((unknownStore, "UTC", false));
    }

    [Fact]
    public async Task the_working_days_are_a_setting()
    {
        await App.ChangeSettings(new ListingSettings { GoLiveWorkingDays = 5, GoLiveWarnWorkingDaysBefore = 2 });
        await App.Drafted();

        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);

        timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 7, 14, 0, 0, TimeSpan.Zero));
        timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 11, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task the_timers_when_played_warn_and_then_mark_the_breach_as_the_clock()
    {
        var draft = await App.Drafted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);

        await App.Play(timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>());
        var warned = await App.Details(draft.Id);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());
        var breached = await App.Details(draft.Id);

        warned.DeadlineState.ShouldBe(GoLiveDeadlineState.Warned);
        warned.Deadline!.WarnedAt.ShouldBe(new DateTimeOffset(2030, 11, 6, 14, 0, 0, TimeSpan.Zero));
        breached.DeadlineState.ShouldBe(GoLiveDeadlineState.Breached);
        breached.Deadline!.BreachedAt.ShouldBe(new DateTimeOffset(2030, 11, 7, 14, 0, 0, TimeSpan.Zero));
        (await App.History(draft.Id)).TakeLast(3).Select(e => (e.Type, e.Actor)).ShouldBe([
            ("go_live_deadline_started", "system"), ("go_live_deadline_warned", DeadlineMessages.Actor),
            ("go_live_deadline_breached", DeadlineMessages.Actor),
        ]);
    }

    [Fact]
    public async Task a_warning_and_a_breach_overdue_at_once_both_land_and_the_breach_is_counted()
    {
        // Several listings, so the two timers of one of them surely meet in the handlers at the same moment.
        string[] skus = ["LUM-LAMP-01", "LUM-LAMP-02", "LUM-LAMP-03", "LUM-LAMP-04"];
        var timers = new List<Wolverine.Envelope>();
        foreach (var sku in skus)
        {
            await App.Drafted(sku);
            timers.AddRange((await App.Deliver(Receipt(OpsFixture.Start, sku: sku), othersMayRefuse: true)).Scheduled.Envelopes());
        }
        var dueAt = timers.Max(t => t.ScheduledTime!.Value);
        App.Clock.SetUtcNow(dueAt.AddHours(1)); // the host was down while all of them fell due

        // Handed to their queues together, as the durability agent does with timers overdue at start-up: a warning and a
        // breach race for their listing's stream, and the one that loses is retried, not dead-lettered.
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async bus =>
            {
                foreach (var timer in timers) await bus.PublishAsync(timer.Message!);
            }));

        foreach (var sku in skus)
        {
            var listing = await App.Details(Ops.Listing.Listings.Listing.IdFor(sku));
            (listing.DeadlineState, listing.Deadline!.BreachedAt).ShouldBe((GoLiveDeadlineState.Breached, dueAt.AddHours(1)), sku);
        }
        var kpis = await As(Role.OpsManager, x => x.Get.Url("/api/listing/kpis")).Ok<Ops.Shared.Kpis.KpiReport>();
        kpis.Kpis.Single(k => k.Code == "listing.go_live_deadline_met_rate").Value.ShouldBe(0m); // 0 of 4 met
        (await App.DeadLetteredMessageTypes()).ShouldNotContain(type => type.EndsWith("GoLiveDeadline"));
    }

    [Fact]
    public async Task going_live_in_time_meets_the_deadline_and_the_breach_that_follows_is_ignored()
    {
        var submitted = await App.Submitted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        await App.Play(timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>());

        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 7, 13, 59, 0, TimeSpan.Zero));
        var live = await App.Post(submitted.Id, "review-result", Approval()).Ok<ListingDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());

        live.DeadlineState.ShouldBe(GoLiveDeadlineState.Met);
        live.Deadline!.MetAt.ShouldBe(new DateTimeOffset(2030, 11, 7, 13, 59, 0, TimeSpan.Zero));
        var after = await App.Details(submitted.Id);
        after.Version.ShouldBe(live.Version);
        after.DeadlineState.ShouldBe(GoLiveDeadlineState.Met);
    }

    [Fact]
    public async Task going_live_in_time_before_the_warning_leaves_both_timers_nothing_to_do()
    {
        var submitted = await App.Submitted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        var live = await App.Post(submitted.Id, "review-result", Approval()).Ok<ListingDetails>();

        await App.Play(timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>());
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());

        var after = await App.Details(submitted.Id);
        (after.Version, after.DeadlineState).ShouldBe((live.Version, GoLiveDeadlineState.Met));
    }

    [Fact]
    public async Task going_live_after_the_due_time_is_a_breach_even_before_the_timer_fires()
    {
        var submitted = await App.Submitted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 7, 14, 1, 0, TimeSpan.Zero));

        var live = await App.Post(submitted.Id, "review-result", Approval()).Ok<ListingDetails>();
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());

        live.Status.ShouldBe(ListingStatus.Live);
        live.DeadlineState.ShouldBe(GoLiveDeadlineState.Breached);
        (await App.Details(submitted.Id)).Version.ShouldBe(live.Version);
    }

    [Fact]
    public async Task a_listing_breached_stays_breached_when_it_goes_live_later()
    {
        var submitted = await App.Submitted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());

        var live = await App.Post(submitted.Id, "review-result", Approval()).Ok<ListingDetails>();

        (live.Status, live.DeadlineState).ShouldBe((ListingStatus.Live, GoLiveDeadlineState.Breached));
    }

    [Fact]
    public async Task a_redelivered_receipt_or_a_later_one_starts_no_second_clock()
    {
        var draft = await App.Drafted();
        var receipt = Receipt(OpsFixture.Start);
        await App.Deliver(receipt, othersMayRefuse: true);
        var started = await App.Details(draft.Id);

        var again = await App.Deliver(receipt, othersMayRefuse: true);
        var replenished = await App.Deliver(Receipt(OpsFixture.Start.AddDays(1)), othersMayRefuse: true);

        again.Scheduled.Envelopes().ShouldBeEmpty();
        replenished.Scheduled.Envelopes().ShouldBeEmpty();
        (await App.Details(draft.Id)).ShouldBeSameAs(started);
    }

    [Fact]
    public async Task a_timer_of_another_due_time_is_ignored()
    {
        var draft = await App.Drafted();
        await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        var running = await App.Details(draft.Id);

        await Host.InvokeMessageAndWaitAsync(new WarnGoLiveDeadline(draft.Id, OpsFixture.Start.AddDays(1)));
        await Host.InvokeMessageAndWaitAsync(new BreachGoLiveDeadline(draft.Id, OpsFixture.Start.AddDays(1)));

        (await App.Details(draft.Id)).ShouldBeSameAs(running);
    }

    [Fact]
    public async Task a_purchase_received_before_the_listing_exists_starts_the_clock_when_the_draft_appears()
    {
        var receivedAt = OpsFixture.Start;
        var early = await App.Deliver(Receipt(receivedAt), othersMayRefuse: true);
        App.Clock.Advance(TimeSpan.FromDays(1));

        var drafted = await App.Deliver(Approved());

        early.Scheduled.Envelopes().ShouldBeEmpty();
        drafted.Scheduled.SingleEnvelope<BreachGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 7, 14, 0, 0, TimeSpan.Zero));
        var listing = await App.Details(Ops.Listing.Listings.Listing.IdFor(Sku));
        listing.DeadlineState.ShouldBe(GoLiveDeadlineState.Running);
        listing.Deadline!.ReceivedAt.ShouldBe(receivedAt);
    }

    [Fact]
    public async Task a_purchase_received_before_a_draft_made_by_hand_starts_its_clock_too()
    {
        await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        await App.Deliver(Receipt(OpsFixture.Start.AddHours(5)), othersMayRefuse: true);

        var (result, messages) = await App.Tracking(() => App.Create(NewListing()));

        var draft = (await result.ReadAsJsonAsync<ListingDetails>())!;
        (draft.DeadlineState, draft.Deadline!.ReceivedAt).ShouldBe((GoLiveDeadlineState.Running, OpsFixture.Start));
        messages.Scheduled.SingleEnvelope<WarnGoLiveDeadline>().ScheduledTime.ShouldBe(new DateTimeOffset(2030, 11, 6, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task a_listing_that_is_live_already_needs_no_clock()
    {
        var live = await App.Live();

        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);

        timers.Scheduled.Envelopes().ShouldBeEmpty();
        (await App.Details(live.Id)).DeadlineState.ShouldBe(GoLiveDeadlineState.None);
    }

    [Fact]
    public async Task listings_are_found_by_deadline_state()
    {
        var breached = await App.Drafted();
        var running = await App.Drafted("LUM-LAMP-02");
        await App.Drafted("LUM-LAMP-03");
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        await App.Deliver(Receipt(OpsFixture.Start, sku: "LUM-LAMP-02"), othersMayRefuse: true);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());

        var page = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?deadlineState=Breached")).Ok<Page<ListingDetails>>();
        var runningPage = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?deadlineState=Running")).Ok<Page<ListingDetails>>();

        page.Items.Select(l => l.Id).ShouldBe([breached.Id]);
        runningPage.Items.Select(l => l.Id).ShouldBe([running.Id]);
    }

}
