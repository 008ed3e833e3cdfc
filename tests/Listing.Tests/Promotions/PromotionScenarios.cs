using Alba;
using Ops.Listing.Promotions;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Listing.Tests.Promotions;

/// <summary>Given-states for promotion tests, built through the API as a listing operator would.</summary>
public static class PromotionScenarios
{
    public const string PromotionsUrl = "/api/listing/promotions";
    public static readonly Guid DemoStoreId = Listings.ListingScenarios.DemoStoreId;

    /// <summary>October 2030: its Mondays (Sep 30 to Oct 28) have all come by the test clock's Monday, 4 November.</summary>
    public const string October = "2030-10";

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static CreatePromotionPlanRequest StorePlan(string month = October) => new()
    {
        Month = month,
        StoreId = DemoStoreId,
        Tools = [PromotionTool.SponsoredAds, PromotionTool.Coupons],
        Budget = Usd(1_000m),
        SalesTarget = Usd(2_000m),
        AcosTargetPercent = 25m,
    };

    public static Task<IScenarioResult> Plan(this ListingApp app, CreatePromotionPlanRequest request, string role = Role.Listing) =>
        app.As(role, x => x.Post.Json(request).ToUrl(PromotionsUrl));

    public static Task<PromotionPlanView> Planned(this ListingApp app, CreatePromotionPlanRequest? request = null) =>
        app.Plan(request ?? StorePlan()).Ok<PromotionPlanView>(201);

    public static Task<IScenarioResult> Command(this ListingApp app, Guid id, string command, object? body = null, string role = Role.Listing) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{PromotionsUrl}/{id}/{command}"));

    public static async Task<PromotionPlanView> Running(this ListingApp app, CreatePromotionPlanRequest? request = null) =>
        await app.Command((await app.Planned(request)).Id, "start").Ok<PromotionPlanView>();

    public static async Task<PromotionPlanView> Completed(this ListingApp app, CreatePromotionPlanRequest? request = null) =>
        await app.Command((await app.Running(request)).Id, "complete").Ok<PromotionPlanView>();

    public static async Task<PromotionPlanView> Cancelled(this ListingApp app, CreatePromotionPlanRequest? request = null) =>
        await app.Command((await app.Planned(request)).Id, "cancel", new { reason = "Stock ran out" }).Ok<PromotionPlanView>();

    public static Task<IScenarioResult> RecordResult(this ListingApp app, Guid id, DateOnly weekStarting, Money spend, Money sales, int? orders = null) =>
        app.Command(id, "results", new { weekStarting, spend, sales, orders });

    public static Task<PromotionPlanView> PromotionPlan(this ListingApp app, Guid id, string query = "") =>
        app.As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}/{id}{query}")).Ok<PromotionPlanView>();

    public static Task<IReadOnlyList<HistoryEntry>> PromotionHistory(this ListingApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{PromotionsUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
