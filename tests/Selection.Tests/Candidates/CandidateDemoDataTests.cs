using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Candidates;
using Ops.Selection.Contracts;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class CandidateDemoDataTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task demo_data_puts_one_candidate_in_every_stage_and_running_it_again_adds_nothing()
    {
        var seed = ActivatorUtilities.CreateInstance<CandidateDemoData>(Host.Services);

        var first = await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var afterFirst = await AllCandidates();
        var second = await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var afterSecond = await AllCandidates();

        afterFirst.Select(c => c.Stage).ShouldBe(Enum.GetValues<CandidateStage>(), ignoreOrder: true);
        afterFirst.Select(c => c.Id).ShouldBe(Enum.GetValues<CandidateStage>().Select(CandidateDemoData.CandidateId), ignoreOrder: true);
        afterSecond.Select(c => (c.Id, c.Version)).ShouldBe(afterFirst.Select(c => (c.Id, c.Version)), ignoreOrder: true);
        afterFirst.Single(c => c.Stage == CandidateStage.Approved).Sku.ShouldNotBeNull();
        first.Published<ProductApproved>().Count.ShouldBe(1);
        second.Sent.MessagesOf<ProductApproved>().ShouldBeEmpty();

        var suppliers = await As(Role.Auditor, x => x.Get.Url("/api/selection/suppliers")).Ok<Page<SupplierDetails>>();
        suppliers.Items.Select(s => (s.Status, s.Grade)).ShouldBe([(SupplierStatus.Approved, SupplierGrade.A), (SupplierStatus.Approved, SupplierGrade.B)],
            ignoreOrder: true);
        afterFirst.Single(c => c.Stage == CandidateStage.Proposed).Owner.ShouldBe(CandidateDemoData.Actor);
    }

    private async Task<IReadOnlyList<CandidateSummary>> AllCandidates() =>
        (await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}?pageSize=50")).Ok<Page<CandidateSummary>>()).Items;
}
