using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Kpis;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>GET /api/listing/kpis</c> (listing.md, "KPIs"): listings by status, first-pass approval rate, average days from
/// product approval (or, for a draft made by hand, its creation) to first going live, go-live deadline met %, and the
/// average content score. Rates and averages are null while there is nothing to measure.
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
            .Select(l => new KpiRow(l.Status, l.ApprovedOnFirstSubmission, l.ProductApprovedAt, l.DraftedAt, l.FirstWentLiveAt, l.DeadlineState, l.ContentScore))
            .ToListAsync(ct);
        await Send.OkAsync(new KpiReport(ListingModule.Module.Name, time.GetUtcNow(), Measure(listings)), ct);
    }

    /// <summary>What the indicators read of a listing: one narrow row each, not the whole document.</summary>
    public sealed record KpiRow(ListingStatus Status, bool? ApprovedOnFirstSubmission, DateTimeOffset? ProductApprovedAt, DateTimeOffset DraftedAt,
        DateTimeOffset? FirstWentLiveAt, GoLiveDeadlineState DeadlineState, int ContentScore);

    private static IReadOnlyList<Kpi> Measure(IReadOnlyList<KpiRow> listings)
    {
        var reviewed = listings.Where(l => l.ApprovedOnFirstSubmission is not null).ToList();
        var daysToLive = listings.Where(l => l.FirstWentLiveAt is not null)
            .Select(l => (decimal)(l.FirstWentLiveAt!.Value - (l.ProductApprovedAt ?? l.DraftedAt)).TotalDays).ToList();
        var deadlines = listings.Where(l => l.DeadlineState is GoLiveDeadlineState.Met or GoLiveDeadlineState.Breached).ToList();
        return
        [
            Kpi.Of("listings_by_status", "Listings by status", "各状态商品数", listings.Count, KpiUnit.Count,
                [.. Enum.GetValues<ListingStatus>().Select(s => new KpiPart(s.ToString(), listings.Count(l => l.Status == s)))]),
            Kpi.Of("first_pass_approval_rate", "First-pass approval rate", "首次提交通过率",
                Kpi.Percent(reviewed.Count(l => l.ApprovedOnFirstSubmission == true), reviewed.Count), KpiUnit.Percent),
            Kpi.Of("average_days_to_live", "Average days from approval to live", "从批准到上架平均天数",
                Average(daysToLive), KpiUnit.Days),
            Kpi.Of("go_live_deadline_met_rate", "Go-live deadline met", "按时上架率",
                Kpi.Percent(deadlines.Count(l => l.DeadlineState == GoLiveDeadlineState.Met), deadlines.Count), KpiUnit.Percent),
            Kpi.Of("average_content_score", "Average content score", "平均内容评分",
                Average([.. listings.Select(l => (decimal)l.ContentScore)]), KpiUnit.Score),
        ];
    }

    /// <summary>Rounded to one decimal, half away from zero; null over nothing.</summary>
    private static decimal? Average(IReadOnlyList<decimal> values) =>
        values.Count == 0 ? null : Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);
}
