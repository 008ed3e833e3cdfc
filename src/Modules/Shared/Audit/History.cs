using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Shared.Http;

namespace Ops.Shared.Audit;

public sealed record RecordRequest
{
    public Guid Id { get; init; }
}

/// <summary>One stored event as an auditor reads it: what happened, in which order, who did it, under which correlation.</summary>
public sealed record HistoryEntry(
    long Version,
    string Type,
    object Data,
    DateTimeOffset Timestamp,
    string? Actor,
    string? CorrelationId,
    string? CausationId);

/// <summary>
/// <c>GET …/{id}/history</c> for a record whose stream was started as <typeparamref name="TAggregate"/>:
/// the events in order. A module declares the route; the reading is the same everywhere.
/// </summary>
public abstract class HistoryEndpoint<TAggregate, TStore>(TStore store) : Endpoint<RecordRequest, IReadOnlyList<HistoryEntry>>
    where TStore : IDocumentStore
{
    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(request.Id, ct);
        if (state is null || state.AggregateType != typeof(TAggregate))
        {
            await Problems.NotFoundAsync(HttpContext, typeof(TAggregate).Name, request.Id, ct);
            return;
        }

        var events = await session.Events.FetchStreamAsync(request.Id, token: ct);
        await Send.OkAsync(events.Select(ToEntry).ToList(), ct);
    }

    private static HistoryEntry ToEntry(JasperFx.Events.IEvent e) =>
        new(e.Version, e.EventTypeName, e.Data, e.Timestamp, e.UserName, e.CorrelationId, e.CausationId);
}

/// <summary><c>?asOf=&lt;ISO time&gt;</c> or <c>?version=N</c> on a record's GET: its state rebuilt as it was then.</summary>
public interface IAsOfRequest
{
    Guid Id { get; }
    DateTimeOffset? AsOf { get; }
    long? Version { get; }
}

public static class AsOf
{
    /// <summary>The stored read model, or (for <c>asOf</c>/<c>version</c>) the same projection replayed up to that point.</summary>
    public static async Task<TView?> LoadAsOfAsync<TView>(this IQuerySession session, IAsOfRequest request, CancellationToken ct)
        where TView : class, IVersionedView
    {
        if (request.AsOf is null && request.Version is null) return await session.LoadAsync<TView>(request.Id, ct);
        return await session.Events.AggregateStreamAsync<TView>(request.Id, version: request.Version ?? 0,
            timestamp: request.AsOf, token: ct);
    }
}
