using FastEndpoints;
using Marten;
using Ops.Shared.Http;

namespace Ops.Shared.Audit;

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
