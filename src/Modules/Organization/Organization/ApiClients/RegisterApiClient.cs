using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Organization.ApiClients;

public sealed record RegisterApiClientRequest(string Name, IReadOnlyList<string> Scopes);

/// <summary>The client as stored, plus its key: the only time the key is ever shown.</summary>
public sealed record ApiClientWithKey(ApiClientView Client, string ApiKey);

public sealed class RegisterApiClientValidator : Validator<RegisterApiClientRequest>
{
    public RegisterApiClientValidator(IEnumerable<OpsModule> modules)
    {
        var names = modules.Select(m => m.Name).ToList();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Scopes).NotEmpty().MaximumCount(50);
        RuleForEach(r => r.Scopes).MaximumLength(100).Must(s => ApiScopes.IsValid(s, names))
            .WithMessage(_ => Bilingual.Pick(
                $"Scopes are '<module>:read' or '<module>:write' with module among: {string.Join(", ", names)}.",
                $"权限范围格式为 '<模块>:read' 或 '<模块>:write'，模块可选：{string.Join(", ", names)}。"));
    }
}

public sealed record RegisterApiClient(Guid ApiClientId, string Name, IReadOnlyList<string> Scopes, ApiKey Key);

/// <summary><c>POST /api/org/api-clients</c> by <c>admin</c>: a new integrator key, shown once in the response.</summary>
public sealed class RegisterApiClientEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<RegisterApiClientRequest, ApiClientWithKey>
{
    public override void Configure()
    {
        Post("/api-clients");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override async Task HandleAsync(RegisterApiClientRequest request, CancellationToken ct)
    {
        // An idempotent replay cannot show the key again: the key exists only in this response.
        var id = Guid.CreateVersion7();
        var key = ApiKey.Mint();
        var outcome = await bus.InvokeAsync<Outcome>(new RegisterApiClient(id, request.Name.Trim(), request.Scopes.Distinct().ToList(), key), ct);
        await using var reads = store.QuerySession();
        var client = outcome is Outcome.Accepted ? await reads.LoadAsync<ApiClientView>(id, ct) : null;
        if (client is null) throw new InvalidOperationException($"Registering an API client ended in {outcome}.");
        HttpContext.Response.SetETag(client.Version);
        await Send.CreatedAtAsync<GetApiClientEndpoint>(new { id }, new ApiClientWithKey(client, key.Value), cancellation: ct);
    }
}

public static class RegisterApiClientHandler
{
    public static Outcome Handle(RegisterApiClient command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var registered = new ApiClientRegistered(command.ApiClientId, command.Name, command.Scopes, command.Key.KeyId, context.Actor(), now);
        session.Store(ApiClientSecret.For(registered, command.Key));
        return session.StartStream<ApiClient>(command.ApiClientId, Decision.Accept(registered), key: null, now);
    }
}
