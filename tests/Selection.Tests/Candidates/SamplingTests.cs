using Ops.Selection.Candidates;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class SamplingTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_sample_is_requested_from_the_chosen_quotes_supplier()
    {
        var candidate = await App.Chosen();

        var sampling = await App.Post(candidate.Id, "samples", new { notes = "Two units in white" }).Ok<CandidateDetails>();

        sampling.Stage.ShouldBe(CandidateStage.Sampling);
        var sample = sampling.Samples.ShouldHaveSingleItem();
        (sample.QuoteId, sample.SupplierId, sample.Status, sample.Notes, sample.RequestedBy)
            .ShouldBe((candidate.ChosenQuoteId!.Value, candidate.ChosenQuote!.SupplierId, SampleStatus.Open, "Two units in white", "product@demo.ops"));
    }

    [Fact]
    public async Task a_sample_needs_a_chosen_quote()
    {
        var candidate = await App.Sourcing();

        await App.Post(candidate.Id, "samples").ShouldBeProblem(409, CandidateRules.SampleRequiresChosenQuote.Code);
    }

    [Fact]
    public async Task only_one_sample_is_open_at_a_time()
    {
        var candidate = await App.Sampling();

        await App.Post(candidate.Id, "samples").ShouldBeProblem(409, CandidateRules.OneOpenSampleAtATime.Code);
    }

    [Fact]
    public async Task results_are_recorded_with_tests_defects_and_improvement_requests()
    {
        var candidate = await App.Sampling();
        var sampleId = candidate.Samples.Single().SampleId;

        var tested = await App.RecordResults(candidate.Id, sampleId, Verdict.Fail).Ok<CandidateDetails>();

        var sample = tested.Samples.Single();
        sample.Status.ShouldBe(SampleStatus.Failed);
        sample.Results.ShouldNotBeNull();
        (sample.Results.QualityTest, sample.Results.FunctionTest, sample.Results.Verdict)
            .ShouldBe((new SampleTest(false, "Seams checked"), new SampleTest(true, "Lid seals under water"), Verdict.Fail));
        sample.Results.Defects.ShouldBe(["Lid hinge cracks after 50 openings"]);
        sample.Results.ImprovementRequests.ShouldBe(["Thicker hinge"]);
        sample.ResultsRecordedAt.ShouldBe(OpsFixture.Start);
    }

    [Fact]
    public async Task a_failed_sample_can_be_requested_again_as_a_new_sample()
    {
        var candidate = await App.Sampling();
        await App.RecordResults(candidate.Id, candidate.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();

        var again = await App.Post(candidate.Id, "samples", new { notes = "With the thicker hinge" }).Ok<CandidateDetails>();

        again.Samples.Select(s => s.Status).ShouldBe([SampleStatus.Failed, SampleStatus.Open]);
        again.Samples[1].SampleId.ShouldNotBe(again.Samples[0].SampleId);
    }

    [Fact]
    public async Task no_new_sample_once_one_of_the_chosen_quote_has_passed()
    {
        var candidate = await App.SamplePassed();

        await App.Post(candidate.Id, "samples").ShouldBeProblem(409, CandidateRules.SampleAlreadyPassed.Code);
    }

    [Fact]
    public async Task results_are_recorded_once_per_sample()
    {
        var candidate = await App.SamplePassed();

        await App.RecordResults(candidate.Id, candidate.Samples.Single().SampleId, Verdict.Fail)
            .ShouldBeProblem(409, CandidateRules.SampleResultsAlreadyRecorded.Code);
    }

    [Fact]
    public async Task results_of_an_unknown_sample_are_refused()
    {
        var candidate = await App.Sampling();

        await App.RecordResults(candidate.Id, Guid.NewGuid(), Verdict.Pass).ShouldBeProblem(409, CandidateRules.SampleNotFound.Code);
    }

    [Theory]
    [InlineData("verdict")]
    [InlineData("qualityTest")]
    [InlineData("defects[0]")]
    public async Task a_pass_needs_both_tests_passed_and_results_must_be_complete(string field)
    {
        var candidate = await App.Sampling();
        object body = field switch
        {
            "verdict" => new { qualityTest = new { passed = false }, functionTest = new { passed = true }, verdict = "Pass" },
            "qualityTest" => new { functionTest = new { passed = true }, verdict = "Fail" },
            _ => new { qualityTest = new { passed = false }, functionTest = new { passed = true }, verdict = "Fail", defects = new[] { "" } },
        };

        await App.Post(candidate.Id, $"samples/{candidate.Samples.Single().SampleId}/results", body).ShouldHaveFieldError(field);
    }
}
