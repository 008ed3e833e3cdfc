using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared.Kpis;

namespace Ops.Logistics.Orders;

/// <summary>
/// The order KPIs (logistics.md, "KPIs"), over the period and each period of the trend, in SQL over the order read model:
/// <list type="bullet">
/// <item>On-time shipping: orders shipped in the period that shipped by their ship-by deadline.</item>
/// <item>Tracking update timeliness: orders shipped in the period with no missed tracking update.</item>
/// <item>Delay rate: orders delivered in the period that arrived after the promised delivery or had a Delay exception.</item>
/// <item>Damage rate: orders delivered in the period that arrived damaged.</item>
/// </list>
/// Null while there is nothing to measure.
/// </summary>
public static class OrderKpis
{
    internal static readonly KpiList Orders = new("/api/logistics/orders", new Dictionary<string, string>());

    internal sealed record PeriodFigures(int Back, long Shipped, long ShippedOnTime, long TrackedInTime, long Delivered, long Delayed, long Damaged);

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, LogisticsKpiTargets targets,
        CancellationToken ct)
    {
        var orders = await session.TableOfAsync<OrderDetails>(ct);
        var delay = $$"""[{"kind": "{{nameof(ShipmentExceptionKind.Delay)}}"}]""";
        var rows = (await session.RowsAsync<PeriodFigures>($"""
            select jsonb_build_object('back', back,
              'shipped', count(*) filter (where kind = 'ship'),
              'shippedOnTime', count(*) filter (where kind = 'ship' and good),
              'trackedInTime', count(*) filter (where kind = 'ship' and tracked),
              'delivered', count(*) filter (where kind = 'deliver'),
              'delayed', count(*) filter (where kind = 'deliver' and not good),
              'damaged', count(*) filter (where kind = 'deliver' and damaged))
            from (
              select {period.PeriodsBackSql("item.at")} as back, item.* from (
                select 'ship' as kind, (data->'shipment'->>'shippedAt')::timestamptz as at, (data->>'shippedOnTime')::boolean as good,
                  (data->>'trackingUpdatesMissed')::int = 0 as tracked, false as damaged
                from {orders} where data->'shipment'->>'shippedAt' is not null
                union all
                select 'deliver', (data->>'deliveredAt')::timestamptz,
                  coalesce((data->>'deliveredOnTime')::boolean, true) and not (data->'exceptions' @> ?::jsonb), null,
                  coalesce((data->>'damaged')::boolean, false)
                from {orders} where data->>'deliveredAt' is not null) item
              where {period.InTrendSql("item.at")}) figures
            group by back
            """, ct, delay)).ToDictionary(r => r.Back);
        PeriodFigures? Back(int back) => rows.GetValueOrDefault(back);

        return
        [
            Kpi.Over(period, "logistics.on_time_ship_rate", "On-time shipping rate", "准时发货率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.ShippedOnTime, r.Shipped) : null)
                .HigherIsBetter(targets.OnTimeShipPercent).ListedAt(Orders),
            Kpi.Over(period, "logistics.tracking_updated_rate", "Tracking updated in time", "物流跟踪及时更新率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.TrackedInTime, r.Shipped) : null)
                .HigherIsBetter(targets.TrackingUpdatedPercent).ListedAt(Orders),
            Kpi.Over(period, "logistics.delay_rate", "Logistics delay rate", "物流延误率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.Delayed, r.Delivered) : null)
                .LowerIsBetter(targets.DelayRatePercent).ListedAt(Orders),
            Kpi.Over(period, "logistics.damage_rate", "Damage rate", "破损率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.Damaged, r.Delivered) : null)
                .LowerIsBetter(targets.DamageRatePercent).ListedAt(Orders),
        ];
    }
}
