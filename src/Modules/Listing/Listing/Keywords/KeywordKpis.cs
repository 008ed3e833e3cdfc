using Marten;
using Ops.Shared.Kpis;

namespace Ops.Listing.Keywords;

/// <summary>
/// The keyword indicators of the listing KPIs (listing.md, "KPIs"): how many keywords are tracked, and how many of
/// the core ones the listing ranks for on the first page of organic results. Both as they stand now (ranks as last
/// observed); no list endpoint shows keywords across listings, so neither links a list.
/// </summary>
public static class KeywordKpis
{
    /// <summary>Organic positions on Amazon's first search results page (48 in the grid layout).</summary>
    public const int FirstPageRank = 48;

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, ListingKpiTargets targets, CancellationToken ct)
    {
        var sets = await session.TableOfAsync<KeywordSetView>(ct);
        var byRelevance = await session.RowsAsync<KeyCount>($"""
            select jsonb_build_object('key', k->>'relevance', 'count', count(*))
            from {sets} s cross join jsonb_array_elements(coalesce(s.data->'keywords', '[]')) k
            group by k->>'relevance'
            """, ct);
        var coreOnFirstPage = (await session.RowsAsync<KeyCount>($"""
            select jsonb_build_object('key', ?, 'count', count(*))
            from {sets} s cross join jsonb_array_elements(coalesce(s.data->'keywords', '[]')) k
            where k->>'relevance' = ? and (k->>'organicRank')::int <= ?
            """, ct, nameof(KeywordRelevance.Core), nameof(KeywordRelevance.Core), FirstPageRank)).Single().Count;
        var core = byRelevance.Where(r => r.Key == nameof(KeywordRelevance.Core)).Sum(r => r.Count);

        return
        [
            Kpi.Of("keywords.tracked", "Keywords tracked", "跟踪的关键词", byRelevance.Sum(r => r.Count), KpiUnit.Count,
                KpiQueries.PartsIn(Enum.GetValues<KeywordRelevance>(), byRelevance)),
            Kpi.Of("keywords.core_on_first_page", "Core keywords ranked on page 1", "首页自然排名的核心关键词", Kpi.Percent(coreOnFirstPage, core),
                KpiUnit.Percent).HigherIsBetter(targets.CoreKeywordsOnFirstPagePercent),
        ];
    }
}
