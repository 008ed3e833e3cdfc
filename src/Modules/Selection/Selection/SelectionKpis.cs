using FastEndpoints;
using Marten;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Kpis;

namespace Ops.Selection;

/// <summary>
/// <c>GET /api/selection/kpis</c> (selection.md, "KPIs"): candidates by stage, screening and sample pass rates, days from
/// proposal to approval, suppliers by grade, suppliers' on-time delivery
/// (every logistics receipt of every supplier). Rates count every screening and every tested sample, repeats included.
/// </summary>
public sealed class SelectionKpisEndpoint(ISelectionStore store, TimeProvider time) : EndpointWithoutRequest<KpiReport>
{
    private const string Ungraded = "ungraded";

    public override void Configure()
    {
        Get("/kpis");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var candidates = await session.Query<CandidateDetails>()
            .Select(c => new { c.Stage, c.ProposedAt, c.ApprovedAt, c.Screenings, c.Samples })
            .ToListAsync(ct);
        var suppliers = await session.Query<SupplierDetails>().Select(s => new { s.Grade, s.Deliveries }).ToListAsync(ct);
        var grades = suppliers.Select(s => s.Grade).ToList();

        var screenings = candidates.SelectMany(c => c.Screenings).ToList();
        var tested = candidates.SelectMany(c => c.Samples).Where(s => s.Status != SampleStatus.Open).ToList();
        var daysToApproval = candidates.Where(c => c.ApprovedAt is not null).Select(c => (decimal)(c.ApprovedAt!.Value - c.ProposedAt).TotalDays).ToList();

        await Send.OkAsync(new KpiReport(SelectionModule.Module.Name, time.GetUtcNow(),
        [
            Kpi.Of("selection.candidates_by_stage", "Candidates by stage", "各阶段候选品数", candidates.Count, KpiUnit.Count,
                [.. Enum.GetValues<CandidateStage>().Select(stage => new KpiPart(stage.ToString(), candidates.Count(c => c.Stage == stage)))]),
            Kpi.Of("selection.screening_pass_rate", "Screening pass rate", "筛选通过率",
                Kpi.Percent(screenings.Count(s => s.Verdict == Verdict.Pass), screenings.Count), KpiUnit.Percent),
            Kpi.Of("selection.average_days_proposed_to_approved", "Average days from proposal to approval", "从提交到批准的平均天数",
                Kpi.Average(daysToApproval), KpiUnit.Days),
            Kpi.Of("selection.sample_pass_rate", "Sample pass rate", "样品通过率",
                Kpi.Percent(tested.Count(s => s.Status == SampleStatus.Passed), tested.Count), KpiUnit.Percent),
            Kpi.Of("selection.suppliers_by_grade", "Suppliers by grade", "各等级供应商数", grades.Count, KpiUnit.Count,
                [
                    .. Enum.GetValues<SupplierGrade>().Select(grade => new KpiPart(grade.ToString(), grades.Count(g => g == grade))),
                    new KpiPart(Ungraded, grades.Count(g => g is null)),
                ]),
            Kpi.Of("selection.supplier_on_time_delivery", "Suppliers' on-time delivery", "供应商准时交货率",
                Kpi.Percent(suppliers.Sum(s => s.Deliveries.OnTimeCount), suppliers.Sum(s => s.Deliveries.Count)), KpiUnit.Percent),
        ]), ct);
    }
}
