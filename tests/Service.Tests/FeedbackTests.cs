using Ops.Service.Contracts;
using Ops.Service.Feedback;
using Ops.Service.FollowUps;
using Ops.Shared;
using Ops.Shared.Paging;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// Customer feedback routed to a department and tracked until its improvement is done; the voice of the customer counted
/// by category and SKU; monthly follow-up plans whose suggestions become feedback (service.md).
/// </summary>
public sealed class FeedbackTests(ServiceApp app) : ServiceTest(app)
{
    private const string FeedbackUrl = "/api/service/feedback", PlansUrl = "/api/service/follow-up-plans";

    private static object NewFeedback(FeedbackCategory category = FeedbackCategory.Packaging, string? sku = "OPS-LAMP",
        FeedbackSource source = FeedbackSource.Review) =>
        new { storeId = DemoStoreId, marketplace = "US", category, source, sku, text = "The box arrived crushed." };

    private Task<FeedbackDetails> Capture(object? body = null) =>
        App.As(Role.Service, x => x.Post.Json(body ?? NewFeedback()).ToUrl(FeedbackUrl)).Ok<FeedbackDetails>(201);

    private Task<Alba.IScenarioResult> Act(Guid id, string action, object body, string role = Role.Service) =>
        App.As(role, x => x.Post.Json(body).ToUrl($"{FeedbackUrl}/{id}/{action}"));

    [Fact]
    public async Task feedback_is_captured_announced_routed_and_tracked_until_its_improvement_is_done()
    {
        var (captured, messages) = await App.Tracking(() => Capture());

        (captured.Status, captured.Category, captured.Sku, captured.CapturedBy).ShouldBe(
            (FeedbackStatus.Captured, FeedbackCategory.Packaging, "OPS-LAMP", "service@demo.ops"));
        messages.SingleAnnounced<FeedbackCaptured>().ShouldBe(new FeedbackCaptured(captured.Id, DemoStoreId, "US", FeedbackCategory.Packaging,
            FeedbackSource.Review, "OPS-LAMP", "The box arrived crushed.", OpsFixture.Start));

        var routed = await Act(captured.Id, "route", new { department = "logistics", owner = "logistics@demo.ops" }).Ok<FeedbackDetails>();
        (routed.Status, routed.Department, routed.Owner).ShouldBe((FeedbackStatus.Routed, "logistics", "logistics@demo.ops"));
        (await App.As(Role.Auditor, x => x.Get.Url($"{FeedbackUrl}?department=logistics&open=true")).Ok<Page<FeedbackDetails>>())
            .Items.ShouldHaveSingleItem().Id.ShouldBe(captured.Id);

        var done = await Act(captured.Id, "done", new { text = "Double-walled cartons from next shipment." }).Ok<FeedbackDetails>();
        (done.Status, done.Outcome).ShouldBe((FeedbackStatus.Done, "Double-walled cartons from next shipment."));
        (await App.As(Role.Auditor, x => x.Get.Url($"{FeedbackUrl}?open=true")).Ok<Page<FeedbackDetails>>()).TotalItems.ShouldBe(0);
        (await App.As(Role.Auditor, x => x.Get.Url($"{FeedbackUrl}/{captured.Id}/history")).Ok<IReadOnlyList<Ops.Shared.Audit.HistoryEntry>>())
            .Select(e => e.Title).ShouldBe(["Feedback captured", "Feedback routed to a department", "Improvement done"]);
    }

    [Fact]
    public async Task an_improvement_needs_a_department_and_closed_feedback_takes_nothing_more()
    {
        var item = await Capture();

        await Act(item.Id, "done", new { text = "Fixed." }).ShouldBeProblem(409, "feedback.must_be_routed");
        await Act(item.Id, "dismiss", new { text = "A one-off carrier accident." }).Ok<FeedbackDetails>();
        await Act(item.Id, "route", new { department = "logistics" }).ShouldBeProblem(409, "feedback.closed");
        await Act(item.Id, "dismiss", new { text = "Again." }).ShouldBeProblem(409, "feedback.closed");
    }

