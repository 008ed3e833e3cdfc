using System.Linq.Expressions;
using FastEndpoints;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Selection.Research;

/// <summary><c>GET /api/selection/research/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetMarketResearchEndpoint(ISelectionStore store)
    : GetRecordEndpoint<MarketResearchDetails, ISelectionStore>(store, "market research")
{
    public override void Configure()
    {
        Get("/research/{id}");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListMarketResearchRequest : PageRequest
{
    [QueryParam] public string? Category { get; init; }
    [QueryParam] public string? Marketplace { get; init; }
    [QueryParam] public ResearchConclusion? Conclusion { get; init; }

    /// <summary><c>true</c> for archived studies only, <c>false</c> for current ones only; both when not given.</summary>
    [QueryParam] public bool? Archived { get; init; }

    /// <summary>Words in the category, demand, preferences, trend notes or competitor summary.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListMarketResearchValidator : Validator<ListMarketResearchRequest>
{
    public ListMarketResearchValidator() => this.IncludePaging(ListMarketResearchEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/selection/research</c>: paged, newest first by default; filtered by category (whole name, any case),
/// marketplace, conclusion, archived, or a search in the study's text.
/// </summary>
public sealed class ListMarketResearchEndpoint(ISelectionStore store, StoreResults counts) : Endpoint<ListMarketResearchRequest, Page<MarketResearchDetails>>
{
    internal static readonly SortFields<MarketResearchDetails> Sort = new("-startedAt",
        new Dictionary<string, Expression<Func<MarketResearchDetails, object>>>
        {
            ["startedAt"] = r => r.StartedAt,
            ["category"] = r => r.Category,
            ["marketplace"] = r => r.Marketplace,
        });

    public override void Configure()
    {
        Get("/research");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListMarketResearchRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<MarketResearchDetails> studies = session.Query<MarketResearchDetails>();
        if (request.Category is { Length: > 0 } category)
            studies = studies.Where(r => r.Category.Equals(category.Trim(), StringComparison.OrdinalIgnoreCase));
        if (request.Marketplace is { Length: > 0 } marketplace)
        {
            var code = marketplace.ToUpperInvariant();
            studies = studies.Where(r => r.Marketplace == code);
        }
        if (request.Conclusion is { } conclusion) studies = studies.Where(r => r.Conclusion == conclusion);
        if (request.Archived is { } archived) studies = studies.Where(r => r.Archived == archived);
        if (request.Search is { Length: > 0 } search)
            studies = studies.Where(r => r.Category.Contains(search, StringComparison.OrdinalIgnoreCase)
                || (r.DemandCharacteristics != null && r.DemandCharacteristics.Contains(search, StringComparison.OrdinalIgnoreCase))
                || (r.ConsumerPreferences != null && r.ConsumerPreferences.Contains(search, StringComparison.OrdinalIgnoreCase))
                || (r.TrendNotes != null && r.TrendNotes.Contains(search, StringComparison.OrdinalIgnoreCase))
                || (r.CompetitorSummary != null && r.CompetitorSummary.Contains(search, StringComparison.OrdinalIgnoreCase)));
        await Send.OkAsync(await studies.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class MarketResearchHistoryEndpoint(ISelectionStore store) : HistoryEndpoint<MarketResearch, MarketResearchDetails, ISelectionStore>(store)
{
    public override void Configure()
    {
        Get("/research/{id}/history");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}
