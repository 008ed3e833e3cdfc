using JasperFx.Events;
using Marten;
using Ops.Shared.Http;

namespace Ops.Shared.Outcomes;

/// <summary>
/// The answer of a command handler to the endpoint that invoked it. Refusals travel back as values,
/// not exceptions, so the same handler serves HTTP and messages alike.
/// </summary>
public abstract record Outcome
{
    public sealed record Accepted(Guid Id) : Outcome
    {
        /// <summary>The events the decision appended, for the handler to build its outgoing messages from (none for an idempotent repeat).</summary>
        public IReadOnlyList<object> Appended { get; init; } = [];
    }
    public sealed record Refused(Rule Rule) : Outcome;
    public sealed record NotFound(Guid Id) : Outcome;
    public sealed record VersionMismatch(Guid Id, long Expected, long Actual) : Outcome;
}

public static class EventStreamDecisions
{
    /// <summary>What an accepted decision appended; nothing when it was refused, not found or stale.</summary>
    public static IReadOnlyList<object> Appended(this Outcome outcome) => outcome is Outcome.Accepted accepted ? accepted.Appended : [];

    /// <summary>
    /// The one write path for an existing stream: missing stream → not found, stale <c>If-Match</c> →
    /// version mismatch, otherwise the pure decision is appended. Marten still checks at commit that
    /// nobody appended since the fetch, so the expected version holds to the end of the transaction.
    /// </summary>
    public static Outcome Decide<TAggregate>(this IEventStream<TAggregate> stream, Guid id, long? expectedVersion,
        Func<TAggregate, Decision> decide) where TAggregate : class
    {
        if (stream.Aggregate is null) return new Outcome.NotFound(id);
        if (expectedVersion is { } expected && expected != stream.CurrentVersion)
            return new Outcome.VersionMismatch(id, expected, stream.CurrentVersion ?? 0);

        var decision = decide(stream.Aggregate);
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);

        stream.AppendMany(decision.Events.ToArray());
        return new Outcome.Accepted(id) { Appended = decision.Events };
    }

    /// <summary>
    /// The create counterpart of <see cref="Decide{TAggregate}"/>: the refusal, or a new stream with the decided events
    /// and the idempotency key in the same transaction.
    /// </summary>
    public static Outcome StartStream<TAggregate>(this IDocumentSession session, Guid id, Decision decision, IdempotencyKey? key,
        DateTimeOffset now) where TAggregate : class
    {
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);
        session.Events.StartStream<TAggregate>(id, decision.Events.ToArray());
        session.Remember(key, id, now);
        return new Outcome.Accepted(id) { Appended = decision.Events };
    }
}
