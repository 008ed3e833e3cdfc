using Ops.Selection;
using Ops.Selection.Contracts;
using Ops.Selection.Suppliers;
using Ops.Shared;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class EvaluateSupplierTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task the_first_evaluation_weighs_the_scores_with_the_default_weights_and_grades_the_supplier()
    {
        var supplier = await App.Registered();
        var scores = new SupplierScores(Qualification: 90, Reputation: 80, Capacity: 70, Quality: 60, Price: 75, LeadTime: 85, AfterSales: 95);

        var evaluated = await App.Evaluate(supplier.Id, scores);

        // 90×10 + 80×15 + 70×15 + 60×25 + 75×15 + 85×10 + 95×10 = 7575 → 75.75
        evaluated.Status.ShouldBe(SupplierStatus.Evaluated);
        evaluated.WeightedScore.ShouldBe(75.75m);
        evaluated.Grade.ShouldBe(SupplierGrade.B);
        var latest = evaluated.LatestEvaluation.ShouldNotBeNull();
        latest.Scores.ShouldBe(scores);
        latest.Weights.ShouldBe(new SupplierScoreWeights());
        latest.Thresholds.ShouldBe(new GradeThresholds());
        latest.EvaluatedBy.ShouldBe("product@demo.ops");
        evaluated.Evaluations.ShouldBe([latest]);
    }

    [Fact]
    public async Task the_weighted_score_is_rounded_to_two_decimals_half_away_from_zero()
    {
        await App.ChangeSettings(new SelectionSettings
        {
            SupplierScoreWeights = new SupplierScoreWeights { Qualification = 12.5m, Reputation = 12.5m, Quality = 20, LeadTime = 15 },
        });
        var supplier = await App.Registered();

        var evaluated = await App.Evaluate(supplier.Id, new SupplierScores(73, 0, 0, 0, 0, 0, 0));

        // 73 × 12.5 / 100 = 9.125: half away from zero gives 9.13 (banker's rounding would give 9.12)
        evaluated.WeightedScore.ShouldBe(9.13m);
        evaluated.Grade.ShouldBe(SupplierGrade.D);
    }

    [Fact]
    public async Task a_weighted_score_of_85_is_grade_a_and_84_99_is_grade_b()
    {
        await App.ChangeSettings(new SelectionSettings
        {
            SupplierScoreWeights = new SupplierScoreWeights { Qualification = 1, Reputation = 24 },
        });
        var supplier = await App.Registered();

        var gradeA = await App.Evaluate(supplier.Id, AllScores(85));
        var gradeB = await App.Evaluate(supplier.Id, AllScores(85) with { Qualification = 84 });

        gradeA.WeightedScore.ShouldBe(85m);
        gradeA.Grade.ShouldBe(SupplierGrade.A);
        // 84×1 + 85×99 = 8499 → 84.99
        gradeB.WeightedScore.ShouldBe(84.99m);
        gradeB.Grade.ShouldBe(SupplierGrade.B);
    }

    [Theory]
    [InlineData(70, SupplierGrade.B)]
    [InlineData(69, SupplierGrade.C)]
    [InlineData(60, SupplierGrade.C)]
    [InlineData(59, SupplierGrade.D)]
    public async Task grades_follow_the_default_thresholds(int score, SupplierGrade grade)
    {
        var evaluated = await App.Evaluated(AllScores(score));

        evaluated.WeightedScore.ShouldBe(score);
        evaluated.Grade.ShouldBe(grade);
    }

    [Fact]
    public async Task a_settings_change_changes_the_next_evaluation()
    {
        var supplier = await App.Evaluated(AllScores(80));
        supplier.Grade.ShouldBe(SupplierGrade.B);

        await App.ChangeSettings(new SelectionSettings { GradeThresholds = new GradeThresholds { A = 80, B = 65, C = 50 } });
        var again = await App.Evaluate(supplier.Id, AllScores(80));

        again.Grade.ShouldBe(SupplierGrade.A);
        again.LatestEvaluation!.Thresholds.ShouldBe(new GradeThresholds { A = 80, B = 65, C = 50 });
        again.Evaluations.Select(e => e.Grade).ShouldBe([SupplierGrade.B, SupplierGrade.A]);
    }

    [Fact]
    public async Task quality_incidents_within_the_window_cost_quality_points_at_the_next_evaluation()
    {
        var supplier = await App.Registered();
        await App.ReportIncident(supplier.Id, OpsFixture.Start.AddDays(-91));
        await App.ReportIncident(supplier.Id, OpsFixture.Start.AddDays(-30));
        await App.ReportIncident(supplier.Id, OpsFixture.Start.AddDays(-2));

        var evaluated = await App.Evaluate(supplier.Id, AllScores(80));

        // two incidents in the last 90 days × 5 points: quality 80 → 70; 80×75 + 70×25 = 7750 → 77.50
        var evaluation = evaluated.LatestEvaluation.ShouldNotBeNull();
        evaluation.QualityIncidentsCounted.ShouldBe(2);
        evaluation.QualityPenaltyPerIncident.ShouldBe(5);
        evaluation.Scores.Quality.ShouldBe(80);
        evaluation.AdjustedQualityScore.ShouldBe(70);
        evaluated.WeightedScore.ShouldBe(77.50m);
    }

    [Fact]
    public async Task the_quality_penalty_never_takes_the_quality_score_below_zero()
    {
        await App.ChangeSettings(new SelectionSettings { QualityPenaltyPerIncident = 50 });
        var supplier = await App.Registered();
        await App.ReportIncident(supplier.Id, OpsFixture.Start.AddDays(-1));

        var evaluated = await App.Evaluate(supplier.Id, AllScores(40));

        // quality 40 − 50 → 0; 40×75 + 0×25 = 3000 → 30.00
        evaluated.LatestEvaluation!.AdjustedQualityScore.ShouldBe(0);
        evaluated.WeightedScore.ShouldBe(30m);
    }

    [Fact]
    public async Task a_rejected_supplier_cannot_be_evaluated()
    {
        var supplier = await App.Rejected();

        await As(Role.Product, x => x.Post.Json(new EvaluateSupplierRequest { Id = supplier.Id, Scores = GradeA })
                .ToUrl($"{Suppliers}/{supplier.Id}/evaluations"))
            .ShouldBeProblem(409, SupplierRules.RejectionIsFinal.Code);
    }

    [Fact]
    public async Task a_changed_grade_is_published_and_an_unchanged_one_is_not()
    {
        var supplier = await App.Registered();

        var (_, first) = await App.Tracking(() => Evaluate(supplier.Id, GradeB));
        var (_, same) = await App.Tracking(() => Evaluate(supplier.Id, GradeB));
        var (_, better) = await App.Tracking(() => Evaluate(supplier.Id, GradeA));

        first.Sent.SingleMessage<SupplierGradeChanged>()
            .ShouldBe(new SupplierGradeChanged(supplier.Id, supplier.Name, null, "B", 75m, OpsFixture.Start));
        same.Sent.MessagesOf<SupplierGradeChanged>().ShouldBeEmpty();
        better.Sent.SingleMessage<SupplierGradeChanged>()
            .ShouldBe(new SupplierGradeChanged(supplier.Id, supplier.Name, "B", "A", 90m, OpsFixture.Start));
    }

    [Fact]
    public async Task scores_lie_between_0_and_100()
    {
        var supplier = await App.Registered();

        var problem = await Evaluate(supplier.Id, AllScores(50) with { Quality = 101, Price = -1 }).ShouldHaveFieldError("scores.quality");

        problem.Errors!.Keys.ShouldBe(["scores.quality", "scores.price"], ignoreOrder: true);
    }

    [Fact]
    public async Task an_evaluation_without_scores_is_refused_rather_than_scored_zero()
    {
        var supplier = await App.Registered();

        await As(Role.Product, x => x.Post.Json(new { notes = "forgot the scores" }).ToUrl($"{Suppliers}/{supplier.Id}/evaluations"))
            .ShouldHaveFieldError("scores");
    }

    [Fact]
    public async Task an_evaluation_against_a_stale_version_is_refused_with_412()
    {
        var supplier = await App.Evaluated(GradeB);

        await As(Role.Product, x =>
        {
            x.Post.Json(new EvaluateSupplierRequest { Id = supplier.Id, Scores = GradeA }).ToUrl($"{Suppliers}/{supplier.Id}/evaluations");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).ShouldBeProblem(412, "version_mismatch");

        (await App.Details(supplier.Id)).Grade.ShouldBe(SupplierGrade.B);
    }

    [Fact]
    public async Task an_evaluation_against_the_current_version_is_accepted_with_the_new_etag()
    {
        var supplier = await App.Evaluated(GradeB);

        var result = await As(Role.Product, x =>
        {
            x.Post.Json(new EvaluateSupplierRequest { Id = supplier.Id, Scores = GradeA }).ToUrl($"{Suppliers}/{supplier.Id}/evaluations");
            x.WithRequestHeader("If-Match", $"\"{supplier.Version}\"");
        });

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe($"\"{supplier.Version + 1}\"");
    }

    [Fact]
    public async Task an_auditor_cannot_evaluate()
    {
        var supplier = await App.Registered();

        await As(Role.Auditor, x => x.Post.Json(new EvaluateSupplierRequest { Id = supplier.Id, Scores = GradeA })
            .ToUrl($"{Suppliers}/{supplier.Id}/evaluations")).ShouldBeProblem(403, "forbidden");
    }

    private Task<Alba.IScenarioResult> Evaluate(Guid id, SupplierScores scores) =>
        As(Role.Product, x => x.Post.Json(new EvaluateSupplierRequest { Id = id, Scores = scores }).ToUrl($"{Suppliers}/{id}/evaluations"));
}
