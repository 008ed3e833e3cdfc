using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Listing.Keywords;
using Ops.Listing.Promotions;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>GET /api/listing/kpis</c> (listing.md, "KPIs"): listings by status, first-pass approval rate, average days from
/// product approval (or, for a draft made by hand, its creation) to first going live, go-live deadline met %, and the
/// average content score, keyword coverage; then the keyword and promotion indicators (<see cref="KeywordKpis"/>,
/// <see cref="PromotionKpis"/>). Rates and averages are null while there is nothing to measure.
/// </summary>
public sealed class GetKpisEndpoint(IListingStore store, StoreResults results, TimeProvider time) : EndpointWithoutRequest<KpiReport>
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
        await Send.OkAsync(await results.GetOrComputeAsync(session, "kpis", token => ReportAsync(session, token), ct), ct);
    }

    private async Task<KpiReport> ReportAsync(IQuerySession session, CancellationToken ct)
    {
        IReadOnlyList<Kpi> kpis = [.. await MeasureAsync(session, ct), .. await KeywordKpis.ComputeAsync(session, ct), .. await PromotionKpis.ComputeAsync(session, ct)];
        return new KpiReport(ListingModule.Module.Name, time.GetUtcNow(), kpis);
    }

    private const decimal SecondsPerDay = 86_400m;

    /// <summary>What the indicators read of the listings: counts and totals, grouped in the database.</summary>
    internal sealed record Figures(
        long Reviewed, long ApprovedFirstTime, long WentLive, decimal SecondsToLive, long DeadlinesDecided, long DeadlinesMet,
        long Listings, decimal TotalContentScore, long WithCoverage, decimal TotalCoveragePercent);

    private static async Task<IReadOnlyList<Kpi>> MeasureAsync(IQuerySession session, CancellationToken ct)
    {
        var listings = await session.TableOfAsync<ListingDetails>(ct);
        var statuses = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'status', 'count', count(*)) from {listings} group by data->>'status'", ct);
        var f = (await session.RowsAsync<Figures>($"""
            select jsonb_build_object(
              'reviewed', count(*) filter (where data->>'approvedOnFirstSubmission' is not null),
              'approvedFirstTime', count(*) filter (where (data->>'approvedOnFirstSubmission')::boolean),
              'wentLive', count(*) filter (where data->>'firstWentLiveAt' is not null),
              'secondsToLive', coalesce(sum(extract(epoch from (data->>'firstWentLiveAt')::timestamptz
                - coalesce(data->>'productApprovedAt', data->>'draftedAt')::timestamptz)) filter (where data->>'firstWentLiveAt' is not null), 0),
              'deadlinesDecided', count(*) filter (where data->>'deadlineState' in (?, ?)),
              'deadlinesMet', count(*) filter (where data->>'deadlineState' = ?),
              'listings', count(*),
              'totalContentScore', coalesce(sum((data->>'contentScore')::numeric), 0),
              'withCoverage', count(*) filter (where data->'quality'->>'keywordCoveragePercent' is not null),
              'totalCoveragePercent', coalesce(sum((data->'quality'->>'keywordCoveragePercent')::numeric), 0))
            from {listings}
            """, ct, nameof(GoLiveDeadlineState.Met), nameof(GoLiveDeadlineState.Breached), nameof(GoLiveDeadlineState.Met))).Single();
        return
        [
            Kpi.Of("listing.listings_by_status", "Listings by status", "各状态商品数", statuses.Sum(s => s.Count), KpiUnit.Count,
                KpiQueries.PartsIn(Enum.GetValues<ListingStatus>(), statuses)),
            Kpi.Of("listing.first_pass_approval_rate", "First-pass approval rate", "首次提交通过率",
                Kpi.Percent(f.ApprovedFirstTime, f.Reviewed), KpiUnit.Percent),
            Kpi.Of("listing.average_days_to_live", "Average days from approval to live", "从批准到上架平均天数",
                Kpi.Average(f.SecondsToLive / SecondsPerDay, f.WentLive), KpiUnit.Days),
            Kpi.Of("listing.go_live_deadline_met_rate", "Go-live deadline met", "按时上架率",
                Kpi.Percent(f.DeadlinesMet, f.DeadlinesDecided), KpiUnit.Percent),
            Kpi.Of("listing.average_content_score", "Average content score", "平均内容评分",
                Kpi.Average(f.TotalContentScore, f.Listings), KpiUnit.Score),
            Kpi.Of("listing.keyword_coverage", "Target keyword coverage", "目标关键词覆盖率",
                Kpi.Average(f.TotalCoveragePercent, f.WithCoverage), KpiUnit.Percent),
        ];
    }
}
