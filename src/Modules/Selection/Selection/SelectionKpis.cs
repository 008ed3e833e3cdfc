using System.Globalization;
using FastEndpoints;
using Marten;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Selection;

/// <summary>
/// <c>GET /api/selection/kpis?from=&amp;to=</c> (selection.md, "KPIs"). Over the period (by default the last 30 days): the
/// screening and sample pass rates (every screening and every tested sample, repeats included, by when it was decided),
/// the days from proposal to approval (of the candidates approved in it), suppliers' on-time delivery (every logistics
/// receipt received in it); each with the previous period, a trend and its target from the settings. As they stand now:
/// candidates by stage and suppliers by grade.
/// </summary>
public sealed class SelectionKpisEndpoint(ISelectionStore store, StoreResults results, TimeProvider time) : Endpoint<KpiRequest, KpiReport>
{
    private const string Ungraded = "ungraded";
    private const decimal SecondsPerDay = 86_400m;
    private static readonly KpiList Candidates = new("/api/selection/candidates", new Dictionary<string, string>());
    private static readonly KpiList Suppliers = new("/api/selection/suppliers", new Dictionary<string, string>());

    public override void Configure()
    {
        Get("/kpis");
        Group<SelectionGroup>();
        Roles(Role.Readers);
        Validator<KpiRequestValidator>();
    }

    public override async Task HandleAsync(KpiRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var key = $"kpis|{request.From?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}|{request.To?.ToString("O", CultureInfo.InvariantCulture) ?? "now"}";
        await Send.OkAsync(await results.GetOrComputeAsync(session, key, token => MeasureAsync(session, request, token), ct), ct);
    }

    private async Task<KpiReport> MeasureAsync(IQuerySession session, KpiRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var period = request.PeriodAt(now);
        var targets = (await session.CurrentAsync<SelectionSettings>(ct)).Settings.KpiTargets;
        var candidates = await session.TableOfAsync<CandidateDetails>(ct);
        var suppliers = await session.TableOfAsync<SupplierDetails>(ct);
        var deliveries = await session.TableOfAsync<RecordedDelivery>(ct);
        var stages = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'stage', 'count', count(*)) from {candidates} group by data->>'stage'", ct);
        var grades = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', {SupplierDetails.GradeColumn}, 'count', count(*)) from {suppliers} group by {SupplierDetails.GradeColumn}", ct);
        // Every screening, tested sample and approval within the trend's periods, counted per period.
        var decisions = ByPeriod(await session.RowsAsync<CandidateFigures>($"""
            select jsonb_build_object('back', back,
              'screenings', count(*) filter (where kind = 'screening'),
              'screeningsPassed', count(*) filter (where kind = 'screening' and passed),
              'samplesTested', count(*) filter (where kind = 'sample'),
              'samplesPassed', count(*) filter (where kind = 'sample' and passed),
              'approvals', count(*) filter (where kind = 'approval'),
              'secondsToApproval', coalesce(sum(seconds) filter (where kind = 'approval'), 0))
            from (
              select {period.PeriodsBackSql("item.at")} as back, item.* from (
                select 'screening' as kind, {CandidateActivities.ScreenedAt} as at, s->>'verdict' = ? as passed, null::numeric as seconds
                from {candidates} cross join lateral {CandidateActivities.Screenings}
                union all
                select 'sample', {CandidateActivities.ResultsRecordedAt}, s->>'status' = ?, null
                from {candidates} cross join lateral {CandidateActivities.Samples} where {CandidateActivities.SampleTested}
                union all
                select 'approval', {CandidateActivities.ApprovedAt}, null,
                  extract(epoch from {CandidateActivities.ApprovedAt} - {CandidateActivities.ProposedAt})
                from {candidates} where data->>'approvedAt' is not null) item
              where {period.InTrendSql("item.at")}) figures
            group by back
            """, ct, nameof(Verdict.Pass), nameof(SampleStatus.Passed)), f => f.Back);
        var received = ByPeriod(await session.RowsAsync<DeliveryFigures>($"""
            select jsonb_build_object('back', back, 'count', count(*), 'onTime', count(*) filter (where on_time))
            from (
              select {period.PeriodsBackSql(SupplierActivities.ReceivedAt)} as back, (data->>'onTime')::boolean as on_time
              from {deliveries} where {period.InTrendSql(SupplierActivities.ReceivedAt)}) figures
            group by back
            """, ct), f => f.Back);

