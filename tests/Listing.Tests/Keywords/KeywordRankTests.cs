using Ops.Listing.Keywords;
using Ops.Shared;
using static Listing.Tests.Keywords.KeywordScenarios;

namespace Listing.Tests.Keywords;

public sealed class KeywordRankTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime); // Monday 2030-11-04

    [Fact]
    public async Task the_set_shows_the_latest_observation_by_date_and_an_older_one_goes_to_the_history_only()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        await App.ObserveRank(listingId, "Wireless Earbuds", 14, 3, Today).Ok<KeywordSetView>();
        var set = await App.ObserveRank(listingId, "wireless earbuds", 60, null, Today.AddDays(-7)).Ok<KeywordSetView>();

        set.Keywords[0].ShouldBe(new TrackedKeyword("wireless earbuds", 90_000, KeywordRelevance.Core, 3, 14, 3, Today, OpsFixture.Start));
        set.Keywords[1].RankObservedOn.ShouldBeNull();
    }

    [Fact]
    public async Task the_rank_history_of_a_keyword_lists_one_observation_per_day_oldest_first()
    {
        var (listingId, _) = await App.ListingWithKeywords();
        await App.ObserveRank(listingId, "wireless earbuds", 60, null, Today.AddDays(-14)).Ok<KeywordSetView>();
        await App.ObserveRank(listingId, "wireless earbuds", 14, 3, Today).Ok<KeywordSetView>();
        await App.ObserveRank(listingId, "wireless earbuds", 31, 8, Today.AddDays(-7)).Ok<KeywordSetView>();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.ObserveRank(listingId, "wireless earbuds", 12, 2, Today).Ok<KeywordSetView>(); // corrects today's
        await App.ObserveRank(listingId, "bluetooth headphones", 40, null, Today).Ok<KeywordSetView>();

        var history = await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/{Uri.EscapeDataString("Wireless Earbuds")}/ranks"))
            .Ok<KeywordRankHistory>();
        var lastWeek = await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/wireless earbuds/ranks?from={Today.AddDays(-10):yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}"))
            .Ok<KeywordRankHistory>();

        (history.ListingId, history.Keyword).ShouldBe((listingId, "wireless earbuds"));
        history.Ranks.ShouldBe([
            new KeywordRank(Today.AddDays(-14), 60, null, "listing@demo.ops", OpsFixture.Start),
            new KeywordRank(Today.AddDays(-7), 31, 8, "listing@demo.ops", OpsFixture.Start),
            new KeywordRank(Today, 12, 2, "listing@demo.ops", OpsFixture.Start.AddHours(1)),
        ]);
        lastWeek.Ranks.Select(r => r.ObservedOn).ShouldBe([Today.AddDays(-7)]);
        (await App.KeywordSet(listingId)).Keywords[0].OrganicRank.ShouldBe(12);
    }

    [Fact]
    public async Task the_rank_history_is_read_between_dates_in_order()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/wireless earbuds/ranks?from=2030-11-04&to=2030-11-03"))
            .ShouldHaveFieldError("to");
    }

    [Fact]
    public async Task a_keyword_may_be_observed_unranked()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var set = await App.ObserveRank(listingId, "earbuds for running", null, null, Today).Ok<KeywordSetView>();

        set.Keywords[2].ShouldBe(new TrackedKeyword("earbuds for running", 3_500, KeywordRelevance.LongTail, 1, null, null, Today, OpsFixture.Start));
    }

    [Fact]
    public async Task ranks_start_at_one_and_the_day_is_given_and_not_in_the_future()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var problem = await App.ObserveRank(listingId, "wireless earbuds", 0, 0, Today.AddDays(2)).ShouldHaveFieldError("organicRank");
        problem.Errors!.Keys.ShouldBe(["organicRank", "sponsoredRank", "observedOn"], ignoreOrder: true);
        await As(Role.Listing, x => x.Post.Json(new { keyword = "wireless earbuds", organicRank = 4 }).ToUrl($"{KeywordsOf(listingId)}/ranks"))
            .ShouldHaveFieldError("observedOn");
        await App.ObserveRank(listingId, " ", 4, null, Today).ShouldHaveFieldError("keyword");
    }

    [Fact]
    public async Task tomorrow_somewhere_on_earth_is_not_the_future()
    {
        var (listingId, _) = await App.ListingWithKeywords(); // 14:00 UTC on Monday is already Tuesday east of UTC+10

        await App.ObserveRank(listingId, "wireless earbuds", 9, null, Today.AddDays(1)).Ok<KeywordSetView>();
    }

    [Fact]
    public async Task the_rank_history_is_kept_when_a_keyword_is_dropped_and_shows_again_when_it_is_back()
    {
        var (listingId, _) = await App.ListingWithKeywords();
        await App.ObserveRank(listingId, "wireless earbuds", 14, 3, Today).Ok<KeywordSetView>();
        await As(Role.Listing, x => x.Delete.Url($"{KeywordsOf(listingId)}/wireless earbuds")).Ok<KeywordSetView>();

        await App.Add(listingId, Keyword("wireless earbuds")).Ok<KeywordSetView>();
        var history = await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/wireless earbuds/ranks")).Ok<KeywordRankHistory>();

        history.Ranks.Select(r => r.OrganicRank).ShouldBe([14]);
    }

    [Fact]
    public async Task the_auditor_cannot_record_ranks()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        await As(Role.Auditor, x => x.Post.Json(new { keyword = "wireless earbuds", organicRank = 4, observedOn = Today }).ToUrl($"{KeywordsOf(listingId)}/ranks"))
            .ShouldBeProblem(403, "forbidden");
    }
}
