using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Kpis;

namespace Selection.Tests.Candidates;

/// <summary>
/// The KPIs over thousands of candidates, stored straight into the projection: the figures come out of grouped queries
/// exactly as they would from the records one by one (the architecture test <c>KpiQueryTests</c> keeps them from loading
/// the records).
/// </summary>
public sealed class SelectionKpiScaleTests(SelectionApp app) : SelectionTest(app)
{
    private const int EachKind = 1_500;

    [Fact]
    public async Task kpis_over_thousands_of_candidates_count_every_screening_sample_and_approval()
    {
        // One real candidate in sampling: a passed screening and an open sample.
        var sampling = await App.Sampling();
        var template = sampling with { Sku = null };
        var screening = template.Screenings.Single();
        var sample = template.Samples.Single();
        var approved = Enumerable.Range(0, EachKind).Select(_ => template with
        {
            Id = Guid.CreateVersion7(), Stage = CandidateStage.Approved, ApprovedBy = "product", ApprovedAt = template.ProposedAt.AddDays(2.5),
            Samples = [Tested(sample, SampleStatus.Failed), Tested(sample, SampleStatus.Passed)],
        });
        var rejected = Enumerable.Range(0, EachKind).Select(_ => template with
        {
            Id = Guid.CreateVersion7(), Stage = CandidateStage.Rejected, RejectionReason = "Too small a margin",
            Screenings = [screening with { Verdict = Verdict.Fail }], Samples = [Tested(sample, SampleStatus.Failed)],
        });
        await using (var session = Host.Services.GetRequiredService<ISelectionStore>().LightweightSession())
        {
            session.Store([.. approved, .. rejected]);
            await session.SaveChangesAsync();
        }

        App.Clock.Advance(TimeSpan.FromDays(3)); // every approval is then within the last 30 days
        var kpis = (await As(Role.Auditor, x => x.Get.Url("/api/selection/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code);

        var stages = kpis["selection.candidates_by_stage"];
        stages.Value.ShouldBe(2 * EachKind + 1);
        stages.Parts.Where(p => p.Value > 0).Select(p => (p.Key, p.Value)).ShouldBe([("Sampling", 1m), ("Approved", EachKind), ("Rejected", EachKind)]);
        kpis["selection.screening_pass_rate"].Value.ShouldBe(50.0m); // 1,501 of 3,001
        kpis["selection.sample_pass_rate"].Value.ShouldBe(33.3m); // 1,500 of 4,500 tested; the open one is not counted
        kpis["selection.average_days_proposed_to_approved"].Value.ShouldBe(2.5m);
    }

    /// <summary>A sample with its results recorded when the real one was requested (the KPIs count tested samples by that time).</summary>
    private static CandidateSample Tested(CandidateSample sample, SampleStatus status) =>
        sample with { Status = status, ResultsRecordedAt = sample.RequestedAt };
}
