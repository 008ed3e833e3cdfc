using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;
using Ops.Listing.Keywords;
using static Listing.Tests.Keywords.KeywordScenarios;

namespace Listing.Tests.Keywords;

/// <summary>Ranks go to the listing's rank stream, and the keyword set stays as small as its keywords (ADR 0009).</summary>
public sealed class KeywordRankStreamTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);

    [Fact]
    public async Task a_rank_a_day_for_every_keyword_never_grows_the_keyword_sets_stream()
    {
        var (listingId, set) = await App.ListingWithKeywords();

        for (var day = 20; day >= 0; day--)
            foreach (var keyword in set.Keywords)
                await App.ObserveRank(listingId, keyword.Keyword, 10 + day, null, Today.AddDays(-day)).Ok<KeywordSetView>();

        var after = await App.KeywordSet(listingId);
        after.Version.ShouldBe(set.Version);
        after.Keywords.ShouldAllBe(k => k.OrganicRank == 10 && k.RankObservedOn == Today);
        (await App.KeywordHistory(listingId)).Count.ShouldBe((int)set.Version);
        await using var session = Host.Services.GetRequiredService<IListingStore>().QuerySession();
        (await session.Events.FetchStreamAsync(KeywordRanks.IdFor(listingId))).Count.ShouldBe(21 * 3);
    }

    [Fact]
    public async Task ranks_observed_on_the_sets_stream_before_it_had_a_rank_stream_still_show_until_a_later_day_is_recorded()
    {
        var (listingId, set) = await App.ListingWithKeywords();
        await using (var session = Host.Services.GetRequiredService<IListingStore>().LightweightSession())
        {
            // Stored as the module did before ADR 0009.
            session.Events.Append(set.Id, new KeywordRankObserved(set.Id, "wireless earbuds", Today, 7, 2, "listing@demo.ops", OpsFixture.Start));
            await session.SaveChangesAsync();
        }
        (await App.KeywordSet(listingId)).Keywords[0].OrganicRank.ShouldBe(7);

        await App.ObserveRank(listingId, "wireless earbuds", 30, null, Today.AddDays(-1)).Ok<KeywordSetView>(); // older: history only
        (await App.KeywordSet(listingId)).Keywords[0].OrganicRank.ShouldBe(7);
        var later = await App.ObserveRank(listingId, "wireless earbuds", 5, 1, Today.AddDays(1)).Ok<KeywordSetView>();

        later.Keywords[0].ShouldBe(set.Keywords[0] with { OrganicRank = 5, SponsoredRank = 1, RankObservedOn = Today.AddDays(1) });
        later.Keywords[1].ShouldBe(set.Keywords[1]);
    }
}
