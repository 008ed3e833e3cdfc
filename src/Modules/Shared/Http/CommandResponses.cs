using System.Text.Json;
using FastEndpoints;
using Marten;
using JasperFx;
using Microsoft.AspNetCore.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Shared.Http;

/// <summary>A read model served by id: its version is the ETag.</summary>
public interface IVersionedView
{
    Guid Id { get; }
    long Version { get; }
}

/// <summary>
/// The HTTP edge of the write path, shared by every module: read <c>If-Match</c> and <c>Idempotency-Key</c>,
/// invoke the command, answer with the read model (and its ETag) or the matching problem.
/// </summary>
public static class CommandResponses
{
    /// <summary>Invokes a command on an existing record and answers 200 with its read model from <paramref name="store"/>.</summary>
    public static async Task UpdateAsync<TView>(this IEndpoint endpoint, IMessageBus bus, IDocumentStore store,
        Func<long?, object> command, CancellationToken ct) where TView : class, IVersionedView
    {
        var http = endpoint.HttpContext;
        if (!http.Request.TryReadIfMatch(out var expected))
        {
            await Problems.IfMatchInvalidAsync(http, ct);
            return;
        }

        var outcome = await bus.InvokeAsync<Outcome>(command(expected), ct);
        await using var reads = store.QuerySession();
        await SendOutcomeAsync<TView>(http, outcome, reads, createdAt: null, ct);
    }

    /// <summary>
    /// Invokes a create command and answers 201 with <c>Location</c> and the read model from <paramref name="store"/>. A repeat with the same
    /// <c>Idempotency-Key</c> answers as the first did and writes nothing; a different body under that key is 422.
    /// </summary>
    public static async Task CreateAsync<TView>(this IEndpoint endpoint, IMessageBus bus, IDocumentStore store,
        object request, string operation, Func<Guid, IdempotencyKey?, object> command, Func<Guid, string> location,
        CancellationToken ct) where TView : class, IVersionedView
    {
        var http = endpoint.HttpContext;
        if (!Idempotency.TryRead(http, operation, request, out var key, out var keyError))
        {
            await Problems.ValidationAsync(http, Idempotency.Header, keyError!, ct);
            return;
        }

        await using var reads = store.QuerySession();
        if (key is not null && await reads.FindAsync(key, ct) is { } earlier)
        {
            await ReplayAsync<TView>(http, key, earlier, reads, location, ct);
            return;
        }

        var id = Guid.CreateVersion7();
        Outcome outcome;
        try
        {
            outcome = await bus.InvokeAsync<Outcome>(command(id, key), ct);
        }
        catch (DocumentAlreadyExistsException) when (key is not null)
        {
            // A concurrent retry with the same key committed first: answer as it did.
            var raced = await reads.FindAsync(key, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
            await ReplayAsync<TView>(http, key, raced, reads, location, ct);
            return;
        }

        if (key is not null && outcome is Outcome.Accepted created && await reads.LoadAsync<TView>(created.Id, ct) is { } stored)
        {
            var view = await stored.ForCallerAsync(http, reads, ct);
            // The first response is what every retry with this key gets: stored with the key before it is sent.
            var first = new StoredResponse(StatusCodes.Status201Created,
                JsonSerializer.Serialize(view, JsonSerializerOptionsProvider.Options), Versioning.ETagFor(view.Version), location(created.Id));
            await store.RememberResponseAsync(key, first, ct);
            await first.WriteAsync(http, ct);
            return;
        }

        await SendOutcomeAsync<TView>(http, outcome, reads, location, ct);
    }

    private static Task ReplayAsync<TView>(HttpContext http, IdempotencyKey key, IdempotencyRecord earlier,
        IQuerySession reads, Func<Guid, string> location, CancellationToken ct) where TView : class, IVersionedView =>
        earlier.RequestHash != key.RequestHash
            ? Problems.WriteAsync(http, StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused,
                "Idempotency key reused", $"This {Idempotency.Header} was first used with a different request body.", ct: ct)
            : earlier.Response is { } first
                ? first.WriteAsync(http, ct)
                // Only while the first request is between its commit and storing its response.
                : SendOutcomeAsync<TView>(http, new Outcome.Accepted(earlier.ResourceId), reads, location, ct);

    public static async Task SendOutcomeAsync<TView>(HttpContext http, Outcome outcome, IQuerySession reads,
        Func<Guid, string>? createdAt, CancellationToken ct) where TView : class, IVersionedView
    {
        switch (outcome)
        {
            case Outcome.Accepted accepted:
                var stored = await reads.LoadAsync<TView>(accepted.Id, ct);
                if (stored is null)
                {
                    await Problems.NotFoundAsync(http, typeof(TView).Name, accepted.Id, ct);
                    return;
                }
                var view = await stored.ForCallerAsync(http, reads, ct);
                await SendViewAsync(http, view, createdAt is null ? StatusCodes.Status200OK : StatusCodes.Status201Created, ct,
                    createdAt?.Invoke(accepted.Id));
                return;
            case Outcome.Refused refused:
                await Problems.RefusedAsync(http, refused.Rule, ct);
                return;
            case Outcome.NotFound notFound:
                await Problems.NotFoundAsync(http, typeof(TView).Name, notFound.Id, ct);
                return;
            case Outcome.VersionMismatch stale:
                await Problems.VersionMismatchAsync(http, stale.Expected, stale.Actual, ct);
                return;
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}");
        }
    }

    public static Task SendViewAsync<TView>(HttpContext http, TView view, int status, CancellationToken ct, string? location = null)
        where TView : class, IVersionedView
    {
        http.Response.StatusCode = status;
        http.Response.SetETag(view.Version);
        if (location is not null) http.Response.Headers.Location = location;
        return http.Response.WriteAsJsonAsync(view, JsonSerializerOptionsProvider.Options, ct);
    }
}
