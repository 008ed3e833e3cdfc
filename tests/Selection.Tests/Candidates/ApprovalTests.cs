using Ops.Selection.Candidates;
using Ops.Selection.Contracts;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Wolverine.Tracking;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class ApprovalTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task an_approved_candidate_gets_a_sku_and_is_published_as_product_approved()
    {
        var candidate = await App.SamplePassed();
        var quote = candidate.ChosenQuote!;

        var (result, messages) = await App.Tracking(() => App.Post(candidate.Id, "approve", role: Role.OpsManager));

        await result.ShouldHaveStatus(200);
        var approved = (await result.ReadAsJsonAsync<CandidateDetails>())!;
        (approved.Stage, approved.ApprovedBy, approved.ApprovedAt).ShouldBe((CandidateStage.Approved, "ops-manager@demo.ops", OpsFixture.Start));
        approved.Sku.ShouldNotBeNull().ShouldMatch(@"^HOM-3011-\d{5,}$");
        messages.SinglePublished<ProductApproved>().ShouldBe(new ProductApproved(candidate.Id, approved.Sku, "Collapsible silicone lunch box",
            "Home & Kitchen", "US", quote.SupplierId, quote.SupplierName, "USD", 4.80m, 29.99m, 25, 500, new ProductSize(10, 6, 3, 1.2m),
            OpsFixture.Start));
    }

    [Fact]
    public async Task approving_again_changes_nothing_and_publishes_nothing()
    {
        var candidate = await App.ApprovedCandidate();

        var (again, messages) = await App.Tracking(() => App.Post(candidate.Id, "approve"));

        again.ETag().ShouldBe($"\"{candidate.Version}\"");
        (await again.ReadAsJsonAsync<CandidateDetails>())!.Sku.ShouldBe(candidate.Sku);
        messages.Sent.MessagesOf<ProductApproved>().ShouldBeEmpty();
    }

    [Fact]
    public async Task approval_needs_a_passed_screening()
    {
        var candidate = await App.Proposed();

        var (refused, messages) = await App.Tracking(() => App.Post(candidate.Id, "approve"));

        await refused.ShouldHaveStatus(409);
        (await refused.ReadAsJsonAsync<Ops.Shared.Http.Problem>())!.Code.ShouldBe(CandidateRules.ApprovalRequiresPassedScreening.Code);
        messages.Sent.MessagesOf<ProductApproved>().ShouldBeEmpty();
    }

    [Fact]
    public async Task approval_needs_a_chosen_quote()
    {
        var candidate = await App.Sourcing();

        await App.Post(candidate.Id, "approve").ShouldBeProblem(409, CandidateRules.ApprovalRequiresChosenQuote.Code);
    }

    [Fact]
    public async Task approval_needs_a_passed_sample()
    {
        var open = await App.Sampling();
        var failed = await App.Sampling(NewCandidate("Bamboo cable organiser"));
        await App.RecordResults(failed.Id, failed.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();

        await App.Post(open.Id, "approve").ShouldBeProblem(409, CandidateRules.ApprovalRequiresPassedSample.Code);
        await App.Post(failed.Id, "approve").ShouldBeProblem(409, CandidateRules.ApprovalRequiresPassedSample.Code);
    }

    [Fact]
    public async Task approval_checks_the_supplier_again()
    {
        var candidate = await App.SamplePassed();
        await App.Decide(candidate.ChosenQuote!.SupplierId, "suspend", new { reason = "Late deliveries" }).Ok<SupplierDetails>();

        await App.Post(candidate.Id, "approve").ShouldBeProblem(409, CandidateRules.QuoteSupplierSuspended.Code);
    }

    [Fact]
    public async Task concurrent_approvals_never_share_a_sku()
    {
        const int approvals = 12;
        var candidates = new List<CandidateDetails>();
        for (var i = 0; i < approvals; i++) candidates.Add(await App.SamplePassed(NewCandidate($"Lunch box {i}")));

        var (results, messages) = await App.Tracking(() =>
            Task.WhenAll(candidates.Select(c => App.Post(c.Id, "approve"))));

        foreach (var result in results) await result.ShouldHaveStatus(200);
        var skus = new List<string>();
        foreach (var result in results) skus.Add((await result.ReadAsJsonAsync<CandidateDetails>())!.Sku!);
        skus.Distinct().Count().ShouldBe(approvals);
        messages.Published<ProductApproved>().Select(m => m.Sku).ShouldBe(skus, ignoreOrder: true);
    }

    [Theory]
    [InlineData("Home & Kitchen", "HOM")]
    [InlineData("3D printing", "3DP")]
    [InlineData("Pet", "PET")]
    [InlineData("TV", "TVX")]
    [InlineData("家居", "XXX")]
    public void the_sku_prefix_is_the_first_three_letters_or_digits_of_the_category(string category, string prefix)
    {
        Skus.Prefix(category).ShouldBe(prefix);
        Skus.Format(category, new DateTimeOffset(2030, 1, 31, 23, 0, 0, TimeSpan.Zero), 42).ShouldBe($"{prefix}-3001-00042");
    }
}
