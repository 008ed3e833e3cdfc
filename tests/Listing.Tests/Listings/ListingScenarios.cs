using System.Text.Json;
using Alba;
using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Logistics.Contracts;
using Wolverine.Tracking;
using Ops.Organization.ApiClients;
using Ops.Selection.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Settings;

namespace Listing.Tests.Listings;

/// <summary>Given-states for listing tests, built through the API (and the messages other modules send), as users would build them.</summary>
public static class ListingScenarios
{
    public const string ListingsUrl = "/api/listing/listings";
    public const string Sku = "LUM-LAMP-01";
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    /// <summary>Logistics' receipt of the SKU's purchase into a store (the demo store unless said).</summary>
    public static PurchaseReceived Receipt(DateTimeOffset receivedAt, Guid? storeId = null, string sku = Sku, Guid? receiptId = null) => new(
        receiptId ?? Guid.CreateVersion7(), storeId ?? DemoStoreId, sku, Guid.CreateVersion7(), 500, 498,
        DateOnly.FromDateTime(receivedAt.UtcDateTime), DateOnly.FromDateTime(receivedAt.UtcDateTime), receivedAt);

    /// <summary>Delivers a scheduled timer with the clock at its time, as Wolverine would when it falls due.</summary>
    public static async Task Play(this ListingApp app, Wolverine.Envelope timer)
    {
        app.Clock.SetUtcNow(timer.ScheduledTime!.Value);
        await app.Host.InvokeMessageAndWaitAsync(timer.Message!);
    }

    public static CreateListingRequest NewListing(string sku = Sku) => new()
    {
        Sku = sku,
        Title = "Lumina LED Desk Lamp",
        BrowseCategory = "Home & Kitchen > Lighting",
        Price = new ListingPrice(39.99m, "USD"),
    };

    /// <summary>Content that passes every quality rule under the default settings: score 100, no findings.</summary>
    public static ChangeListingContentRequest GoodContent(Guid id) => new()
    {
        Id = id,
        Title = "Lumina LED Desk Lamp with Wireless Charger, Dimmable Reading Light",
        Bullets =
        [
            "Wireless charger built into the base charges phones while you work.",
            "Five colour modes and ten brightness levels for reading and study.",
            "Eye-caring, flicker-free light for long evenings under the desk lamp.",
            "Foldable aluminium arm fits small desks and dorm rooms.",
            "Two-year warranty and friendly support from the Lumina team.",
        ],
        Description = "A compact desk lamp for home offices and dorms.",
        SearchTerms = "table office bedside nightstand study gooseneck",
        Images =
        [
            Image(1, ListingImageRole.Main), Image(2, ListingImageRole.Secondary), Image(3, ListingImageRole.Secondary),
            Image(4, ListingImageRole.Lifestyle), Image(5, ListingImageRole.Lifestyle), Image(6, ListingImageRole.Infographic),
        ],
        Attributes = new ListingAttributes
        {
            Brand = "Lumina", Model = "LX-200", Size = "12 x 6 x 18 in", Weight = "2.1 lb", Material = "Aluminium", Colour = "Silver",
            Warranty = "Two years",
        },
        BrowseCategory = "Home & Kitchen > Lighting > Desk Lamps",
        Price = new ListingPrice(39.99m, "USD"),
        TargetKeywords = ["desk lamp", "wireless charger", "reading light"],
    };

    public static ListingImageRequest Image(int n, ListingImageRole role) =>
        new() { Url = $"https://images.example/lumina/{n}.jpg", Role = role, AltText = $"Lumina lamp, view {n}" };

    public static ProductApproved Approved(string sku = Sku) => new(
        CandidateId: Guid.CreateVersion7(), Sku: sku, Name: "Lumina LED Desk Lamp", Category: "Desk Lamps", Marketplace: "US",
        SupplierId: Guid.CreateVersion7(), SupplierName: "Shenzhen Bright Electronics", Currency: "USD", UnitCost: 8.5m, TargetPrice: 39.99m,
        LeadTimeDays: 20, MinimumOrderQuantity: 500, Size: new ProductSize(12m, 6.50m, 18m, 2.1m), ApprovedAt: OpsFixture.Start.AddDays(-2));

