using Ops.Listing.Promotions;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using static Listing.Tests.Promotions.PromotionScenarios;

namespace Listing.Tests.Promotions;

public sealed class PromotionPlanTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task a_store_plan_is_created_planned_with_its_tools_budget_and_goals()
    {
        var result = await App.Plan(StorePlan() with { Tools = [PromotionTool.Deals, PromotionTool.SponsoredAds, PromotionTool.Deals] });

        await result.ShouldHaveStatus(201);
        result.ETag().ShouldBe("\"1\"");
        var plan = (await result.ReadAsJsonAsync<PromotionPlanView>())!;
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{PromotionsUrl}/{plan.Id}");
        (plan.Month, plan.ListingId, plan.StoreId, plan.Status, plan.Version).ShouldBe((October, null, DemoStoreId, PromotionStatus.Planned, 1));
        plan.Tools.ShouldBe([PromotionTool.Deals, PromotionTool.SponsoredAds]);
        (plan.Budget, plan.SalesTarget, plan.AcosTargetPercent).ShouldBe((Usd(1_000m), Usd(2_000m), 25m));
        (plan.TotalSpend, plan.TotalSales, plan.TotalOrders, plan.Results.Count).ShouldBe((Usd(0), Usd(0), 0, 0));
        (plan.PlannedBy, plan.PlannedAt, plan.StartedAt, plan.CancellationReason).ShouldBe(("listing@demo.ops", OpsFixture.Start, null, null));
        (await App.PromotionPlan(plan.Id)).ShouldBeEquivalentTo(plan);
    }

    [Fact]
    public async Task a_plan_may_be_for_one_listing()
    {
        var listingId = await App.Listing();

        var plan = await App.Planned(StorePlan() with { StoreId = null, ListingId = listingId });

        (plan.ListingId, plan.StoreId).ShouldBe((listingId, null));
    }

    [Fact]
    public async Task a_plan_is_for_exactly_one_of_a_listing_and_a_store()
    {
        var listingId = await App.Listing();

        await App.Plan(StorePlan() with { ListingId = listingId }).ShouldHaveFieldError("listingId");
        await App.Plan(StorePlan() with { StoreId = null }).ShouldHaveFieldError("listingId");
    }

    [Fact]
    public async Task a_plan_for_a_listing_or_store_that_does_not_exist_is_not_found()
    {
        var unknown = Guid.CreateVersion7();

        (await App.Plan(StorePlan() with { StoreId = null, ListingId = unknown }).ShouldBeProblem(404, ProblemCodes.NotFound))
            .Detail.ShouldBe($"No listing with id {unknown}.");
        (await App.Plan(StorePlan() with { StoreId = unknown }).ShouldBeProblem(404, ProblemCodes.NotFound))
            .Detail.ShouldBe($"No store with id {unknown}.");
    }

    [Fact]
    public async Task a_plan_needs_a_month_tools_a_positive_budget_and_goals_in_one_currency()
    {
        var problem = await App.Plan(StorePlan() with
        {
            Month = "2030-13", Tools = [], Budget = new Money(0m, "usd"), SalesTarget = new Money(1.005m, "EUR"), AcosTargetPercent = 0m,
        }).ShouldHaveFieldError("month");

        problem.Errors!.Keys.ShouldBe(["month", "tools", "budget.amount", "budget.currency", "salesTarget.amount", "salesTarget.currency",
            "acosTargetPercent"], ignoreOrder: true);
        await App.Plan(StorePlan() with { SalesTarget = new Money(2_000m, "EUR") }).ShouldHaveFieldError("salesTarget.currency");
    }

    [Fact]
    public async Task a_repeat_with_the_same_idempotency_key_answers_as_the_first_and_plans_once()
    {
        var first = await As(Role.Listing, x =>
        {
            x.Post.Json(StorePlan()).ToUrl(PromotionsUrl);
            x.WithRequestHeader("Idempotency-Key", "plan-october");
        }).Ok<PromotionPlanView>(201);
        var again = await As(Role.Listing, x =>
        {
            x.Post.Json(StorePlan()).ToUrl(PromotionsUrl);
            x.WithRequestHeader("Idempotency-Key", "plan-october");
        }).Ok<PromotionPlanView>(201);
        await As(Role.Listing, x =>
        {
            x.Post.Json(StorePlan("2030-12")).ToUrl(PromotionsUrl);
            x.WithRequestHeader("Idempotency-Key", "plan-october");
        }).ShouldBeProblem(422, ProblemCodes.IdempotencyKeyReused);

        again.ShouldBeEquivalentTo(first);
        (await List("")).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task a_listing_or_store_has_one_live_plan_per_month_and_a_cancelled_one_frees_the_month()
    {
        var listingId = await App.Listing();
        var october = await App.Planned();
        await App.Planned(StorePlan("2030-11"));
        await App.Planned(StorePlan() with { StoreId = null, ListingId = listingId });

        await App.Plan(StorePlan()).ShouldBeProblem(409, PromotionRules.OnePlanPerMonth.Code);
        await App.Plan(StorePlan() with { StoreId = null, ListingId = listingId }).ShouldBeProblem(409, PromotionRules.OnePlanPerMonth.Code);
        await App.Command(october.Id, "cancel", new { reason = "Replanned with a bigger budget" }).Ok<PromotionPlanView>();
        await App.Planned(StorePlan() with { Budget = Usd(1_500m) });
    }

    [Fact]
    public async Task a_plan_runs_then_completes_and_repeating_a_step_changes_nothing()
    {
        var plan = await App.Planned();

        var running = await App.Command(plan.Id, "start", role: Role.OpsManager).Ok<PromotionPlanView>();
        var startedAgain = await App.Command(plan.Id, "start").Ok<PromotionPlanView>();
        App.Clock.Advance(TimeSpan.FromDays(1));
        var completed = await App.Command(plan.Id, "complete", role: Role.Admin).Ok<PromotionPlanView>();
        var completedAgain = await App.Command(plan.Id, "complete").Ok<PromotionPlanView>();

        (running.Status, running.StartedAt, running.Version).ShouldBe((PromotionStatus.Running, OpsFixture.Start, 2));
        startedAgain.Version.ShouldBe(2);
        (completed.Status, completed.CompletedAt, completed.Version).ShouldBe((PromotionStatus.Completed, OpsFixture.Start.AddDays(1), 3));
        completedAgain.Version.ShouldBe(3);
    }

    [Fact]
    public async Task only_a_planned_promotion_starts()
    {
        var completed = await App.Completed();
        var cancelled = await App.Cancelled(StorePlan("2030-09"));

        await App.Command(completed.Id, "start").ShouldBeProblem(409, PromotionRules.NotPlanned.Code);
        await App.Command(cancelled.Id, "start").ShouldBeProblem(409, PromotionRules.NotPlanned.Code);
    }

    [Fact]
    public async Task only_a_running_promotion_completes()
    {
        var planned = await App.Planned();
        var cancelled = await App.Cancelled(StorePlan("2030-09"));

        await App.Command(planned.Id, "complete").ShouldBeProblem(409, PromotionRules.NotRunning.Code);
        await App.Command(cancelled.Id, "complete").ShouldBeProblem(409, PromotionRules.NotRunning.Code);
    }

    [Fact]
    public async Task a_planned_or_running_promotion_is_cancelled_with_a_reason_but_a_completed_one_is_not()
    {
        var planned = await App.Planned();
        var running = await App.Running(StorePlan("2030-11"));
        var completed = await App.Completed(StorePlan("2030-09"));

        await App.Command(planned.Id, "cancel", new { reason = " " }).ShouldHaveFieldError("reason");
        var cancelled = await App.Command(planned.Id, "cancel", new { reason = "  Stock ran out " }).Ok<PromotionPlanView>();
        var again = await App.Command(planned.Id, "cancel", new { reason = "Another reason" }).Ok<PromotionPlanView>();
        var stopped = await App.Command(running.Id, "cancel", new { reason = "Listing suppressed" }).Ok<PromotionPlanView>();
        await App.Command(completed.Id, "cancel", new { reason = "Too late" }).ShouldBeProblem(409, PromotionRules.CompletedCannotBeCancelled.Code);

        (cancelled.Status, cancelled.CancellationReason, cancelled.CancelledAt).ShouldBe((PromotionStatus.Cancelled, "Stock ran out", OpsFixture.Start));
        again.ShouldBeEquivalentTo(cancelled);
        stopped.Status.ShouldBe(PromotionStatus.Cancelled);
    }

    [Fact]
    public async Task a_plan_that_does_not_exist_is_not_found_and_a_stale_if_match_is_refused()
    {
        var plan = await App.Planned();

        await App.Command(Guid.CreateVersion7(), "start").ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}/{Guid.CreateVersion7()}")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Listing, x =>
        {
            x.Post.Json(new { }).ToUrl($"{PromotionsUrl}/{plan.Id}/start");
            x.WithRequestHeader("If-Match", "\"2\"");
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        await As(Role.Listing, x =>
        {
            x.Post.Json(new { }).ToUrl($"{PromotionsUrl}/{plan.Id}/start");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).Ok<PromotionPlanView>();
    }

    [Fact]
    public async Task history_lists_the_events_in_order_with_who_did_them()
    {
        var plan = await App.Running();
        await App.RecordResult(plan.Id, new DateOnly(2030, 10, 7), Usd(100m), Usd(300m)).Ok<PromotionPlanView>();
        await App.Command(plan.Id, "complete", role: Role.OpsManager).Ok<PromotionPlanView>();

        var history = await App.PromotionHistory(plan.Id);

        history.Select(e => (e.Version, e.Type, e.Actor)).ShouldBe([
            (1, "promotion_planned", "listing@demo.ops"),
            (2, "promotion_started", "listing@demo.ops"),
            (3, "promotion_result_recorded", "listing@demo.ops"),
            (4, "promotion_completed", "ops-manager@demo.ops"),
        ]);
    }

    [Fact]
    public async Task a_plan_is_read_as_it_was_at_an_earlier_version_or_time()
    {
        var plan = await App.Running();
        var startedAt = (await App.PromotionHistory(plan.Id))[1].Timestamp;
        await App.RecordResult(plan.Id, new DateOnly(2030, 10, 7), Usd(100m), Usd(300m)).Ok<PromotionPlanView>();

        var atVersion = await App.PromotionPlan(plan.Id, "?version=1");
        var atTime = await App.PromotionPlan(plan.Id, $"?asOf={Uri.EscapeDataString(startedAt.ToString("O"))}");

        (atVersion.Version, atVersion.Status).ShouldBe((1, PromotionStatus.Planned));
        atTime.ShouldBeEquivalentTo(plan);
    }

    [Fact]
    public async Task plans_are_listed_newest_month_first_and_filtered_by_month_status_listing_or_store()
    {
        var listingId = await App.Listing();
        var october = await App.Completed();
        var september = await App.Planned(StorePlan("2030-09"));
        var november = await App.Running(StorePlan("2030-11"));
        var forListing = await App.Planned(StorePlan() with { StoreId = null, ListingId = listingId });

        (await List("")).Items.Select(p => p.Month).ShouldBe(["2030-11", "2030-10", "2030-10", "2030-09"]);
        (await List("sort=month&pageSize=1&page=2")).Items.Select(p => p.Month).ShouldBe(["2030-10"]);
        (await List("month=2030-10")).Items.Select(p => p.Id).ShouldBe([october.Id, forListing.Id], ignoreOrder: true);
        (await List("status=Running")).Items.Select(p => p.Id).ShouldBe([november.Id]);
        (await List($"listingId={listingId}")).Items.Select(p => p.Id).ShouldBe([forListing.Id]);
        (await List($"storeId={DemoStoreId}")).Items.Select(p => p.Id).ShouldBe([november.Id, october.Id, september.Id]);
        await As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}?month=October")).ShouldHaveFieldError("month");
        await As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}?sort=spend")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task listing_operators_managers_and_admins_plan_the_auditor_reads_only()
    {
        await App.Plan(StorePlan("2030-09"), Role.Listing).Ok<PromotionPlanView>(201);
        await App.Plan(StorePlan("2030-10"), Role.OpsManager).Ok<PromotionPlanView>(201);
        var plan = await App.Plan(StorePlan("2030-11"), Role.Admin).Ok<PromotionPlanView>(201);

        await App.Plan(StorePlan("2030-12"), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Plan(StorePlan("2030-12"), Role.Product).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Command(plan.Id, "start", role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Command(plan.Id, "cancel", new { reason = "x" }, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Post.Json(StorePlan("2030-12")).ToUrl(PromotionsUrl)).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        await Anonymous(x => x.Get.Url(PromotionsUrl)).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        (await List("")).TotalItems.ShouldBe(3);
    }

    private Task<Page<PromotionPlanView>> List(string query) =>
        As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}?{query}")).Ok<Page<PromotionPlanView>>();
}
