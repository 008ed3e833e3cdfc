using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Ops.Selection.Candidates;

/// <summary><c>GET /api/selection/candidates/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetCandidateEndpoint(ISelectionStore store) : GetRecordEndpoint<CandidateDetails, ISelectionStore>(store, "candidate")
{
    public override void Configure()
    {
        Get("/candidates/{id}");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListCandidatesRequest : PageRequest, IActivityWithin
{
    [QueryParam] public CandidateStage? Stage { get; init; }
    [QueryParam] public string? Category { get; init; }
    [QueryParam] public string? Search { get; init; }

    /// <summary>With <c>from</c> and/or <c>to</c>: the candidates that went through this within them (the KPIs' lists).</summary>
    [QueryParam] public CandidateActivity? Activity { get; init; }

    /// <summary>The activity on or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>The activity before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }
}

public sealed class ListCandidatesValidator : Validator<ListCandidatesRequest>
{
    public ListCandidatesValidator()
    {
        this.IncludePaging(ListCandidatesEndpoint.Sort);
        this.IncludeActivityWithin(r => r.Activity);
    }
}

/// <summary>Where a list item's margin comes from: the chosen quote's price (settings in force), or the last screening's estimate.</summary>
public enum MarginBasis { ChosenQuote, Screening }

/// <summary>
/// A candidate on the board: who owns it (selection.md names no owner beside who proposed it: the proposer), how many
/// whole days since it was proposed, and its margin once known — with a chosen quote, the current estimate at the
/// quote's price; else the estimate its last screening was decided on; before any screening none (shown "—").
/// </summary>
public sealed record CandidateSummary(
    Guid Id, long Version, string Name, string Category, string Marketplace, CandidateStage Stage, CandidateStage? ShelvedFromStage,
    Money TargetPrice, string Owner, DateTimeOffset ProposedAt, int AgeDays, decimal? MarginPercent, MarginBasis? MarginBasis, string? Sku)
{
    public static CandidateSummary Of(CandidateDetails c, DateTimeOffset now, SelectionSettings? policy)
    {
        var (margin, basis) = c.ChosenQuote is { } quote && policy is not null
            ? (ProfitCalculator.Estimate(c.Numbers.WithSizeAsGiven(c.SizeAsGiven).WithQuote(quote), policy).PerUnit.MarginPercent, Candidates.MarginBasis.ChosenQuote)
            : c.Screenings.Count > 0
                ? (c.Screenings[^1].Estimate.PerUnit.MarginPercent, Candidates.MarginBasis.Screening)
                : ((decimal?)null, (MarginBasis?)null);
        return new CandidateSummary(c.Id, c.Version, c.Name, c.Category, c.Marketplace, c.Stage, c.ShelvedFromStage, c.Numbers.TargetPrice,
            c.ProposedBy, c.ProposedAt, AgeInDays(c.ProposedAt, now), margin, basis, c.Sku);
    }

    /// <summary>Whole days elapsed (a candidate proposed 47 hours ago is 1 day old); never negative.</summary>
    public static int AgeInDays(DateTimeOffset proposedAt, DateTimeOffset now) => Math.Max(0, (int)Math.Floor((now - proposedAt).TotalDays));
}

/// <summary>
/// <c>GET /api/selection/candidates</c>: paged, newest first unless sorted otherwise, filtered by stage, category
/// (ignoring case), a search in the name, or what they went through within a period (<see cref="CandidateActivity"/>);
/// each item a <see cref="CandidateSummary"/>.
/// </summary>
public sealed class ListCandidatesEndpoint(ISelectionStore store, StoreResults counts, TimeProvider time)
    : Endpoint<ListCandidatesRequest, Page<CandidateSummary>>
{
    internal static readonly SortFields<CandidateDetails> Sort = new("-proposedAt", new Dictionary<string, Expression<Func<CandidateDetails, object>>>
    {
        ["name"] = c => c.Name,
        ["category"] = c => c.Category,
        ["stage"] = c => c.Stage,
        ["proposedAt"] = c => c.ProposedAt,
    });

    public override void Configure()
    {
        Get("/candidates");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListCandidatesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<CandidateDetails> candidates = session.Query<CandidateDetails>();
        if (request.Stage is { } stage) candidates = candidates.Where(c => c.Stage == stage);
        if (request.Category is { Length: > 0 } category) candidates = candidates.Where(c => c.Category.Equals(category, StringComparison.OrdinalIgnoreCase));
        if (request.Search is { Length: > 0 } search) candidates = candidates.Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        if (request.Activity is { } activity) candidates = candidates.HadWithin(CandidateActivities.Instants(activity), request.From, request.To);
        var page = await candidates.ToPageAsync(session, request, Sort, counts, ct);
        // The settings only when a margin is priced from a chosen quote.
        var policy = page.Items.Any(c => c.ChosenQuoteId is not null) ? (await session.CurrentAsync<SelectionSettings>(ct)).Settings : null;
        var now = time.GetUtcNow();
        await Send.OkAsync(new Page<CandidateSummary>([.. page.Items.Select(c => CandidateSummary.Of(c, now, policy))], page.PageNumber,
            page.PageSize, page.TotalItems, page.TotalPages), ct);
    }
}

/// <summary>
/// <c>GET /api/selection/candidates/categories</c>: the categories candidates are filed under, A to Z; spellings that
/// differ only in case count once (as the list's category filter matches them), in the spelling first in order.
/// </summary>
public sealed class CandidateCategoriesEndpoint(ISelectionStore store) : EndpointWithoutRequest<IReadOnlyList<string>>
{
    public override void Configure()
    {
        Get("/candidates/categories");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var spellings = await session.Query<CandidateDetails>().Select(c => c.Category).Distinct().ToListAsync(ct);
        await Send.OkAsync(Categories(spellings), ct);
    }

    public static IReadOnlyList<string> Categories(IEnumerable<string> spellings) =>
        [.. spellings.Where(s => !string.IsNullOrWhiteSpace(s))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Order(StringComparer.Ordinal).First())
            .Order(StringComparer.OrdinalIgnoreCase)];
}

public sealed class CandidateHistoryEndpoint(ISelectionStore store) : HistoryEndpoint<Candidate, CandidateDetails, ISelectionStore>(store)
{
    public override void Configure()
    {
        Get("/candidates/{id}/history");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}

/// <summary>
/// <c>GET /api/selection/candidates/{id}/profit-estimate</c>: the estimate as it stands now — the settings in force,
/// the proposal's numbers, and the chosen quote's unit price and lead time once there is one.
/// </summary>
public sealed class CandidateProfitEstimateEndpoint(ISelectionStore store) : Endpoint<RecordRequest, ProfitEstimate>
{
    public override void Configure()
    {
        Get("/candidates/{id}/profit-estimate");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<CandidateDetails>(request.Id, ct) is not { } candidate)
        {
            await Problems.NotFoundAsync(HttpContext, "candidate", request.Id, ct);
            return;
        }
        var policy = (await session.CurrentAsync<SelectionSettings>(ct)).Settings;
        // From the size as entered: a record projected before sizes kept full precision holds them rounded.
        var numbers = candidate.Numbers.WithSizeAsGiven(candidate.SizeAsGiven).WithQuote(candidate.ChosenQuote);
        await Send.OkAsync(ProfitCalculator.Estimate(numbers, policy), ct);
    }
}
