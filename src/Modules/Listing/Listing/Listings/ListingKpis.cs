using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Listing.Keywords;
using Ops.Listing.Promotions;
using Ops.Shared.Kpis;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>GET /api/listing/kpis</c> (listing.md, "KPIs"): listings by status, first-pass approval rate, average days from
/// product approval (or, for a draft made by hand, its creation) to first going live, go-live deadline met %, and the
/// average content score, keyword coverage; then the keyword and promotion indicators (<see cref="KeywordKpis"/>,
/// <see cref="PromotionKpis"/>). Rates and averages are null while there is nothing to measure.
/// </summary>
public sealed class GetKpisEndpoint(IListingStore store, TimeProvider time) : EndpointWithoutRequest<KpiReport>
{
    public override void Configure()
    {
        Get("/kpis");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var listings = await session.Query<ListingDetails>()
            .Select(l => new KpiRow(l.Status, l.ApprovedOnFirstSubmission, l.ProductApprovedAt, l.DraftedAt, l.FirstWentLiveAt, l.DeadlineState,
                l.ContentScore, l.Quality.KeywordCoveragePercent))
            .ToListAsync(ct);
        IReadOnlyList<Kpi> kpis = [.. Measure(listings), .. await KeywordKpis.ComputeAsync(session, ct), .. await PromotionKpis.ComputeAsync(session, ct)];
        await Send.OkAsync(new KpiReport(ListingModule.Module.Name, time.GetUtcNow(), kpis), ct);
    }

    /// <summary>What the indicators read of a listing: one narrow row each, not the whole document.</summary>
    public sealed record KpiRow(ListingStatus Status, bool? ApprovedOnFirstSubmission, DateTimeOffset? ProductApprovedAt, DateTimeOffset DraftedAt,
        DateTimeOffset? FirstWentLiveAt, GoLiveDeadlineState DeadlineState, int ContentScore, decimal? KeywordCoveragePercent);

    private static IReadOnlyList<Kpi> Measure(IReadOnlyList<KpiRow> listings)
    {
        var reviewed = listings.Where(l => l.ApprovedOnFirstSubmission is not null).ToList();
        var daysToLive = listings.Where(l => l.FirstWentLiveAt is not null)
            .Select(l => (decimal)(l.FirstWentLiveAt!.Value - (l.ProductApprovedAt ?? l.DraftedAt)).TotalDays).ToList();
        var deadlines = listings.Where(l => l.DeadlineState is GoLiveDeadlineState.Met or GoLiveDeadlineState.Breached).ToList();
        return
        [
            Kpi.Of("listing.listings_by_status", "Listings by status", "各状态商品数", listings.Count, KpiUnit.Count,
                [.. Enum.GetValues<ListingStatus>().Select(s => new KpiPart(s.ToString(), listings.Count(l => l.Status == s)))]),
            Kpi.Of("listing.first_pass_approval_rate", "First-pass approval rate", "首次提交通过率",
                Kpi.Percent(reviewed.Count(l => l.ApprovedOnFirstSubmission == true), reviewed.Count), KpiUnit.Percent),
            Kpi.Of("listing.average_days_to_live", "Average days from approval to live", "从批准到上架平均天数",
                Kpi.Average(daysToLive), KpiUnit.Days),
            Kpi.Of("listing.go_live_deadline_met_rate", "Go-live deadline met", "按时上架率",
                Kpi.Percent(deadlines.Count(l => l.DeadlineState == GoLiveDeadlineState.Met), deadlines.Count), KpiUnit.Percent),
            Kpi.Of("listing.average_content_score", "Average content score", "平均内容评分",
                Kpi.Average([.. listings.Select(l => (decimal)l.ContentScore)]), KpiUnit.Score),
            Kpi.Of("listing.keyword_coverage", "Target keyword coverage", "目标关键词覆盖率",
                Kpi.Average([.. listings.Where(l => l.KeywordCoveragePercent is not null).Select(l => l.KeywordCoveragePercent!.Value)]), KpiUnit.Percent),
        ];
    }
}
