using Ops.Selection.Suppliers;
using Ops.Shared;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class SupplierDecisionTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly object WithConditions = new { conditions = "Third-party inspection of every batch" };
    private static readonly object WithReason = new { reason = "Failed the factory audit" };

    [Theory]
    [InlineData("approve")]
    [InlineData("approve-conditionally")]
    [InlineData("reject")]
    public async Task a_supplier_must_be_evaluated_before_a_decision(string decision)
    {
        var supplier = await App.Registered();

        await App.Decide(supplier.Id, decision, BodyFor(decision))
            .ShouldBeProblem(409, SupplierRules.MustBeEvaluatedBeforeDecision.Code);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("approve-conditionally")]
    public async Task a_grade_d_supplier_cannot_be_approved(string decision)
    {
        var supplier = await App.Evaluated(GradeD);

        await App.Decide(supplier.Id, decision, BodyFor(decision)).ShouldBeProblem(409, SupplierRules.GradeDCannotBeApproved.Code);
    }

    [Fact]
    public async Task a_grade_c_supplier_can_only_be_approved_conditionally()
    {
        var supplier = await App.Evaluated(GradeC);

        await App.Decide(supplier.Id, "approve").ShouldBeProblem(409, SupplierRules.GradeCCanOnlyBeApprovedConditionally.Code);
        var approved = await App.Decide(supplier.Id, "approve-conditionally", WithConditions).Ok<SupplierDetails>();

        approved.Status.ShouldBe(SupplierStatus.Conditional);
        approved.Conditions.ShouldBe("Third-party inspection of every batch");
    }

    [Theory]
    [InlineData(90)]
    [InlineData(75)]
    public async Task grade_a_and_b_suppliers_are_approved(int score)
    {
        var supplier = await App.Evaluated(AllScores(score));

        var approved = await App.Decide(supplier.Id, "approve").Ok<SupplierDetails>();

        approved.Status.ShouldBe(SupplierStatus.Approved);
        (await App.History(supplier.Id)).Last().Type.ShouldBe("supplier_approved");
    }

    [Fact]
    public async Task a_conditional_supplier_graded_higher_later_is_approved_outright()
    {
        var supplier = await App.Conditional();
        await App.Evaluate(supplier.Id, GradeB);

        var approved = await App.Decide(supplier.Id, "approve").Ok<SupplierDetails>();

        approved.Status.ShouldBe(SupplierStatus.Approved);
        approved.Conditions.ShouldBeNull();
    }

    [Fact]
    public async Task approving_an_approved_supplier_again_changes_nothing()
    {
        var supplier = await App.Approved();

        var again = await App.Decide(supplier.Id, "approve");

        await again.ShouldHaveStatus(200);
        again.ETag().ShouldBe($"\"{supplier.Version}\"");
    }

    [Fact]
    public async Task repeating_a_conditional_approval_with_the_same_conditions_changes_nothing()
    {
        var supplier = await App.Conditional();

        var again = await App.Decide(supplier.Id, "approve-conditionally", WithConditions);

        again.ETag().ShouldBe($"\"{supplier.Version}\"");
        var changed = await App.Decide(supplier.Id, "approve-conditionally", new { conditions = "Monthly quality report" }).Ok<SupplierDetails>();
        changed.Version.ShouldBe(supplier.Version + 1);
        changed.Conditions.ShouldBe("Monthly quality report");
    }

    [Fact]
    public async Task a_rejection_is_recorded_with_its_reason()
    {
        var supplier = await App.Evaluated(GradeD);

        var rejected = await App.Decide(supplier.Id, "reject", WithReason).Ok<SupplierDetails>();

        rejected.Status.ShouldBe(SupplierStatus.Rejected);
        rejected.RejectionReason.ShouldBe("Failed the factory audit");
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("approve-conditionally")]
    [InlineData("reject")]
    public async Task a_rejected_supplier_stays_rejected(string decision)
    {
        var supplier = await App.Rejected();

        await App.Decide(supplier.Id, decision, BodyFor(decision)).ShouldBeProblem(409, SupplierRules.RejectionIsFinal.Code);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("approve-conditionally")]
    [InlineData("reject")]
    public async Task a_suspended_supplier_must_be_reinstated_before_a_new_decision(string decision)
    {
        var supplier = await App.Suspended();

        await App.Decide(supplier.Id, decision, BodyFor(decision))
            .ShouldBeProblem(409, SupplierRules.SuspendedSupplierMustBeReinstatedFirst.Code);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("approve-conditionally")]
    [InlineData("reject")]
    public async Task a_product_user_cannot_decide_on_a_supplier(string decision)
    {
        var supplier = await App.Evaluated(GradeA);

        await As(Role.Product, x => x.Post.Json(BodyFor(decision)).ToUrl($"{Suppliers}/{supplier.Id}/{decision}"))
            .ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task a_decision_against_a_stale_version_is_refused_with_412()
    {
        var supplier = await App.Evaluated(GradeA);
        await App.Evaluate(supplier.Id, GradeD);

        await As(Role.OpsManager, x =>
        {
            x.Post.Json(new { }).ToUrl($"{Suppliers}/{supplier.Id}/approve");
            x.WithRequestHeader("If-Match", $"\"{supplier.Version}\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }

    [Fact]
    public async Task conditions_and_reasons_are_required()
    {
        var supplier = await App.Evaluated(GradeC);

        await App.Decide(supplier.Id, "approve-conditionally", new { conditions = "" }).ShouldHaveFieldError("conditions");
        await App.Decide(supplier.Id, "reject", new { reason = " " }).ShouldHaveFieldError("reason");
    }

    private static object BodyFor(string decision) => decision switch
    {
        "approve-conditionally" => WithConditions,
        "reject" => WithReason,
        _ => new { },
    };
}
