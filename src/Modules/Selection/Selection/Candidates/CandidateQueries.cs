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

public sealed record ListCandidatesRequest : PageRequest
{
    [QueryParam] public CandidateStage? Stage { get; init; }
    [QueryParam] public string? Category { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListCandidatesValidator : Validator<ListCandidatesRequest>
{
    public ListCandidatesValidator() => this.IncludePaging(ListCandidatesEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/selection/candidates</c>: paged, newest first unless sorted otherwise, filtered by stage, category
/// (ignoring case) or a search in the name.
/// </summary>
public sealed class ListCandidatesEndpoint(ISelectionStore store, StoreResults counts) : Endpoint<ListCandidatesRequest, Page<CandidateDetails>>
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
        await Send.OkAsync(await candidates.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
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