    [Fact]
    public async Task bad_feedback_is_refused_field_by_field_and_an_unknown_store_by_rule()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { marketplace = "usa" }).ToUrl(FeedbackUrl)).ShouldHaveFieldError("storeId");
        problem.Errors!.Keys.ShouldBe(["storeId", "marketplace", "category", "source", "text"], ignoreOrder: true);
        var item = await Capture();
        await Act(item.Id, "route", new { department = "Logistics Team" }).ShouldHaveFieldError("department");

        await App.As(Role.Service, x => x.Post.Json(new
        {
            storeId = Guid.NewGuid(), marketplace = "US", category = "Price", source = "Other", text = "Too dear.",
        }).ToUrl(FeedbackUrl)).ShouldBeProblem(409, "feedback.store_must_exist");
        (await App.As(Role.Auditor, x => x.Get.Url(FeedbackUrl)).Ok<Page<FeedbackDetails>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_voice_of_the_customer_counts_the_period_by_category_and_sku()
    {
        await Capture(NewFeedback(FeedbackCategory.Packaging, "OPS-LAMP"));
        await Capture(NewFeedback(FeedbackCategory.Packaging, "OPS-LAMP"));
        await Capture(NewFeedback(FeedbackCategory.ProductQuality, "OPS-LAMP"));
        await Capture(NewFeedback(FeedbackCategory.Shipping, "OPS-POT"));
        await Capture(NewFeedback(FeedbackCategory.Price, sku: null));
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(40));
        await Capture(NewFeedback(FeedbackCategory.Price, "OPS-POT")); // after the period asked for below

        var voice = await App.As(Role.Auditor, x => x.Get.Url(
            $"{FeedbackUrl}/voice?from={Ops.Shared.Kpis.KpiPeriod.Format(OpsFixture.Start.AddDays(-1))}&to={Ops.Shared.Kpis.KpiPeriod.Format(OpsFixture.Start.AddDays(1))}"))
            .Ok<VoiceOfCustomer>();

        voice.Total.ShouldBe(5);
        voice.ByCategory.ShouldBe([
            new CategoryCount(FeedbackCategory.ProductQuality, 1), new CategoryCount(FeedbackCategory.Packaging, 2),
            new CategoryCount(FeedbackCategory.ListingAccuracy, 0), new CategoryCount(FeedbackCategory.Shipping, 1),
            new CategoryCount(FeedbackCategory.Service, 0), new CategoryCount(FeedbackCategory.Price, 1)]);
        voice.BySku.Select(s => (s.Sku, s.Count)).ShouldBe([("OPS-LAMP", 3L), ("OPS-POT", 1L)]);
        voice.BySku[0].ByCategory.ShouldBe(new Dictionary<FeedbackCategory, long> { [FeedbackCategory.Packaging] = 2, [FeedbackCategory.ProductQuality] = 1 });
    }

    private Task<FollowUpPlanDetails> Plan(int target = 4, string month = "2030-11") =>
        App.As(Role.Service, x => x.Post.Json(new { storeId = DemoStoreId, marketplace = "US", agent = "Service@demo.ops", month, targetCustomers = target })
            .ToUrl(PlansUrl)).Ok<FollowUpPlanDetails>(201);

    private static object FollowUp(int satisfaction, object? suggestion = null) => new
    {
        customer = "Jane Doe", orderNumber = "111-0000001-0000001", sku = "OPS-LAMP", method = "Phone",
        productExperience = "Bright and sturdy.", serviceSatisfaction = satisfaction, otherNeeds = (string?)null, suggestion,
    };

    [Fact]
    public async Task a_monthly_plan_counts_its_follow_ups_against_the_target_and_a_suggestion_becomes_feedback()
    {
        var plan = await Plan(target: 4);
        await App.As(Role.Service, x => x.Post.Json(FollowUp(5)).ToUrl($"{PlansUrl}/{plan.Id}/follow-ups")).Ok<FollowUpPlanDetails>();
        var (after, messages) = await App.Tracking(() => App.As(Role.Service, x => x.Post.Json(FollowUp(4,
            new { category = "Packaging", text = "A sturdier box, please." })).ToUrl($"{PlansUrl}/{plan.Id}/follow-ups")).Ok<FollowUpPlanDetails>());

        (after.Agent, after.Done, after.CompletionPercent, after.AverageSatisfaction).ShouldBe(("service@demo.ops", 2, 50m, 4.5m));
        var feedbackId = after.FollowUps[1].FeedbackId.ShouldNotBeNull();
        var feedback = await App.As(Role.Auditor, x => x.Get.Url($"{FeedbackUrl}/{feedbackId}")).Ok<FeedbackDetails>();
        (feedback.Source, feedback.SourceId, feedback.Category, feedback.Sku, feedback.Text).ShouldBe(
            (FeedbackSource.FollowUp, (Guid?)plan.Id, FeedbackCategory.Packaging, "OPS-LAMP", "A sturdier box, please."));
        messages.SingleAnnounced<FeedbackCaptured>().FeedbackId.ShouldBe(feedbackId);
    }

    [Fact]
    public async Task one_plan_per_agent_store_and_month_and_follow_ups_only_within_its_month()
    {
        var plan = await Plan();
        await App.As(Role.Service, x => x.Post.Json(new { storeId = DemoStoreId, marketplace = "US", agent = "service@demo.ops", month = "2030-11", targetCustomers = 9 })
            .ToUrl(PlansUrl)).ShouldBeProblem(409, "follow_up.plan_exists");

        App.Clock.SetUtcNow(new DateTimeOffset(2030, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await App.As(Role.Service, x => x.Post.Json(FollowUp(5)).ToUrl($"{PlansUrl}/{plan.Id}/follow-ups")).ShouldBeProblem(409, "follow_up.outside_month");
        (await App.As(Role.Auditor, x => x.Get.Url($"{PlansUrl}/{plan.Id}")).Ok<FollowUpPlanDetails>()).Done.ShouldBe(0);
    }

    [Fact]
    public async Task bad_plans_and_follow_ups_are_refused_field_by_field()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { storeId = DemoStoreId, marketplace = "US", agent = "nobody", month = "11/2030" })
            .ToUrl(PlansUrl)).ShouldHaveFieldError("agent");
        problem.Errors!.Keys.ShouldBe(["agent", "month", "targetCustomers"], ignoreOrder: true);

        var plan = await Plan();
        var followUp = await App.As(Role.Service, x => x.Post.Json(FollowUp(6, new { text = "" })).ToUrl($"{PlansUrl}/{plan.Id}/follow-ups"))
            .ShouldHaveFieldError("serviceSatisfaction");
        followUp.Errors!.Keys.ShouldBe(["serviceSatisfaction", "suggestion.category", "suggestion.text"], ignoreOrder: true);
    }
}
