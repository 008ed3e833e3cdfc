using Alba;
using Ops.Selection;
using Ops.Selection.Research;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Selection.Tests;

/// <summary>Given-states for market research tests, built only through the API.</summary>
public static class ResearchScenarios
{
    public const string Research = "/api/selection/research";

    public static PriceBand Usd(decimal min, decimal max) => new(new Money(min, "USD"), new Money(max, "USD"));

    public static StartMarketResearchRequest NewStudy(string category = "Desk lamps", string? marketplace = null) => new()
    {
        Category = category,
        Marketplace = marketplace,
        DemandCharacteristics = "Steady all year, peaks before the school term",
        ConsumerPreferences = "Dimmable, USB-C charging, warm light",
        PriceBand = Usd(25, 60),
        TrendNotes = "Search volume up 18% year on year",
        CompetitorSummary = "Three brands hold 60% of the first page; reviews complain about flicker",
        DataSources = ["Category report, October 2030", "Best Sellers, first page"],
    };

    public static Task<IScenarioResult> Start(this SelectionApp app, StartMarketResearchRequest request, string role = Role.Product) =>
        app.As(role, x => x.Post.Json(request).ToUrl(Research));

    public static Task<MarketResearchDetails> Started(this SelectionApp app, StartMarketResearchRequest? request = null) =>
        app.Start(request ?? NewStudy()).Ok<MarketResearchDetails>(201);

    public static Task<IScenarioResult> RecordFinding(this SelectionApp app, Guid id, string text = "Most reviews ask for a longer arm",
        string source = "Review mining, top 20 listings", string role = Role.Product) =>
        app.As(role, x => x.Post.Json(new { text, source }).ToUrl($"{Research}/{id}/findings"));

    public static Task<IScenarioResult> ChangeConclusion(this SelectionApp app, Guid id, ResearchConclusion conclusion,
        string note = "Demand is steady and the leaders leave room on quality", string role = Role.Product) =>
        app.As(role, x => x.Put.Json(new { conclusion, note }).ToUrl($"{Research}/{id}/conclusion"));

    public static Task<IScenarioResult> Archive(this SelectionApp app, Guid id, string reason = "Superseded by the 2031 study",
        string role = Role.OpsManager) =>
        app.As(role, x => x.Post.Json(new { reason }).ToUrl($"{Research}/{id}/archive"));

    public static async Task<MarketResearchDetails> Archived(this SelectionApp app) =>
        await app.Archive((await app.Started()).Id).Ok<MarketResearchDetails>();

    public static Task<MarketResearchDetails> Study(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{Research}/{id}")).Ok<MarketResearchDetails>();

    public static Task<IReadOnlyList<HistoryEntry>> ResearchHistory(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{Research}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
