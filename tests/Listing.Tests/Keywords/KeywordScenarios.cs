using Alba;
using Ops.Listing.Keywords;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Listing.Tests.Keywords;

/// <summary>Given-states for keyword tests, built through the API as a listing operator would.</summary>
public static class KeywordScenarios
{
    public static string KeywordsOf(Guid listingId) => $"/api/listing/listings/{listingId}/keywords";

    public static KeywordRequest Keyword(string keyword, int searchVolume = 12_000, KeywordRelevance relevance = KeywordRelevance.Core,
        int entryPoints = 3) => new() { Keyword = keyword, SearchVolume = searchVolume, Relevance = relevance, EntryPoints = entryPoints };

    public static Task<IScenarioResult> Add(this ListingApp app, Guid listingId, params KeywordRequest[] keywords) =>
        app.As(Role.Listing, x => x.Post.Json(new { keywords }).ToUrl(KeywordsOf(listingId)));

    public static Task<IScenarioResult> Replace(this ListingApp app, Guid listingId, params KeywordRequest[] keywords) =>
        app.As(Role.Listing, x => x.Put.Json(new { keywords }).ToUrl(KeywordsOf(listingId)));

    public static Task<IScenarioResult> ObserveRank(this ListingApp app, Guid listingId, string keyword, int? organicRank, int? sponsoredRank,
        DateOnly observedOn) =>
        app.As(Role.Listing, x => x.Post.Json(new { keyword, organicRank, sponsoredRank, observedOn }).ToUrl($"{KeywordsOf(listingId)}/ranks"));

    /// <summary>A listing tracking "wireless earbuds" (core), "bluetooth headphones" (related) and "earbuds for running" (long tail).</summary>
    public static async Task<(Guid ListingId, KeywordSetView Set)> ListingWithKeywords(this ListingApp app)
    {
        var listingId = await app.Listing();
        var set = await app.Add(listingId, Keyword("wireless earbuds", 90_000), Keyword("bluetooth headphones", 40_000, KeywordRelevance.Related, 2),
            Keyword("earbuds for running", 3_500, KeywordRelevance.LongTail, 1)).Ok<KeywordSetView>();
        return (listingId, set);
    }

    public static Task<KeywordSetView> KeywordSet(this ListingApp app, Guid listingId, string query = "") =>
        app.As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}{query}")).Ok<KeywordSetView>();

    public static Task<IReadOnlyList<HistoryEntry>> KeywordHistory(this ListingApp app, Guid listingId) =>
        app.As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
