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
/// <c>GET …/{id}</c> of a record: the stored read model with its ETag (completed for the caller, <see cref="IViewForCaller{TView}"/>), or (<c>?asOf=</c> / <c>?version=</c>) the same
/// projection replayed up to that point. A module declares the route and roles; <paramref name="what"/> names the
/// record in the not-found problem.
/// <para>
/// The view goes through the store's reader and the API's writer, never out as the stored JSON: a document stored in an
/// older shape is read into the current one (ADR 0012), and sending stored JSON as it is measured no faster
/// (docs/benchmarks.md, 2026-12-06 evening).
/// </para>
/// </summary>
public abstract class GetRecordEndpoint<TView, TStore>(TStore store, string what) : Endpoint<RecordAsOfRequest, TView>
    where TView : class, IVersionedView where TStore : IDocumentStore
{
    public override async Task HandleAsync(RecordAsOfRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var current = request.AsOf is null && request.Version is null;
        var view = current
            ? await session.LoadAsync<TView>(request.Id, ct)
            : await session.Events.AggregateStreamAsync<TView>(request.Id, version: request.Version ?? 0, timestamp: request.AsOf?.ToUniversalTime(), token: ct);
        if (view is null) await Problems.NotFoundAsync(HttpContext, what, request.Id, ct);
        // What the caller may do now belongs to the record as it is now, not as it was.
        else await CommandResponses.SendViewAsync(HttpContext, current ? await view.ForCallerAsync(HttpContext, session, ct) : view, 200, ct);
    }
}
