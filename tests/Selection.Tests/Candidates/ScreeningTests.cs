using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class ScreeningTests(SelectionApp app) : SelectionTest(app)
{
    private const string Override = "screening/override";
    private static readonly object OverrideReason = new { reason = "Entry product for the bundle; margin comes from the refills." };

    [Fact]
    public async Task a_passed_screening_stores_the_scores_and_the_estimate_the_system_made()
    {
        var candidate = await App.Proposed();

        var screened = await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();

        screened.Stage.ShouldBe(CandidateStage.Screened);
        var screening = screened.Screenings.ShouldHaveSingleItem();
        (screening.Scores, screening.Verdict, screening.Notes, screening.ScreenedBy).ShouldBe((GoodScores, Verdict.Pass, "Steady demand.", "product@demo.ops"));
        screening.Estimate.ShouldBe(ProfitCalculator.Estimate(candidate.Numbers, new SelectionSettings()));
        screening.Estimate.PerUnit.MarginPercent.ShouldBe(37.09m);
        screening.OverriddenMarginPercent.ShouldBeNull();
    }

    [Fact]
    public async Task a_failed_screening_is_recorded_and_the_candidate_stays_proposed_to_be_screened_again()
    {
        var candidate = await App.Proposed();

        var failed = await App.Post(candidate.Id, "screening", Screening(Verdict.Fail)).Ok<CandidateDetails>();
        var passed = await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();

        failed.Stage.ShouldBe(CandidateStage.Proposed);
        passed.Stage.ShouldBe(CandidateStage.Screened);
        passed.Screenings.Select(s => s.Verdict).ShouldBe([Verdict.Fail, Verdict.Pass]);
    }

    [Fact]
    public async Task a_candidate_that_passed_screening_is_not_screened_again()
    {
        var candidate = await App.Screened();

        await App.Post(candidate.Id, "screening", Screening()).ShouldBeProblem(409, CandidateRules.ScreeningOnlyWhileProposed.Code);
    }

    [Fact]
    public async Task a_margin_below_the_minimum_cannot_pass_screening_without_an_override()
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        await App.Post(candidate.Id, "screening", Screening()).ShouldBeProblem(409, CandidateRules.ScreeningMarginBelowMinimum.Code);
        var failed = await App.Post(candidate.Id, "screening", Screening(Verdict.Fail)).Ok<CandidateDetails>();
        failed.Screenings.Single().Estimate.MarginBelowMinimum.ShouldBeTrue();
    }

    [Fact]
    public async Task an_ops_manager_override_lets_a_low_margin_pass_and_shows_in_history_with_who_gave_it()
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        var overridden = await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).Ok<CandidateDetails>();
        var passed = await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();

        overridden.MarginOverrides.ShouldHaveSingleItem().ShouldBe(new MarginOverride(LowMarginPercent, 25,
            "Entry product for the bundle; margin comes from the refills.", "ops-manager@demo.ops", OpsFixture.Start));
        passed.Stage.ShouldBe(CandidateStage.Screened);
        passed.Screenings.Single().OverriddenMarginPercent.ShouldBe(LowMarginPercent);
        (await App.CandidateHistory(candidate.Id)).Select(e => (e.Type, e.Actor)).ShouldBe([
            ("candidate_proposed", "product@demo.ops"),
            ("screening_margin_overridden", "ops-manager@demo.ops"),
            ("candidate_screened", "product@demo.ops"),
        ]);
    }

    [Fact]
    public async Task an_override_covers_the_margin_it_accepted_and_a_lower_one_needs_a_new_override()
    {
        var candidate = await App.Proposed(LowMarginCandidate());
        await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).Ok<CandidateDetails>();

        // Referral 16 %: 29.99 × 16 % = 4.7984, margin 29.99 − (13.20 + 4.7984 + 5.17 + 2.999) = 3.8226 = 12.7462… % → 12.75 %,
        // below the 13.75 % accepted.
        await App.ChangeSettings(new SelectionSettings { ReferralFeePercent = 16 });
        await App.Post(candidate.Id, "screening", Screening()).ShouldBeProblem(409, CandidateRules.ScreeningMarginBelowMinimum.Code);

        var again = await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).Ok<CandidateDetails>();
        var passed = await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();

        again.MarginOverrides.Select(o => o.AcceptedMarginPercent).ShouldBe([LowMarginPercent, 12.75m]);
        passed.Screenings.Single().OverriddenMarginPercent.ShouldBe(12.75m);
    }

    [Fact]
    public async Task an_override_still_covers_a_margin_that_rose_since()
    {
        var candidate = await App.Proposed(LowMarginCandidate());
        await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).Ok<CandidateDetails>();

        await App.ChangeSettings(new SelectionSettings { ReferralFeePercent = 14 });
        var passed = await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();

        passed.Screenings.Single().Estimate.PerUnit.MarginPercent.ShouldBeGreaterThan(LowMarginPercent);
        passed.Stage.ShouldBe(CandidateStage.Screened);
    }

    [Fact]
    public async Task overriding_again_while_the_override_covers_the_margin_changes_nothing()
    {
        var candidate = await App.Proposed(LowMarginCandidate());
        var first = await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).Ok<CandidateDetails>();

        var again = await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager);

        await again.ShouldHaveStatus(200);
        again.ETag().ShouldBe($"\"{first.Version}\"");
    }

    [Fact]
    public async Task a_margin_that_meets_the_minimum_needs_no_override()
    {
        var candidate = await App.Proposed();

        await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager).ShouldBeProblem(409, CandidateRules.MarginOverrideNotNeeded.Code);
    }

    [Fact]
    public async Task a_margin_override_is_given_before_screening_passes()
    {
        var candidate = await App.Screened();
        await App.ChangeSettings(new SelectionSettings { MinMarginPercent = 50 });

        await App.Post(candidate.Id, Override, OverrideReason, Role.OpsManager)
            .ShouldBeProblem(409, CandidateRules.MarginOverrideOnlyWhileProposed.Code);
    }

    [Theory]
    [InlineData(Role.Product)]
    [InlineData(Role.Admin)]
    [InlineData(Role.Auditor)]
    public async Task only_an_ops_manager_overrides_the_margin(string role)
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        await App.Post(candidate.Id, Override, OverrideReason, role).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task an_override_needs_a_reason()
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        await App.Post(candidate.Id, Override, new { reason = " " }, Role.OpsManager).ShouldHaveFieldError("reason");
    }

    [Theory]
    [InlineData("scores")]
    [InlineData("scores.competition")]
    [InlineData("verdict")]
    public async Task scores_run_from_1_to_5_and_a_verdict_is_required(string field)
    {
        var candidate = await App.Proposed();
        object body = field switch
        {
            "scores" => new { verdict = "Pass" },
            "scores.competition" => new { scores = GoodScores with { Competition = 6 }, verdict = "Pass" },
            _ => new { scores = GoodScores },
        };

        await App.Post(candidate.Id, "screening", body).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task screening_an_unknown_candidate_is_not_found()
    {
        await App.Post(Guid.NewGuid(), "screening", Screening()).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var candidate = await App.Proposed();
        await App.Post(candidate.Id, "screening", Screening(Verdict.Fail));

        await App.As(Role.Product, x =>
        {
            x.Post.Json(Screening()).ToUrl($"{CandidatesUrl}/{candidate.Id}/screening");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }
}
