using Ops.Listing.Promotions;
using Ops.Shared;
using Ops.Shared.Http;
using Wolverine.Tracking;
using static Listing.Tests.Promotions.PromotionScenarios;
using PromotionResultRecordedMessage = Ops.Listing.Contracts.PromotionResultRecorded;

namespace Listing.Tests.Promotions;

public sealed class PromotionResultTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateOnly September30 = new(2030, 9, 30); // Monday of the week that overlaps 1–6 October
    private static readonly DateOnly October7 = new(2030, 10, 7);

    [Fact]
    public async Task each_week_shows_its_roi_and_acos_and_the_plan_its_totals_against_budget_and_target()
    {
        var plan = await App.Running(); // budget 1,000.00 USD, sales target 2,000.00 USD

        await App.RecordResult(plan.Id, October7, Usd(150.00m), Usd(0m)).Ok<PromotionPlanView>();
        var recorded = await App.RecordResult(plan.Id, September30, Usd(200.00m), Usd(650.00m), orders: 20).Ok<PromotionPlanView>();

        recorded.Results.ShouldBe([
            new PromotionWeekResult(September30, Usd(200m), Usd(650m), 20, Roi: 3.25m, AcosPercent: 30.77m, "listing@demo.ops", OpsFixture.Start),
            new PromotionWeekResult(October7, Usd(150m), Usd(0m), null, Roi: 0m, AcosPercent: null, "listing@demo.ops", OpsFixture.Start),
        ]);
        (recorded.TotalSpend, recorded.TotalSales, recorded.TotalOrders).ShouldBe((Usd(350m), Usd(650m), 20));
        recorded.Roi.ShouldBe(1.86m);               // 650 / 350 = 1.857…
        recorded.AcosPercent.ShouldBe(53.85m);      // 350 / 650 × 100 = 53.846…
        recorded.BudgetUsedPercent.ShouldBe(35.00m);
        recorded.SalesTargetReachedPercent.ShouldBe(32.50m);
        recorded.Version.ShouldBe(4);
    }

    [Fact]
    public async Task figures_round_to_two_decimals_half_away_from_zero_and_are_unknown_over_nothing()
    {
        var plan = await App.Running();

        await App.RecordResult(plan.Id, new DateOnly(2030, 10, 14), Usd(8.00m), Usd(1.00m)).Ok<PromotionPlanView>();
        await App.RecordResult(plan.Id, new DateOnly(2030, 10, 21), Usd(0.01m), Usd(8.00m)).Ok<PromotionPlanView>();
        var recorded = await App.RecordResult(plan.Id, new DateOnly(2030, 10, 28), Usd(0m), Usd(0m)).Ok<PromotionPlanView>();

        recorded.Results.Select(r => (r.Roi, r.AcosPercent)).ShouldBe([
            (0.13m, 800.00m),   // 1 / 8 = 0.125 rounds up, not to the even 0.12
            (800.00m, 0.13m),   // 0.01 / 8 × 100 = 0.125
            ((decimal?)null, (decimal?)null),
        ]);
        recorded.Roi.ShouldBe(1.12m);               // 9.00 / 8.01 = 1.1235…
        recorded.AcosPercent.ShouldBe(89.00m);      // 8.01 / 9.00 × 100
        recorded.BudgetUsedPercent.ShouldBe(0.80m); // 8.01 / 1,000 × 100 = 0.801
        recorded.SalesTargetReachedPercent.ShouldBe(0.45m);
    }

    [Fact]
    public async Task a_plan_without_results_has_no_roi_or_acos_yet()
    {
        var plan = await App.Running();

        (plan.Roi, plan.AcosPercent, plan.BudgetUsedPercent, plan.SalesTargetReachedPercent).ShouldBe(((decimal?)null, (decimal?)null, 0m, 0m));
    }

    [Fact]
    public async Task recording_a_result_tells_the_other_modules_with_its_roi_and_acos()
    {
        var plan = await App.Running();

        var (result, messages) = await App.Tracking(() => App.RecordResult(plan.Id, September30, Usd(200m), Usd(650m), orders: 20));

        await result.ShouldHaveStatus(200);
        messages.Sent.SingleMessage<PromotionResultRecordedMessage>().ShouldBe(new PromotionResultRecordedMessage(
            plan.Id, null, DemoStoreId, October, September30, 200m, 650m, "USD", 20, 3.25m, 30.77m, OpsFixture.Start));
    }

    [Fact]
    public async Task a_refused_result_tells_nobody()
    {
        var plan = await App.Running();
        await App.RecordResult(plan.Id, September30, Usd(200m), Usd(650m)).Ok<PromotionPlanView>();

        var (result, messages) = await App.Tracking(() => App.RecordResult(plan.Id, September30, Usd(10m), Usd(20m)));

        await result.ShouldHaveStatus(409);
        messages.Sent.MessagesOf<PromotionResultRecordedMessage>().ShouldBeEmpty();
    }

    [Fact]
    public async Task each_week_is_recorded_once()
    {
        var plan = await App.Running();
        await App.RecordResult(plan.Id, September30, Usd(200m), Usd(650m)).Ok<PromotionPlanView>();

        await App.RecordResult(plan.Id, September30, Usd(210m), Usd(660m)).ShouldBeProblem(409, PromotionRules.WeekAlreadyRecorded.Code);
        (await App.PromotionPlan(plan.Id)).Results.Single().Spend.ShouldBe(Usd(200m));
    }

    [Fact]
    public async Task the_week_must_overlap_the_plan_month()
    {
        var plan = await App.Running();

        await App.RecordResult(plan.Id, new DateOnly(2030, 9, 23), Usd(1m), Usd(1m)).ShouldBeProblem(409, PromotionRules.WeekOutsidePlanMonth.Code);
        await App.RecordResult(plan.Id, new DateOnly(2030, 11, 4), Usd(1m), Usd(1m)).ShouldBeProblem(409, PromotionRules.WeekOutsidePlanMonth.Code);
        await App.RecordResult(plan.Id, new DateOnly(2030, 10, 28), Usd(1m), Usd(1m)).Ok<PromotionPlanView>(); // 28 Oct – 3 Nov
    }

    [Fact]
    public async Task results_are_in_the_plan_currency()
    {
        var plan = await App.Running();

        await App.RecordResult(plan.Id, September30, new Money(200m, "EUR"), Usd(650m)).ShouldBeProblem(409, PromotionRules.CurrencyMustMatchPlan.Code);
        await App.RecordResult(plan.Id, September30, Usd(200m), new Money(650m, "CNY")).ShouldBeProblem(409, PromotionRules.CurrencyMustMatchPlan.Code);
    }

    [Fact]
    public async Task results_are_recorded_while_running_or_late_after_completion_but_not_before_the_start_or_after_a_cancellation()
    {
        var planned = await App.Planned(StorePlan("2030-09"));
        var cancelled = await App.Cancelled(StorePlan("2030-08"));
        var completed = await App.Completed();

        await App.RecordResult(planned.Id, new DateOnly(2030, 9, 2), Usd(1m), Usd(1m)).ShouldBeProblem(409, PromotionRules.NotRunning.Code);
        await App.RecordResult(cancelled.Id, new DateOnly(2030, 8, 5), Usd(1m), Usd(1m)).ShouldBeProblem(409, PromotionRules.NotRunning.Code);
        var late = await App.RecordResult(completed.Id, October7, Usd(100m), Usd(400m)).Ok<PromotionPlanView>();

        (late.Status, late.Results.Count).ShouldBe((PromotionStatus.Completed, 1));
    }

    [Fact]
    public async Task a_result_is_for_a_week_begun_on_a_monday_with_amounts_in_cents_that_are_not_negative()
    {
        var plan = await App.Running(StorePlan("2030-11"));

        await App.RecordResult(plan.Id, new DateOnly(2030, 11, 5), Usd(1m), Usd(1m)).ShouldHaveFieldError("weekStarting");
        await App.RecordResult(plan.Id, new DateOnly(2030, 11, 11), Usd(1m), Usd(1m)).ShouldHaveFieldError("weekStarting"); // not begun
        var problem = await App.Command(plan.Id, "results", new { spend = Usd(-1m), sales = Usd(1.005m), orders = -1 }).ShouldHaveFieldError("weekStarting");
        problem.Errors!.Keys.ShouldBe(["weekStarting", "spend.amount", "sales.amount", "orders"], ignoreOrder: true);
        await App.RecordResult(plan.Id, new DateOnly(2030, 11, 4), Usd(1m), Usd(1m)).Ok<PromotionPlanView>(); // the week under way
    }

    [Fact]
    public async Task the_auditor_cannot_record_results()
    {
        var plan = await App.Running();

        await As(Role.Auditor, x => x.Post.Json(new { weekStarting = September30, spend = Usd(1m), sales = Usd(1m) }).ToUrl($"{PromotionsUrl}/{plan.Id}/results"))
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
