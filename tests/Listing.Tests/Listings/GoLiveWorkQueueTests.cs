using Ops.Listing.Listings;
using Ops.Logistics.Contracts;
using Ops.Organization.Contracts;
using Ops.Organization.Work;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

/// <summary>
/// The go-live clock in the work queue: the listing team and the ops manager see it from the receipt on, warned and then
/// breached as its timers fire, and it leaves the queue when the listing goes live.
/// </summary>
public sealed class GoLiveWorkQueueTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateTimeOffset WarnAt = new(2030, 11, 6, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueAt = new(2030, 11, 7, 14, 0, 0, TimeSpan.Zero);

    private Task<Page<WorkItemView>> Queue(string role) => As(role, x => x.Get.Url("/api/org/work")).Ok<Page<WorkItemView>>();

    [Fact]
    public async Task a_started_clock_is_in_the_listing_teams_queue_and_turns_warned_then_breached()
    {
        var draft = await App.Drafted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);

        var started = (await Queue(Role.Listing)).Items.ShouldHaveSingleItem();
        started.ShouldBe(new WorkItemView($"listing.go-live:{draft.Id}", "listing", "go-live", draft.Id, Sku, $"/listing/listings/{draft.Id}",
            DemoStoreId, draft.DraftedBy, [Role.Listing, Role.OpsManager], WarnAt, DueAt, WorkItemState.Open, OpsFixture.Start),
            new WorkItemViewComparer());
        (await Queue(Role.OpsManager)).Items.Select(i => i.RecordId).ShouldBe([draft.Id]);
        (await Queue(Role.Product)).Items.ShouldBeEmpty();

        await App.Play(timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>());
        (await Queue(Role.Listing)).Items.Single().State.ShouldBe(WorkItemState.Warned);

        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());
        var breached = (await Queue(Role.Listing)).Items.Single();
        (breached.State, breached.ChangedAt).ShouldBe((WorkItemState.Breached, DueAt));
    }

    [Fact]
    public async Task going_live_in_time_takes_the_clock_out_of_the_queue()
    {
        var submitted = await App.Submitted();
        await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        (await Queue(Role.Listing)).Items.Select(i => i.RecordId).ShouldBe([submitted.Id]);

        await GoLive(submitted);

        (await Queue(Role.Listing)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_breached_clock_stays_in_the_queue_until_the_listing_is_live()
    {
        var submitted = await App.Submitted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        await App.Play(timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>());
        (await Queue(Role.Listing)).Items.Single().State.ShouldBe(WorkItemState.Breached);

        await GoLive(submitted);

        (await Queue(Role.Listing)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_draft_without_a_receipt_has_no_clock_in_the_queue()
    {
        await App.Drafted();

        (await Queue(Role.Listing)).Items.ShouldBeEmpty();
    }

    /// <summary>The platform's approval, and the work queue's change it sends, delivered.</summary>
    private Task GoLive(ListingDetails submitted) => Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30))
        .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ => App.Post(submitted.Id, "review-result", Approval()).Ok<ListingDetails>()));


    /// <summary>Records compare their lists by reference; this compares the roles by value.</summary>
    private sealed class WorkItemViewComparer : IEqualityComparer<WorkItemView>
    {
        public bool Equals(WorkItemView? x, WorkItemView? y) =>
            x is not null && y is not null && x with { Roles = [] } == y with { Roles = [] } && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(WorkItemView obj) => obj.Key.GetHashCode();
    }
}
