using Marten;
using Ops.Shared.Kpis;

namespace Ops.Logistics.Stocktakes;

/// <summary>
/// Stocktake accuracy (logistics.md, "KPIs"): of the lines of stocktakes approved in the period, the share counted equal
/// to the frozen system quantity, in percent (one decimal, half away from zero).
/// </summary>
public static class StocktakeKpis
{
    private static readonly KpiList Stocktakes = new("/api/logistics/stocktakes", new Dictionary<string, string> { ["status"] = "Approved" });

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, LogisticsKpiTargets targets, CancellationToken ct)
    {
        var table = await session.TableOfAsync<StocktakeView>(ct);
        const string approvedAt = "(data->>'approvedAt')::timestamptz";
        var byBack = (await session.RowsAsync<Accuracy>($"""
            select jsonb_build_object('back', back, 'counted', count(*), 'exact', count(*) filter (where variance = 0)) from (
              select {period.PeriodsBackSql(approvedAt)} as back, (l->>'variance')::int as variance
              from {table} cross join lateral jsonb_array_elements(data->'lines') l
              where data->>'status' = 'Approved' and {period.InTrendSql(approvedAt)}) line
            group by back
            """, ct)).ToDictionary(a => a.Back);
        return
        [
            Kpi.Over(period, "stocktakes.accuracy", "Stocktake accuracy", "盘点准确率", KpiUnit.Percent,
                    back => byBack.GetValueOrDefault(back) is { } a ? Kpi.Percent(a.Exact, a.Counted) : null)
                .HigherIsBetter(targets.StocktakeAccuracyPercent).ListedAt(Stocktakes),
        ];
    }

    internal sealed record Accuracy(int Back, long Counted, long Exact);
}
