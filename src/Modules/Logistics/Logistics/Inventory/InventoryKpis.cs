using Marten;
using Ops.Logistics.Products;
using Ops.Shared.Kpis;

namespace Ops.Logistics.Inventory;

/// <summary>
/// The inventory indicators of the logistics KPIs (logistics.md, "KPIs"), in SQL over the movement rows and the SKU
/// catalogue, for the period and each period back of the trend:
/// <list type="bullet">
/// <item>Inventory turnover = COGS ÷ average inventory value: COGS = units shipped in the period × the SKU's unit cost;
/// average inventory value = (on hand at the start + on hand at the end) ÷ 2 × unit cost, summed over every SKU with a cost.</item>
/// <item>Stockout days: for every day of the period and every SKU × warehouse that had stock movements by then, a day
/// counts when the SKU was live (sellable) and its available stock at the end of the day was zero.</item>
/// </list>
/// </summary>
public static class InventoryKpis
{
    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, LogisticsKpiTargets targets, CancellationToken ct)
    {
        var movements = await session.TableOfAsync<StockMovement>(ct);
        var products = await session.TableOfAsync<LogisticsProduct>(ct);
        var turnover = new decimal?[KpiPeriod.TrendPeriods];
        var stockoutDays = new decimal?[KpiPeriod.TrendPeriods];
        for (var back = 0; back < KpiPeriod.TrendPeriods; back++)
        {
            var p = period.Back(back);
            var value = (await session.RowsAsync<Value>($"""
                select jsonb_build_object(
                  'cogs', coalesce(sum((m.data->>'quantity')::int * (p.data->>'unitCost')::numeric)
                    filter (where m.data->>'kind' = 'Shipped' and (m.data->>'at')::timestamptz >= ? and (m.data->>'at')::timestamptz < ?), 0),
                  'atStart', coalesce(sum((m.data->>'onHandChange')::int * (p.data->>'unitCost')::numeric) filter (where (m.data->>'at')::timestamptz < ?), 0),
                  'atEnd', coalesce(sum((m.data->>'onHandChange')::int * (p.data->>'unitCost')::numeric) filter (where (m.data->>'at')::timestamptz < ?), 0))
                from {movements} m join {products} p on p.id = m.data->>'sku'
                where p.data->>'unitCost' is not null
                """, ct, p.From, p.To, p.From, p.To)).Single();
            var average = (value.AtStart + value.AtEnd) / 2m;
            turnover[back] = average > 0 ? Math.Round(value.Cogs / average, 2, MidpointRounding.AwayFromZero) : null;

            var days = (await session.RowsAsync<DayCount>($"""
                with m as (
                  select data->>'itemId' as item, data->>'sku' as sku, (data->>'at')::timestamptz as at,
                    (data->>'onHandChange')::int - (data->>'reservedChange')::int as change
                  from {movements}),
                items as (select item, sku, min(at) as first_at from m group by item, sku),
                day_ends as (select generate_series(?::timestamptz + interval '1 day', ?::timestamptz, interval '1 day') as day_end)
                select jsonb_build_object('count', count(*))
                from day_ends d cross join items i join {products} p on p.id = i.sku
                where i.first_at < d.day_end and (p.data->>'liveSince')::timestamptz < d.day_end
                  and (select coalesce(sum(change), 0) from m where m.item = i.item and m.at < d.day_end) <= 0
                """, ct, p.From, p.To)).Single();
            stockoutDays[back] = days.Count;
        }

        return
        [
            Kpi.Over(period, "inventory.turnover", "Inventory turnover (COGS / average inventory value)", "库存周转率（销货成本 / 平均库存价值）",
                KpiUnit.Ratio, back => turnover[back]).HigherIsBetter(targets.InventoryTurnover),
            Kpi.Over(period, "inventory.stockout_days", "Stockout days (SKU × warehouse days with nothing available while sellable)",
                "缺货天数（在售 SKU 各仓可用库存为零的天数）", KpiUnit.Days, back => stockoutDays[back]).LowerIsBetter(targets.StockoutDays),
        ];
    }

    internal sealed record Value(decimal Cogs, decimal AtStart, decimal AtEnd);

    internal sealed record DayCount(long Count);
}
