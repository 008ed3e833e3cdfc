using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FastEndpoints;
using Marten;
using Ops.Shared.Http;

namespace Ops.Shared.Audit;

/// <summary>
/// Declares an event type part of the audit history and says in a few words what happened, in English and Chinese.
/// Every event a module stores carries it: the event record is then the typed, documented body of its history entry,
/// so it must hold facts in the domain's words and never a secret (a test walks every registered event for that).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HistoryAttribute(string title, string chineseTitle) : Attribute
{
    public string Title { get; } = title;
    public string ChineseTitle { get; } = chineseTitle;

    public string TitleFor(CultureInfo culture) => Bilingual.For(culture, Title, ChineseTitle);

    public static HistoryAttribute? Of(Type eventType) =>
        eventType.GetCustomAttribute<HistoryAttribute>()
        ?? (eventType.IsGenericType ? eventType.GetGenericTypeDefinition().GetCustomAttribute<HistoryAttribute>() : null);

    /// <summary>The event types a module declares in its assembly; its store registers them all (see <c>AddModuleStore</c>).</summary>
    /// <summary>Whether the event is one of ours, not one Marten appends itself (such as <c>Archived</c>).</summary>
    public static bool IsOurs(Type eventType) => eventType.Namespace?.StartsWith("Ops.", StringComparison.Ordinal) == true;

    public static IEnumerable<Type> DeclaredIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.GetCustomAttribute<HistoryAttribute>() is not null);
}

/// <summary>
/// Refuses to store an event type that is not declared for history: an event is kept forever and shown to auditors, so
/// it is never stored without its documented entry. Every test that appends an event runs through this check.
/// </summary>
public sealed class OnlyDeclaredEvents : Marten.DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var undeclared = session.PendingChanges.Streams().SelectMany(s => s.Events).Select(e => e.EventType)
            .FirstOrDefault(t => HistoryAttribute.IsOurs(t) && HistoryAttribute.Of(t) is null);
        return undeclared is null
            ? Task.CompletedTask
            : throw new InvalidOperationException(
                $"The event type {undeclared.FullName} has no [History] declaration: say what it means before storing it.");
    }
}

/// <summary>
/// One stored event as an auditor reads it: what happened (<see cref="Title"/> in the request's language, and
/// <see cref="Data"/>, the event's own typed facts, as stored), in which order, who did it, under which correlation.
/// <see cref="Type"/> is the event's stable name in the store; the OpenAPI document declares, per module, which
/// <see cref="Data"/> shape each <see cref="Type"/> carries. <see cref="Actor"/> is the actor as stored.
/// <para>
/// Beside the stored facts, what people read (ADR 0018): <see cref="By"/>, the actor by name (a person's display name,
/// an API client's name, a system actor's label), and <see cref="Changes"/>, the fields of the record this event
/// changed with their values before and after, found by replaying the record's own projection event by event.
/// </para>
/// </summary>
public sealed record HistoryEntry(
    long Version,
    string Type,
    string Title,
    object Data,
    DateTimeOffset Timestamp,
    string? Actor,
    string? CorrelationId,
    string? CausationId,
    HistoryActor By,
    IReadOnlyList<HistoryChange> Changes)
{
    public static HistoryEntry From(JasperFx.Events.IEvent e, CultureInfo culture, HistoryActors actors, IReadOnlyList<HistoryChange> changes) =>
        new(e.Version, e.EventTypeName, TitleOf(e.EventType, e.EventTypeName, culture), e.Data, e.Timestamp, e.UserName,
            e.CorrelationId, e.CausationId, actors.Describe(e.UserName, e.Headers, culture), changes);

    /// <summary>An event without a declared title (a test forbids them) still reads as words made from its name.</summary>
    private static string TitleOf(Type eventType, string alias, CultureInfo culture) =>
        HistoryAttribute.Of(eventType)?.TitleFor(culture) ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(alias.Replace('_', ' '));
}

public static class HistoryEndpoints
{
    /// <summary>Whether <paramref name="type"/> is (or derives from) a <see cref="HistoryEndpoint{TAggregate, TView, TStore}"/>.</summary>
    public static bool IsHistoryEndpoint(Type? type) =>
        type is not null && (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HistoryEndpoint<,,>) || IsHistoryEndpoint(type.BaseType));
}

/// <summary>
/// <c>GET …/{id}/history</c> of a record: the events of its stream in order, as typed history entries, each naming who
/// acted and listing the fields of the record (as its <c>GET</c> shows it) that the event changed, before and after.
/// A module declares the route; the reading is the same everywhere: the stream must have been started as
/// <typeparamref name="TAggregate"/>, and <typeparamref name="TView"/> is replayed through the projection the module
/// registered for it, one event at a time.
/// </summary>
public abstract class HistoryEndpoint<TAggregate, TView, TStore>(TStore store) : Endpoint<RecordRequest, IReadOnlyList<HistoryEntry>>
    where TView : class where TStore : IDocumentStore
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
        var changes = await HistoryReplay.ChangesAsync<TView>(store, session, events, ct);
        var actors = Resolve<HistoryActors>();
        await Send.OkAsync(events.Select((e, i) => HistoryEntry.From(e, CultureInfo.CurrentUICulture, actors, changes[i])).ToList(), ct);
    }
}

/// <summary>A record whose history compares states of its aggregate itself (a record with no read model of its own).</summary>
public abstract class HistoryEndpoint<TAggregate, TStore>(TStore store) : HistoryEndpoint<TAggregate, TAggregate, TStore>(store)
    where TAggregate : class where TStore : IDocumentStore;

public static class HistoryReplay
{
    /// <summary>
    /// For each of <paramref name="events"/> (a whole stream, in order), what it changed in <typeparamref name="TView"/>:
    /// the store's own aggregator for the type (its registered projection, else its <c>Create</c>/<c>Apply</c> methods)
    /// applies one event at a time, and each state is compared, as the API's JSON, with the one before.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<HistoryChange>>> ChangesAsync<TView>(
        IDocumentStore store, IQuerySession session, IReadOnlyList<JasperFx.Events.IEvent> events, CancellationToken ct) where TView : class
    {
        var aggregator = ((StoreOptions)store.Options).Projections.AggregatorFor<TView>();
        var changes = new List<IReadOnlyList<HistoryChange>>(events.Count);
        TView? view = null;
        JsonNode? before = null;
        foreach (var e in events)
        {
            view = await aggregator.BuildAsync([e], session, view, ct);
            // Serialised now: a projection may change a mutable view in place with the next event.
            var after = view is null ? null : JsonSerializer.SerializeToNode(view, JsonSerializerOptionsProvider.Options);
            changes.Add(HistoryDiff.Between(before, after));
            before = after;
        }
        return changes;
    }
}
