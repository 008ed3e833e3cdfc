using System.Globalization;
using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Service;

/// <summary>
/// <c>GET /api/service/kpis?from=&amp;to=</c> (service.md, "KPIs"): over the period (by default the last 30 days), each
/// with the previous period, a trend and its target from the settings. Each area computes its own in SQL.
/// </summary>
public sealed class GetKpisEndpoint(IServiceStore store, StoreResults results, TimeProvider time) : Endpoint<KpiRequest, KpiReport>
{
    public override void Configure()
    {
        Get("/kpis");
        Group<ServiceGroup>();
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
        var targets = (await session.CurrentAsync<ServiceSettings>(ct)).Settings.KpiTargets;
        IReadOnlyList<Kpi> kpis =
        [
            .. await Inquiries.InquiryKpis.ComputeAsync(session, period, targets, ct),
            .. await ServiceQualityKpis.ComputeAsync(session, period, targets, now, ct),
        ];
        return new KpiReport(ServiceModule.Module.Name, now, period, kpis);
    }
}
