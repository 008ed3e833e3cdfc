using FastEndpoints;
using Marten;
using Ops.Shared.Http;

namespace Ops.Shared.Audit;

/// <summary><c>GET …/{id}</c>, or with <c>?asOf=&lt;ISO time&gt;</c> / <c>?version=N</c> the record rebuilt as it was then.</summary>
public sealed record RecordAsOfRequest
{
    public Guid Id { get; init; }
    [QueryParam] public DateTimeOffset? AsOf { get; init; }
    [QueryParam] public long? Version { get; init; }
}

/// <summary>
/// <c>GET …/{id}</c> of a record: the stored read model with its ETag, or (<c>?asOf=</c> / <c>?version=</c>) the same
/// projection replayed up to that point. A module declares the route and roles; <paramref name="what"/> names the
/// record in the not-found problem.
/// </summary>
public abstract class GetRecordEndpoint<TView, TStore>(TStore store, string what) : Endpoint<RecordAsOfRequest, TView>
    where TView : class, IVersionedView where TStore : IDocumentStore
{
    public override async Task HandleAsync(RecordAsOfRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (request.AsOf is null && request.Version is null)
        {
            // The read model as stored: its JSON is the response, never deserialised and serialised again.
            var stored = await session.Json.FindByIdAsync<TView>(request.Id, ct);
            if (stored is null) await Problems.NotFoundAsync(HttpContext, what, request.Id, ct);
            else await CommandResponses.SendStoredViewAsync(HttpContext, stored, ct);
            return;
        }

        var view = await session.Events.AggregateStreamAsync<TView>(request.Id, version: request.Version ?? 0, timestamp: request.AsOf, token: ct);
        if (view is null) await Problems.NotFoundAsync(HttpContext, what, request.Id, ct);
        else await CommandResponses.SendViewAsync(HttpContext, view, 200, ct);
    }
}