        return new KpiReport(SelectionModule.Module.Name, now, period,
        [
            Kpi.Of("selection.candidates_by_stage", "Candidates by stage", "各阶段候选品数", stages.Sum(s => s.Count), KpiUnit.Count,
                    [.. KpiQueries.PartsIn(Enum.GetValues<CandidateStage>(), stages).Select(p => p with { List = Candidates.With("stage", p.Key) })])
                .ListedAt(Candidates),
            Kpi.Over(period, "selection.screening_pass_rate", "Screening pass rate", "筛选通过率", KpiUnit.Percent,
                    back => decisions(back) is { } f ? Kpi.Percent(f.ScreeningsPassed, f.Screenings) : null)
                .HigherIsBetter(targets.ScreeningPassRatePercent)
                .ListedAt(Candidates.Within(nameof(CandidateActivity.Screened), period)),
            Kpi.Over(period, "selection.average_days_proposed_to_approved", "Average days from proposal to approval", "从提交到批准的平均天数",
                    KpiUnit.Days, back => decisions(back) is { } f ? Kpi.Average(f.SecondsToApproval / SecondsPerDay, f.Approvals) : null)
                .LowerIsBetter(targets.DaysProposedToApproved)
                .ListedAt(Candidates.Within(nameof(CandidateActivity.Approved), period)),
            Kpi.Over(period, "selection.sample_pass_rate", "Sample pass rate", "样品通过率", KpiUnit.Percent,
                    back => decisions(back) is { } f ? Kpi.Percent(f.SamplesPassed, f.SamplesTested) : null)
                .HigherIsBetter(targets.SamplePassRatePercent)
                .ListedAt(Candidates.Within(nameof(CandidateActivity.SampleTested), period)),
            Kpi.Of("selection.suppliers_by_grade", "Suppliers by grade", "各等级供应商数", grades.Sum(g => g.Count), KpiUnit.Count,
                [
                    .. KpiQueries.PartsIn(Enum.GetValues<SupplierGrade>(), grades).Select(p => p with { List = Suppliers.With("grade", p.Key) }),
                    // No list filter selects the suppliers not graded yet.
                    new KpiPart(Ungraded, grades.Where(g => g.Key is null).Sum(g => g.Count)),
                ]).ListedAt(Suppliers),
            Kpi.Over(period, "selection.supplier_on_time_delivery", "Suppliers' on-time delivery", "供应商准时交货率", KpiUnit.Percent,
                    back => received(back) is { } f ? Kpi.Percent(f.OnTime, f.Count) : null)
                .HigherIsBetter(targets.SupplierOnTimeDeliveryPercent)
                .ListedAt(Suppliers.Within(nameof(SupplierActivity.Delivered), period)),
        ]);
    }

    /// <summary>The rows of a per-period query by how many periods back they lie; a period without rows has none.</summary>
    private static Func<int, T?> ByPeriod<T>(IReadOnlyList<T> rows, Func<T, int> back) where T : class
    {
        var byBack = rows.ToDictionary(back);
        return n => byBack.GetValueOrDefault(n);
    }

    internal sealed record CandidateFigures(
        int Back, long Screenings, long ScreeningsPassed, long SamplesTested, long SamplesPassed, long Approvals, decimal SecondsToApproval);

    internal sealed record DeliveryFigures(int Back, long Count, long OnTime);
}
