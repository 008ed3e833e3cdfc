using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Organization.Users;

/// <summary><c>GET /api/org/users/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetUserEndpoint(IOrganizationStore store) : GetRecordEndpoint<UserAccountView, IOrganizationStore>(store, "user")
{
    public override void Configure()
    {
        Get("/users/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager, Role.Auditor);
    }
}

public sealed record ListUsersRequest : PageRequest
{
    [QueryParam] public string? Role { get; init; }
    [QueryParam] public UserStatus? Status { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListUsersValidator : Validator<ListUsersRequest>
{
    public ListUsersValidator() => this.IncludePaging(ListUsersEndpoint.Sort);
}

/// <summary><c>GET /api/org/users</c>: paged, filtered by role, status or a search in email and name.</summary>
public sealed class ListUsersEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListUsersRequest, Page<UserAccountView>>
{
    internal static readonly SortFields<UserAccountView> Sort = new("email", new Dictionary<string, System.Linq.Expressions.Expression<Func<UserAccountView, object>>>
    {
        ["email"] = u => u.Email,
        ["displayName"] = u => u.DisplayName,
        ["createdAt"] = u => u.CreatedAt,
    });

    public override void Configure()
    {
        Get("/users");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager, Role.Auditor);
    }

    public override async Task HandleAsync(ListUsersRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<UserAccountView> users = session.Query<UserAccountView>();
        if (request.Role is { } role) users = users.Where(u => u.Roles.Contains(role));
        if (request.Status is { } status) users = users.Where(u => u.Status == status);
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            users = users.Where(u => u.Email.Contains(term) || u.DisplayName.ToLower().Contains(term));
        }
        await Send.OkAsync(await users.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/org/me</c>: the caller's own account and roles (the web client builds its menu from it).</summary>
public sealed class GetMeEndpoint(IOrganizationStore store) : EndpointWithoutRequest<UserAccountView>
{
    public override void Configure()
    {
        Get("/me");
        Group<OrganizationGroup>();
        Roles([.. Role.All.Where(r => r != Role.Integration)]);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(User.FindFirst(OpsClaims.UserId)?.Value, out var id))
        {
            await Problems.WriteAsync(HttpContext, 403, ProblemCodes.Forbidden, "Forbidden", "Only people have an account.", ct: ct);
            return;
        }
        await using var session = store.QuerySession();
        var user = await session.LoadAsync<UserAccountView>(id, ct);
        if (user is null) await Problems.NotFoundAsync(HttpContext, "user", id, ct);
        else await CommandResponses.SendViewAsync(HttpContext, user, 200, ct);
    }
}

public sealed class UserHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<UserAccount, UserAccountView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/users/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.Auditor);
    }
}
