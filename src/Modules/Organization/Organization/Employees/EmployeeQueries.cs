using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Organization.Employees;

/// <summary><c>GET /api/org/employees/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetEmployeeEndpoint(IOrganizationStore store) : GetRecordEndpoint<EmployeeView, IOrganizationStore>(store, "employee")
{
    public override void Configure()
    {
        Get("/employees/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListEmployeesRequest : PageRequest
{
    [QueryParam] public EmployeeStatus? Status { get; init; }
    [QueryParam] public Guid? PositionId { get; init; }
    [QueryParam] public Guid? ManagerEmployeeId { get; init; }
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListEmployeesValidator : Validator<ListEmployeesRequest>
{
    public ListEmployeesValidator() => this.IncludePaging(ListEmployeesEndpoint.Sort);
}

/// <summary><c>GET /api/org/employees</c>: paged, filtered by status, position, manager, store owned or a search in name and email.</summary>
public sealed class ListEmployeesEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListEmployeesRequest, Page<EmployeeView>>
{
    internal static readonly SortFields<EmployeeView> Sort = new("name", new Dictionary<string, Expression<Func<EmployeeView, object>>>
    {
        ["name"] = e => e.Name,
        ["email"] = e => e.Email,
        ["hiredAt"] = e => e.HiredAt,
    });

    public override void Configure()
    {
        Get("/employees");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListEmployeesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<EmployeeView> employees = session.Query<EmployeeView>();
        if (request.Status is { } status) employees = employees.Where(e => e.Status == status);
        if (request.PositionId is { } position) employees = employees.Where(e => e.PositionId == position);
        if (request.ManagerEmployeeId is { } manager) employees = employees.Where(e => e.ManagerEmployeeId == manager);
        if (request.StoreId is { } storeId) employees = employees.Where(e => e.StoreIds.Contains(storeId));
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            employees = employees.Where(e => e.Email.Contains(term) || e.Name.ToLower().Contains(term));
        }
        await Send.OkAsync(await employees.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class EmployeeHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<Employee, EmployeeView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/employees/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}
