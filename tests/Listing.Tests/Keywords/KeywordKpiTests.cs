using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;
using Ops.Listing.Keywords;
using Ops.Shared.Kpis;
using static Listing.Tests.Keywords.KeywordScenarios;

namespace Listing.Tests.Keywords;

/// <summary>The keyword indicators the listing KPIs endpoint reports, computed straight from the store.</summary>
public sealed class KeywordKpiTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);

    private async Task<IReadOnlyList<Kpi>> Kpis()
    {
        await using var session = Host.Services.GetRequiredService<IListingStore>().QuerySession();
        return await KeywordKpis.ComputeAsync(session, new ListingKpiTargets(), CancellationToken.None);
    }

    [Fact]
    public async Task keywords_are_counted_by_relevance_and_core_ones_on_page_one_are_those_ranked_48_or_better()
    {
        var (first, _) = await App.ListingWithKeywords();
        await App.ObserveRank(first, "wireless earbuds", 14, null, Today).Ok<KeywordSetView>();
        await App.ObserveRank(first, "bluetooth headphones", 2, null, Today).Ok<KeywordSetView>(); // related: not counted
        var second = await App.Listing();
        await App.Add(second, Keyword("sport earbuds"), Keyword("gym earbuds"), Keyword("earphones")).Ok<KeywordSetView>();
        await App.ObserveRank(second, "sport earbuds", 48, null, Today).Ok<KeywordSetView>();
        await App.ObserveRank(second, "gym earbuds", 49, 1, Today).Ok<KeywordSetView>();

        var kpis = await Kpis();

        var tracked = kpis.Single(k => k.Code == "keywords.tracked");
        (tracked.Value, tracked.Unit).ShouldBe((6, KpiUnit.Count));
        tracked.Parts.ShouldBe([new KpiPart("Core", 4), new KpiPart("Related", 1), new KpiPart("LongTail", 1)]);
        var onFirstPage = kpis.Single(k => k.Code == "keywords.core_on_first_page");
        (onFirstPage.Value, onFirstPage.Unit).ShouldBe((50.0m, KpiUnit.Percent)); // 2 of 4 core keywords
    }

    [Fact]
    public async Task without_core_keywords_the_page_one_share_is_unknown_not_zero()
    {
        var listingId = await App.Listing();
        await App.Add(listingId, Keyword("earbuds for running", relevance: KeywordRelevance.LongTail)).Ok<KeywordSetView>();

        var kpis = await Kpis();

        kpis.Single(k => k.Code == "keywords.tracked").Value.ShouldBe(1);
        kpis.Single(k => k.Code == "keywords.core_on_first_page").Value.ShouldBeNull();
    }
}
