using Marten;
using Ops.Shared.Kpis;

namespace Ops.Listing.Keywords;

/// <summary>
/// The keyword indicators of the listing KPIs (listing.md, "KPIs"): how many keywords are tracked, and how many of
/// the core ones the listing ranks for on the first page of organic results.
/// </summary>
public static class KeywordKpis
{
    /// <summary>Organic positions on Amazon's first search results page (48 in the grid layout).</summary>
    public const int FirstPageRank = 48;

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, CancellationToken ct)
    {
        var keywords = (await session.Query<KeywordSetView>().ToListAsync(ct)).SelectMany(s => s.Keywords).ToList();
        var core = keywords.Where(k => k.Relevance == KeywordRelevance.Core).ToList();
        var coreOnFirstPage = core.Count(k => k.OrganicRank <= FirstPageRank);

        return
        [
            Kpi.Of("keywords.tracked", "Keywords tracked", "跟踪的关键词", keywords.Count, KpiUnit.Count,
                [.. Enum.GetValues<KeywordRelevance>().Select(r => new KpiPart(r.ToString(), keywords.Count(k => k.Relevance == r)))]),
            Kpi.Of("keywords.core_on_first_page", "Core keywords ranked on page 1", "首页自然排名的核心关键词", Kpi.Percent(coreOnFirstPage, core.Count),
                KpiUnit.Percent),
        ];
    }
}
