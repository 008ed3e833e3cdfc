using Marten;
using Ops.Shared.Kpis;

namespace Ops.Listing.Promotions;

/// <summary>
/// The promotion indicators of the listing KPIs (listing.md, "KPIs"): ROI (sales / spend) and ACoS across every
/// recorded week of every plan (a cancelled plan's weeks were real spend too), how many plans meet their ACoS target,
/// and the plans by status. Amounts of different currencies never add up: ROI and ACoS are broken down by currency,
/// and their value is given only while all results share one. Rounded as <see cref="PromotionFigures"/> rounds.
/// </summary>
public static class PromotionKpis
{
    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, CancellationToken ct)
    {
        var plans = await session.TableOfAsync<PromotionPlanView>(ct);
        var byStatus = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'status', 'count', count(*)) from {plans} group by data->>'status'", ct);
        // A plan's totals are in its budget's currency (PromotionPlanView); plans without results add nothing.
        var byCurrency = (await session.RowsAsync<Totals>($"""
            select jsonb_build_object('currency', data->'budget'->>'currency',
              'spend', sum((data->'totalSpend'->>'amount')::numeric), 'sales', sum((data->'totalSales'->>'amount')::numeric))
            from {plans} where jsonb_array_length(coalesce(data->'results', '[]')) > 0
            group by data->'budget'->>'currency'
            """, ct)).OrderBy(t => t.Currency, StringComparer.Ordinal).ToList();
        var acos = (await session.RowsAsync<AcosTargets>($"""
            select jsonb_build_object('withAcos', count(*),
              'met', count(*) filter (where (data->>'acosPercent')::numeric <= (data->>'acosTargetPercent')::numeric))
            from {plans} where data->>'acosPercent' is not null
            """, ct)).Single();

        return
        [
            Kpi.Of("promotions.roi", "Promotion ROI (sales / spend)", "推广投资回报率（销售额 / 花费）",
                OnlyCurrency(byCurrency, t => t.Roi), KpiUnit.Ratio, PerCurrency(byCurrency, t => t.Roi)),
            Kpi.Of("promotions.acos", "Promotion ACoS", "推广 ACoS（广告花费占销售额比例）",
                OnlyCurrency(byCurrency, t => t.AcosPercent), KpiUnit.Percent, PerCurrency(byCurrency, t => t.AcosPercent)),
            Kpi.Of("promotions.acos_target_met", "Plans meeting their ACoS target", "达成 ACoS 目标的推广计划",
                Kpi.Percent(acos.Met, acos.WithAcos), KpiUnit.Percent),
            Kpi.Of("promotions.plans", "Promotion plans", "推广计划", byStatus.Sum(s => s.Count), KpiUnit.Count,
                KpiQueries.PartsIn(Enum.GetValues<PromotionStatus>(), byStatus)),
        ];
    }

    private static decimal? OnlyCurrency(IReadOnlyList<Totals> byCurrency, Func<Totals, decimal?> figure) =>
        byCurrency is [var only] ? figure(only) : null;

    private static List<KpiPart> PerCurrency(IReadOnlyList<Totals> byCurrency, Func<Totals, decimal?> figure) =>
        [.. byCurrency.Where(t => figure(t) is not null).Select(t => new KpiPart(t.Currency, figure(t)!.Value))];

    /// <summary>All recorded weeks of the plans in one currency.</summary>
    internal sealed record Totals(string Currency, decimal Spend, decimal Sales)
    {
        public decimal? Roi => PromotionFigures.Roi(Sales, Spend);
        public decimal? AcosPercent => PromotionFigures.AcosPercent(Spend, Sales);
    }

    internal sealed record AcosTargets(long WithAcos, long Met);
}
