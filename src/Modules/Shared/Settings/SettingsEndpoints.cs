using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Shared.Http;

namespace Ops.Shared.Settings;

/// <summary><c>GET /api/&lt;module&gt;/settings</c>: the settings in force (defaults until first changed), ETag = version.</summary>
public abstract class GetSettingsEndpoint<TSettings, TStore, TGroup>(TStore store) : EndpointWithoutRequest<PolicySettingsView<TSettings>>
    where TSettings : IPolicySettings, new() where TStore : IDocumentStore where TGroup : Group, new()
{
    public override void Configure()
    {
        Get("/settings");
        Group<TGroup>();
        Roles(Role.Readers);
        Description(d => d.Produces<PolicySettingsView<TSettings>>());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var current = await session.CurrentAsync<TSettings>(ct);
        HttpContext.Response.SetETag(current.Version);
        await Send.OkAsync(current, ct);
    }
}

/// <summary>
/// <c>PUT /api/&lt;module&gt;/settings</c> by <c>admin</c> or <c>ops-manager</c>: the whole settings record,
/// validated by the module's validator for <typeparamref name="TSettings"/>, recorded as an event.
/// </summary>
public abstract class ChangeSettingsEndpoint<TSettings, TStore, TGroup>(TStore store, TimeProvider time)
    : Endpoint<TSettings, PolicySettingsView<TSettings>>
    where TSettings : class, IPolicySettings, new() where TStore : IDocumentStore where TGroup : Group, new()
{
    public override void Configure()
    {
        Put("/settings");
        Group<TGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override async Task HandleAsync(TSettings request, CancellationToken ct)
    {
        if (!HttpContext.Request.TryReadIfMatch(out var expected))
        {
            await Problems.IfMatchInvalidAsync(HttpContext, ct);
            return;
        }

        var id = PolicySettings.StreamId<TSettings>();
        var actor = User.Identity!.Name!;
        await using var session = store.LightweightSession();
        session.CorrelationId = HttpContext.CorrelationId();
        session.LastModifiedBy = actor;

        var stream = await session.Events.FetchForWriting<PolicySettingsView<TSettings>>(id, ct);
        var current = stream.CurrentVersion ?? 0;
        if (expected is { } v && v != current)
        {
            await Problems.VersionMismatchAsync(HttpContext, v, current, ct);
            return;
        }

        stream.AppendOne(new PolicySettingsChanged<TSettings>(id, request, actor, time.GetUtcNow()));
        await session.SaveChangesAsync(ct);

        var changed = await session.CurrentAsync<TSettings>(ct);
        HttpContext.Response.SetETag(changed.Version);
        await Send.OkAsync(changed, ct);
    }
}
