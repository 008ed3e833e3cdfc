using System.Globalization;
using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Listing.Keywords;
using Ops.Listing.Promotions;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>GET /api/listing/kpis?from=&amp;to=</c> (listing.md, "KPIs"). Over the period (by default the last 30 days): the
/// first-pass approval rate (listings whose first submission was answered in it), the average days from product approval
/// (or, for a draft made by hand, its creation) to first going live (listings first live in it), the go-live deadline met %
/// (deadlines met or breached in it); each with the previous period, a trend and its target from the settings. As they
/// stand now: listings by status, the average content score and keyword coverage. Then the keyword and promotion
/// indicators (<see cref="KeywordKpis"/>, <see cref="PromotionKpis"/>). Rates and averages are null while there is nothing
/// to measure.
/// </summary>
public sealed class GetKpisEndpoint(IListingStore store, StoreResults results, TimeProvider time) : Endpoint<KpiRequest, KpiReport>
{
    internal static readonly KpiList Listings = new("/api/listing/listings", new Dictionary<string, string>());

    public override void Configure()
    {
        Get("/kpis");
        Group<ListingGroup>();
        Roles(Role.Readers);
        Validator<KpiRequestValidator>();
    }

    public override async Task HandleAsync(KpiRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var key = $"kpis|{request.From?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}|{request.To?.ToString("O", CultureInfo.InvariantCulture) ?? "now"}";
        await Send.OkAsync(await results.GetOrComputeAsync(session, key, token => ReportAsync(session, request, token), ct), ct);
    }

    private async Task<KpiReport> ReportAsync(IQuerySession session, KpiRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var period = request.PeriodAt(now);
        var targets = (await session.CurrentAsync<ListingSettings>(ct)).Settings.KpiTargets;
        IReadOnlyList<Kpi> kpis =
        [
            .. await MeasureAsync(session, period, targets, ct),
            .. await KeywordKpis.ComputeAsync(session, targets, ct),
            .. await PromotionKpis.ComputeAsync(session, period, targets, ct),
        ];
        return new KpiReport(ListingModule.Module.Name, now, period, kpis);
    }

    private const decimal SecondsPerDay = 86_400m;

    /// <summary>What the indicators of how listings stand read of them: counts and totals, grouped in the database.</summary>
    internal sealed record Figures(long Listings, decimal TotalContentScore, long WithCoverage, decimal TotalCoveragePercent);

    /// <summary>What the indicators over a period read of the listings, per period back.</summary>
    internal sealed record PeriodFigures(
        int Back, long Reviewed, long ApprovedFirstTime, long WentLive, decimal SecondsToLive, long DeadlinesDecided, long DeadlinesMet);

    private static async Task<IReadOnlyList<Kpi>> MeasureAsync(IQuerySession session, KpiPeriod period, ListingKpiTargets targets, CancellationToken ct)
    {
        var listings = await session.TableOfAsync<ListingDetails>(ct);
        var statuses = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'status', 'count', count(*)) from {listings} group by data->>'status'", ct);
        var f = (await session.RowsAsync<Figures>($"""
            select jsonb_build_object(
              'listings', count(*),
              'totalContentScore', coalesce(sum((data->>'contentScore')::numeric), 0),
              'withCoverage', count(*) filter (where data->'quality'->>'keywordCoveragePercent' is not null),
              'totalCoveragePercent', coalesce(sum((data->'quality'->>'keywordCoveragePercent')::numeric), 0))
            from {listings}
            """, ct)).Single();
        // Each listing's first review, first going live and deadline decision within the trend's periods, per period.
        var rows = (await session.RowsAsync<PeriodFigures>($"""
            select jsonb_build_object('back', back,
              'reviewed', count(*) filter (where kind = 'review'),
              'approvedFirstTime', count(*) filter (where kind = 'review' and yes),
              'wentLive', count(*) filter (where kind = 'live'),
              'secondsToLive', coalesce(sum(seconds) filter (where kind = 'live'), 0),
              'deadlinesDecided', count(*) filter (where kind = 'deadline'),
              'deadlinesMet', count(*) filter (where kind = 'deadline' and yes))
            from (
              select {period.PeriodsBackSql("item.at")} as back, item.* from (
                select 'review' as kind, {ListingActivities.FirstReviewedAt} as at, (data->>'approvedOnFirstSubmission')::boolean as yes,
                  null::numeric as seconds
                from {listings} where data->>'approvedOnFirstSubmission' is not null
                union all
                select 'live', {ListingActivities.FirstWentLiveAt}, null,
                  extract(epoch from {ListingActivities.FirstWentLiveAt} - coalesce(data->>'productApprovedAt', data->>'draftedAt')::timestamptz)
                from {listings} where data->>'firstWentLiveAt' is not null
                union all
                select 'deadline', {ListingActivities.DeadlineDecidedAt}, data->>'deadlineState' = ?, null
                from {listings} where data->>'deadlineState' in (?, ?)) item
              where {period.InTrendSql("item.at")}) figures
            group by back
            """, ct, nameof(GoLiveDeadlineState.Met), nameof(GoLiveDeadlineState.Met), nameof(GoLiveDeadlineState.Breached)))
            .ToDictionary(r => r.Back);
        PeriodFigures? Back(int back) => rows.GetValueOrDefault(back);

        return
        [
            Kpi.Of("listing.listings_by_status", "Listings by status", "各状态商品数", statuses.Sum(s => s.Count), KpiUnit.Count,
                    [.. KpiQueries.PartsIn(Enum.GetValues<ListingStatus>(), statuses).Select(p => p with { List = Listings.With("status", p.Key) })])
                .ListedAt(Listings),
            Kpi.Over(period, "listing.first_pass_approval_rate", "First-pass approval rate", "首次提交通过率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.ApprovedFirstTime, r.Reviewed) : null)
                .HigherIsBetter(targets.FirstPassApprovalRatePercent)
                .ListedAt(Listings.Within(nameof(ListingActivity.FirstReviewed), period)),
            Kpi.Over(period, "listing.average_days_to_live", "Average days from approval to live", "从批准到上架平均天数", KpiUnit.Days,
                    back => Back(back) is { } r ? Kpi.Average(r.SecondsToLive / SecondsPerDay, r.WentLive) : null)
                .LowerIsBetter(targets.DaysApprovedToLive)
                .ListedAt(Listings.Within(nameof(ListingActivity.FirstWentLive), period)),
            Kpi.Over(period, "listing.go_live_deadline_met_rate", "Go-live deadline met", "按时上架率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.DeadlinesMet, r.DeadlinesDecided) : null)
                .HigherIsBetter(targets.GoLiveDeadlineMetPercent)
                .ListedAt(Listings.Within(nameof(ListingActivity.DeadlineDecided), period)),
            Kpi.Of("listing.average_content_score", "Average content score", "平均内容评分", Kpi.Average(f.TotalContentScore, f.Listings), KpiUnit.Score)
                .HigherIsBetter(targets.AverageContentScore)
                .ListedAt(Listings.With("sort", "contentScore")),
            Kpi.Of("listing.keyword_coverage", "Target keyword coverage", "目标关键词覆盖率",
                    Kpi.Average(f.TotalCoveragePercent, f.WithCoverage), KpiUnit.Percent)
                .HigherIsBetter(targets.KeywordCoveragePercent)
                .ListedAt(Listings),
        ];
    }
}