    public static Task<IScenarioResult> Create(this ListingApp app, CreateListingRequest request, string role = Role.Listing) =>
        app.As(role, x => x.Post.Json(request).ToUrl(ListingsUrl));

    public static Task<ListingDetails> Drafted(this ListingApp app, string sku = Sku) => app.Create(NewListing(sku)).Ok<ListingDetails>(201);

    public static Task<IScenarioResult> ChangeContent(this ListingApp app, ChangeListingContentRequest content, string role = Role.Listing) =>
        app.As(role, x => x.Put.Json(content).ToUrl($"{ListingsUrl}/{content.Id}/content"));

    /// <summary>A draft whose content passes every rule.</summary>
    public static async Task<ListingDetails> Ready(this ListingApp app, string sku = Sku)
    {
        var draft = await app.Drafted(sku);
        return await app.ChangeContent(GoodContent(draft.Id)).Ok<ListingDetails>();
    }

    public static Task<IScenarioResult> Post(this ListingApp app, Guid id, string action, object? body = null, string role = Role.Listing) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{ListingsUrl}/{id}/{action}"));

    public static async Task<ListingDetails> Submitted(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Ready(sku)).Id, "submit").Ok<ListingDetails>();

    public static object Approval(string asin = "B0LUMINA01") => new { result = "Approved", asin };

    public static object Rejection(params string[] codes) =>
        new { result = "Rejected", reasonCodes = codes.Length == 0 ? ["8541"] : codes, reasonText = "Main image has a watermark." };

    public static async Task<ListingDetails> Live(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Submitted(sku)).Id, "review-result", Approval()).Ok<ListingDetails>();

    public static async Task<ListingDetails> Rejected(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Submitted(sku)).Id, "review-result", Rejection()).Ok<ListingDetails>();

    public static async Task<ListingDetails> Suppressed(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Live(sku)).Id, "suppress", new { reason = "Pricing error reported by the platform" }).Ok<ListingDetails>();

    public static async Task<ListingDetails> Delisted(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Live(sku)).Id, "delist", new { reason = "Season over" }).Ok<ListingDetails>();

    public static async Task<ListingDetails> Relisted(this ListingApp app, string sku = Sku) =>
        await app.Post((await app.Delisted(sku)).Id, "relist").Ok<ListingDetails>();

    public static Task<ListingDetails> Details(this ListingApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{id}")).Ok<ListingDetails>();

    public static Task<IReadOnlyList<HistoryEntry>> History(this ListingApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

    public static Task<PolicySettingsView<ListingSettings>> ChangeSettings(this ListingApp app, ListingSettings settings) =>
        app.As(Role.OpsManager, x => x.Put.Json(settings).ToUrl("/api/listing/settings")).Ok<PolicySettingsView<ListingSettings>>();

    /// <summary>An integrator's API key (role <c>integration</c>) with the given scopes, registered by the admin.</summary>
    public static async Task<string> IntegratorKey(this ListingApp app, params string[] scopes)
    {
        var client = await app.As(Role.Admin, x => x.Post.Json(new RegisterApiClientRequest("Platform adapter", scopes)).ToUrl("/api/org/api-clients"))
            .Ok<ApiClientWithKey>(201);
        return client.ApiKey;
    }

    /// <summary>Same JSON as the API sends: collections compare by their items, whatever their runtime type.</summary>
    public static void ShouldBeSameAs<T>(this T actual, T expected) =>
        JsonSerializer.Serialize(actual, JsonSerializerOptionsProvider.Options).ShouldBe(JsonSerializer.Serialize(expected, JsonSerializerOptionsProvider.Options));

    public static async Task<Problem> ShouldBeRefused(this Task<IScenarioResult> scenario, string code) => await scenario.ShouldBeProblem(409, code);
}
