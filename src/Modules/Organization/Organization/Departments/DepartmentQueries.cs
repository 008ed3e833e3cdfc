using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Organization.Departments;

/// <summary><c>GET /api/org/departments/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetDepartmentEndpoint(IOrganizationStore store) : GetRecordEndpoint<DepartmentView, IOrganizationStore>(store, "department")
{
    public override void Configure()
    {
        Get("/departments/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListDepartmentsRequest : PageRequest
{
    [QueryParam] public string? Code { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListDepartmentsValidator : Validator<ListDepartmentsRequest>
{
    public ListDepartmentsValidator() => this.IncludePaging(ListDepartmentsEndpoint.Sort);
}

/// <summary><c>GET /api/org/departments</c>: paged, filtered by code or a search in the name.</summary>
public sealed class ListDepartmentsEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListDepartmentsRequest, Page<DepartmentView>>
{
    internal static readonly SortFields<DepartmentView> Sort = new("name", new Dictionary<string, Expression<Func<DepartmentView, object>>>
    {
        ["name"] = d => d.Name,
        ["code"] = d => d.Code,
        ["createdAt"] = d => d.CreatedAt,
    });

    public override void Configure()
    {
        Get("/departments");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListDepartmentsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<DepartmentView> departments = session.Query<DepartmentView>();
        if (request.Code is { Length: > 0 } code) departments = departments.Where(d => d.Code == code);
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            departments = departments.Where(d => d.Name.ToLower().Contains(term));
        }
        await Send.OkAsync(await departments.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class DepartmentHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<Department, DepartmentView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/departments/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}
