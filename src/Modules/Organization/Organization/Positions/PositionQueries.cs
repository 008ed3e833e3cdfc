using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Organization.Positions;

/// <summary><c>GET /api/org/positions/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetPositionEndpoint(IOrganizationStore store) : GetRecordEndpoint<PositionView, IOrganizationStore>(store, "position")
{
    public override void Configure()
    {
        Get("/positions/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListPositionsRequest : PageRequest
{
    [QueryParam] public Guid? DepartmentId { get; init; }
    [QueryParam] public string? Role { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListPositionsValidator : Validator<ListPositionsRequest>
{
    public ListPositionsValidator() => this.IncludePaging(ListPositionsEndpoint.Sort);
}

/// <summary><c>GET /api/org/positions</c>: paged, filtered by department, granted role or a search in the title.</summary>
public sealed class ListPositionsEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListPositionsRequest, Page<PositionView>>
{
    internal static readonly SortFields<PositionView> Sort = new("title", new Dictionary<string, Expression<Func<PositionView, object>>>
    {
        ["title"] = p => p.Title,
        ["createdAt"] = p => p.CreatedAt,
    });

    public override void Configure()
    {
        Get("/positions");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListPositionsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<PositionView> positions = session.Query<PositionView>();
        if (request.DepartmentId is { } department) positions = positions.Where(p => p.DepartmentId == department);
        if (request.Role is { Length: > 0 } role) positions = positions.Where(p => p.Roles.Contains(role));
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            positions = positions.Where(p => p.Title.ToLower().Contains(term));
        }
        await Send.OkAsync(await positions.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class PositionHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<Position, PositionView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/positions/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}
