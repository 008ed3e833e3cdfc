using System.Globalization;
using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Logistics;

/// <summary>
/// <c>GET /api/logistics/kpis?from=&amp;to=</c> (logistics.md, "KPIs"): over the period (by default the last 30 days), each
/// with the previous period, a trend and its target from the settings. Each area computes its own in SQL.
/// </summary>
public sealed class GetKpisEndpoint(ILogisticsStore store, StoreResults results, TimeProvider time) : Endpoint<KpiRequest, KpiReport>
{
    public override void Configure()
    {
        Get("/kpis");
        Group<LogisticsGroup>();
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
        var targets = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings.KpiTargets;
        IReadOnlyList<Kpi> kpis =
        [
            // Each area adds its own: .. await OrderKpis.ComputeAsync(session, period, targets, ct),
            .. await Orders.OrderKpis.ComputeAsync(session, period, targets, ct),
            .. await Channels.ChannelCostKpis.ComputeAsync(session, period, targets, ct),
            .. await Stocktakes.StocktakeKpis.ComputeAsync(session, period, targets, ct),
            .. await Inventory.InventoryKpis.ComputeAsync(session, period, targets, ct),
        ];
        return new KpiReport(LogisticsModule.Module.Name, now, period, kpis);
    }
}
