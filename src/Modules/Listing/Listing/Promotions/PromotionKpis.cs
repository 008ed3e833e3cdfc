using Marten;
using Ops.Shared.Kpis;

namespace Ops.Listing.Promotions;

/// <summary>
/// The promotion indicators of the listing KPIs (listing.md, "KPIs"). Over the period, from every week of results of
/// every plan that starts in it (a cancelled plan's weeks were real spend too): ROI (sales / spend), ACoS, and how many
/// plans meet their own ACoS target over those weeks. As they stand now: the plans by status. Amounts of different
/// currencies never add up: ROI and ACoS are broken down by currency, and their value is given only while all results
/// share one. Rounded as <see cref="PromotionFigures"/> rounds.
/// </summary>
public static class PromotionKpis
{
    private static readonly KpiList Plans = new("/api/listing/promotions", new Dictionary<string, string>());

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, ListingKpiTargets targets, CancellationToken ct)
    {
        var plans = await session.TableOfAsync<PromotionPlanView>(ct);
        var byStatus = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'status', 'count', count(*)) from {plans} group by data->>'status'", ct);
        // Per plan and period back: the weeks' spend and sales, in the plan's budget currency (PromotionPlanView).
        const string planWeeks = "plan_weeks";
        var weeks = $"""
            with {planWeeks} as (
              select id, back, currency, target, sum(spend) as spend, sum(sales) as sales from (
                select id, {period.PeriodsBackSql(PromotionActivities.WeekStartsAt)} as back, data->'budget'->>'currency' as currency,
                  (data->>'acosTargetPercent')::numeric as target,
                  (w->'spend'->>'amount')::numeric as spend, (w->'sales'->>'amount')::numeric as sales
                from {plans} cross join lateral {PromotionActivities.Weeks}
                where {period.InTrendSql(PromotionActivities.WeekStartsAt)}) week
              group by id, back, currency, target)
            """;
        var byCurrency = (await session.RowsAsync<Totals>($"""
            {weeks}
            select jsonb_build_object('back', back, 'currency', currency, 'spend', sum(spend), 'sales', sum(sales))
            from {planWeeks} group by back, currency
            """, ct)).ToLookup(t => t.Back);
        // A plan meets its target over the period when its ACoS over the period's weeks, rounded as the plan's own, is at most the target.
        var acos = (await session.RowsAsync<AcosTargets>($"""
            {weeks}
            select jsonb_build_object('back', back, 'withAcos', count(*),
              'met', count(*) filter (where round(spend * 100 / sales, 2) <= target))
            from {planWeeks} where sales <> 0 group by back
            """, ct)).ToDictionary(a => a.Back);
        List<Totals> Currencies(int back) => [.. byCurrency[back].OrderBy(t => t.Currency, StringComparer.Ordinal)];
        var weeksInPeriod = Plans.Within(nameof(PromotionActivity.WeekOfResults), period);

        return
        [
            (Kpi.Over(period, "promotions.roi", "Promotion ROI (sales / spend)", "推广投资回报率（销售额 / 花费）", KpiUnit.Ratio,
                    back => OnlyCurrency(Currencies(back), t => t.Roi)) with { Parts = PerCurrency(Currencies(0), t => t.Roi) })
                .HigherIsBetter(targets.PromotionRoi).ListedAt(weeksInPeriod),
            (Kpi.Over(period, "promotions.acos", "Promotion ACoS", "推广 ACoS（广告花费占销售额比例）", KpiUnit.Percent,
                    back => OnlyCurrency(Currencies(back), t => t.AcosPercent)) with { Parts = PerCurrency(Currencies(0), t => t.AcosPercent) })
                .LowerIsBetter(targets.PromotionAcosPercent).ListedAt(weeksInPeriod),
            Kpi.Over(period, "promotions.acos_target_met", "Plans meeting their ACoS target", "达成 ACoS 目标的推广计划", KpiUnit.Percent,
                    back => acos.GetValueOrDefault(back) is { } a ? Kpi.Percent(a.Met, a.WithAcos) : null)
                .HigherIsBetter(targets.PlansMeetingAcosTargetPercent).ListedAt(weeksInPeriod),
            Kpi.Of("promotions.plans", "Promotion plans", "推广计划", byStatus.Sum(s => s.Count), KpiUnit.Count,
                    [.. KpiQueries.PartsIn(Enum.GetValues<PromotionStatus>(), byStatus).Select(p => p with { List = Plans.With("status", p.Key) })])
                .ListedAt(Plans),
        ];
    }

    private static decimal? OnlyCurrency(IReadOnlyList<Totals> byCurrency, Func<Totals, decimal?> figure) =>
        byCurrency is [var only] ? figure(only) : null;

    private static List<KpiPart> PerCurrency(IReadOnlyList<Totals> byCurrency, Func<Totals, decimal?> figure) =>
        [.. byCurrency.Where(t => figure(t) is not null).Select(t => new KpiPart(t.Currency, figure(t)!.Value))];

    /// <summary>The weeks of the plans in one currency that start in one period.</summary>
    internal sealed record Totals(int Back, string Currency, decimal Spend, decimal Sales)
    {
        public decimal? Roi => PromotionFigures.Roi(Sales, Spend);
        public decimal? AcosPercent => PromotionFigures.AcosPercent(Spend, Sales);
    }

    internal sealed record AcosTargets(int Back, long WithAcos, long Met);
}
