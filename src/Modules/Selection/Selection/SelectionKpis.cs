using FastEndpoints;
using Marten;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;

namespace Ops.Selection;

/// <summary>
/// <c>GET /api/selection/kpis</c> (selection.md, "KPIs"): candidates by stage, screening and sample pass rates, days from
/// proposal to approval, suppliers by grade, suppliers' on-time delivery
/// (every logistics receipt of every supplier). Rates count every screening and every tested sample, repeats included.
/// </summary>
public sealed class SelectionKpisEndpoint(ISelectionStore store, StoreResults results, TimeProvider time) : EndpointWithoutRequest<KpiReport>
{
    private const string Ungraded = "ungraded";
    private const decimal SecondsPerDay = 86_400m;

    public override void Configure()
    {
        Get("/kpis");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        await Send.OkAsync(await results.GetOrComputeAsync(session, "kpis", token => MeasureAsync(session, token), ct), ct);
    }

    private async Task<KpiReport> MeasureAsync(IQuerySession session, CancellationToken ct)
    {
        var candidates = await session.TableOfAsync<CandidateDetails>(ct);
        var suppliers = await session.TableOfAsync<SupplierDetails>(ct);
        var stages = await session.RowsAsync<KeyCount>(
            $"select jsonb_build_object('key', data->>'stage', 'count', count(*)) from {candidates} group by data->>'stage'", ct);
        var byGrade = await session.RowsAsync<GradeFigures>($"""
            select jsonb_build_object('key', {SupplierDetails.GradeColumn}, 'count', count(*),
              'deliveries', coalesce(sum({SupplierDetails.DeliveriesColumn}), 0), 'onTime', coalesce(sum({SupplierDetails.OnTimeColumn}), 0))
            from {suppliers} group by {SupplierDetails.GradeColumn}
            """, ct);
        var grades = byGrade.Select(g => new KeyCount(g.Key, g.Count)).ToList();
        var deliveries = new DeliveryCounts(byGrade.Sum(g => g.Deliveries), byGrade.Sum(g => g.OnTime));
        var figures = (await session.RowsAsync<CandidateFigures>($"""
            select jsonb_build_object(
              'screenings', count(*) filter (where item.kind = 'screening'),
              'screeningsPassed', count(*) filter (where item.kind = 'screening' and item.value->>'verdict' = ?),
              'samplesTested', count(*) filter (where item.kind = 'sample' and item.value->>'status' <> ?),
              'samplesPassed', count(*) filter (where item.kind = 'sample' and item.value->>'status' = ?))
            from {candidates} c
            cross join lateral (
              select 'screening' as kind, s as value from jsonb_array_elements(coalesce(c.data->'screenings', '[]')) s
              union all
              select 'sample', s from jsonb_array_elements(coalesce(c.data->'samples', '[]')) s) item
            """, ct, nameof(Verdict.Pass), nameof(SampleStatus.Open), nameof(SampleStatus.Passed))).Single();
        var approvals = (await session.RowsAsync<Durations>($"""
            select jsonb_build_object('count', count(*), 'totalSeconds', coalesce(sum(
              extract(epoch from (data->>'approvedAt')::timestamptz - (data->>'proposedAt')::timestamptz)), 0))
            from {candidates} where data->>'approvedAt' is not null
            """, ct)).Single();

        return new KpiReport(SelectionModule.Module.Name, time.GetUtcNow(),
        [
            Kpi.Of("selection.candidates_by_stage", "Candidates by stage", "各阶段候选品数", stages.Sum(s => s.Count), KpiUnit.Count,
                KpiQueries.PartsIn(Enum.GetValues<CandidateStage>(), stages)),
            Kpi.Of("selection.screening_pass_rate", "Screening pass rate", "筛选通过率",
                Kpi.Percent(figures.ScreeningsPassed, figures.Screenings), KpiUnit.Percent),
            Kpi.Of("selection.average_days_proposed_to_approved", "Average days from proposal to approval", "从提交到批准的平均天数",
                Kpi.Average(approvals.TotalSeconds / SecondsPerDay, approvals.Count), KpiUnit.Days),
            Kpi.Of("selection.sample_pass_rate", "Sample pass rate", "样品通过率",
                Kpi.Percent(figures.SamplesPassed, figures.SamplesTested), KpiUnit.Percent),
            Kpi.Of("selection.suppliers_by_grade", "Suppliers by grade", "各等级供应商数", grades.Sum(g => g.Count), KpiUnit.Count,
                [
                    .. KpiQueries.PartsIn(Enum.GetValues<SupplierGrade>(), grades),
                    new KpiPart(Ungraded, grades.Where(g => g.Key is null).Sum(g => g.Count)),
                ]),
            Kpi.Of("selection.supplier_on_time_delivery", "Suppliers' on-time delivery", "供应商准时交货率",
                Kpi.Percent(deliveries.OnTimeCount, deliveries.Count), KpiUnit.Percent),
        ]);
    }

    internal sealed record CandidateFigures(long Screenings, long ScreeningsPassed, long SamplesTested, long SamplesPassed);

    internal sealed record Durations(long Count, decimal TotalSeconds);

    internal sealed record DeliveryCounts(long Count, long OnTimeCount);

    /// <summary>Suppliers of one grade (null: not graded yet) and their deliveries.</summary>
    internal sealed record GradeFigures(string? Key, long Count, long Deliveries, long OnTime);
}
