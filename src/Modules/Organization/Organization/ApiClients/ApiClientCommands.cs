using Marten;
using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Modules;
using Ops.Shared.Paging;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.ApiClients;

public sealed record RevokeApiClient(Guid ApiClientId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/org/api-clients/{id}/revoke</c> by <c>admin</c>: the key stops working at once.</summary>
public sealed class RevokeApiClientEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ReasonRequest, ApiClientView>
{
    public override void Configure()
    {
        Post("/api-clients/{id}/revoke");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ApiClientView>(bus, store, expected => new RevokeApiClient(request.Id, request.Reason, expected), ct);
}

public sealed record RotateApiClientKey(Guid ApiClientId, ApiKey Key, long? ExpectedVersion);

/// <summary><c>POST /api/org/api-clients/{id}/rotate</c> by <c>admin</c>: a new key (shown once); the old one stops working.</summary>
public sealed class RotateApiClientKeyEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<RecordRequest, ApiClientWithKey>
{
    public override void Configure()
    {
        Post("/api-clients/{id}/rotate");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        if (!HttpContext.Request.TryReadIfMatch(out var expected))
        {
            await Problems.IfMatchInvalidAsync(HttpContext, ct);
            return;
        }
        var key = ApiKey.Mint();
        var outcome = await bus.InvokeAsync<Outcome>(new RotateApiClientKey(request.Id, key, expected), ct);
        await using var reads = store.QuerySession();
        if (outcome is not Outcome.Accepted)
        {
            await CommandResponses.SendOutcomeAsync<ApiClientView>(HttpContext, outcome, reads, null, ct);
            return;
        }
        var client = await reads.LoadAsync<ApiClientView>(request.Id, ct) ?? throw new InvalidOperationException("Client vanished.");
        HttpContext.Response.SetETag(client.Version);
        await Send.OkAsync(new ApiClientWithKey(client, key.Value), ct);
    }
}

public static class RevokeApiClientHandler
{
    public static Task<Outcome> Handle(RevokeApiClient command, [WriteAggregate(Required = false)] IEventStream<ApiClient> client,
        IDocumentSession session, IMessageContext context, TimeProvider time) =>
        session.KeepSecretAsync(
            client.Decide(command.ApiClientId, command.ExpectedVersion, c => c.Revoke(command.Reason, context.Actor(), time.GetUtcNow())),
            command.ApiClientId, secret => secret with { Revoked = true });
}

public static class RotateApiClientKeyHandler
{
    public static Task<Outcome> Handle(RotateApiClientKey command, [WriteAggregate(Required = false)] IEventStream<ApiClient> client,
        IDocumentSession session, IMessageContext context, TimeProvider time) =>
        session.KeepSecretAsync(
            client.Decide(command.ApiClientId, command.ExpectedVersion, c => c.RotateKey(command.Key, context.Actor(), time.GetUtcNow())),
            command.ApiClientId, secret => secret with { KeyId = command.Key.KeyId, KeyHash = command.Key.Hash });
}

/// <summary><c>GET /api/org/api-clients/{id}</c>: the client with when it last called (never its key).</summary>
public sealed class GetApiClientEndpoint(IOrganizationStore store) : Endpoint<RecordRequest, ApiClientView>
{
    public override void Configure()
    {
        Get("/api-clients/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.Auditor);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var client = await session.LoadAsync<ApiClientView>(request.Id, ct);
        if (client is null)
        {
            await Problems.NotFoundAsync(HttpContext, "API client", request.Id, ct);
            return;
        }
        var usage = await session.LoadAsync<ApiClientUsage>(request.Id, ct);
        await CommandResponses.SendViewAsync(HttpContext, client with { LastUsedAt = usage?.LastUsedAt }, 200, ct);
    }
}

public sealed record ListApiClientsRequest : PageRequest
{
    [QueryParam] public ApiClientStatus? Status { get; init; }
}

public sealed class ListApiClientsValidator : Validator<ListApiClientsRequest>
{
    public ListApiClientsValidator() => this.IncludePaging(ListApiClientsEndpoint.Sort);
}

/// <summary><c>GET /api/org/api-clients</c>: paged, the integrators' clients with their scopes and status (never their keys).</summary>
public sealed class ListApiClientsEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListApiClientsRequest, Page<ApiClientView>>
{
    internal static readonly SortFields<ApiClientView> Sort = new("name", new Dictionary<string, System.Linq.Expressions.Expression<Func<ApiClientView, object>>>
    {
        ["name"] = c => c.Name,
        ["registeredAt"] = c => c.RegisteredAt,
    });

    public override void Configure()
    {
        Get("/api-clients");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.Auditor);
    }

    public override async Task HandleAsync(ListApiClientsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ApiClientView> clients = session.Query<ApiClientView>();
        if (request.Status is { } status) clients = clients.Where(c => c.Status == status);
        await Send.OkAsync(await clients.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class ApiClientHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<ApiClient, ApiClientView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/api-clients/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.Auditor);
    }
}
