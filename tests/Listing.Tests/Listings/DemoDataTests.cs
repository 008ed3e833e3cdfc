using Microsoft.Extensions.DependencyInjection;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class DemoDataTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task the_demo_has_one_listing_in_every_state_and_running_it_again_adds_nothing()
    {
        var seed = ActivatorUtilities.CreateInstance<ListingDemoData>(Host.Services);

        await Seed(seed);
        var first = await All();
        await Seed(seed);
        var second = await All();

        first.Select(l => l.Status).ShouldBe(Enum.GetValues<ListingStatus>(), ignoreOrder: true);
        second.Select(l => (l.Id, l.Version)).ShouldBe(first.Select(l => (l.Id, l.Version)));
    }

    [Fact]
    public async Task demo_listings_carry_their_history_and_both_good_and_poor_content()
    {
        var seed = ActivatorUtilities.CreateInstance<ListingDemoData>(Host.Services);
        await Seed(seed);
        var listings = (await All()).ToDictionary(l => l.Status);

        listings[ListingStatus.Draft].ContentScore.ShouldBe(0);
        listings[ListingStatus.Live].ContentScore.ShouldBe(100);
        listings[ListingStatus.Live].Content.Price.ShouldBe(new ListingPrice(21.99m, "USD"));
        listings[ListingStatus.Revised].ContentScore.ShouldBe(95);
        var relisted = await App.History(listings[ListingStatus.Relisted].Id);
        relisted.Select(e => e.Type).ShouldContain("listing_delisted");
        relisted.ShouldAllBe(e => e.Actor == ListingDemoData.Actor);
    }

    /// <summary>Waits for the messages the demo sends (a listing going live, a price change…) too.</summary>
    private Task Seed(ListingDemoData seed) => Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 30_000);

    private async Task<IReadOnlyList<ListingDetails>> All() =>
        (await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?pageSize=200")).Ok<Page<ListingDetails>>()).Items;
}
