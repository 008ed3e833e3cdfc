using Marten;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;

namespace Ops.Organization;

internal static class RecordCreation
{
    /// <summary>
    /// The create counterpart of <c>Decide</c>: the refusal, or a new stream with the decided events and the
    /// idempotency key in the same transaction.
    /// </summary>
    public static Outcome StartStream<TAggregate>(this IDocumentSession session, Guid id, Decision decision, IdempotencyKey? key,
        DateTimeOffset now) where TAggregate : class
    {
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);
        session.Events.StartStream<TAggregate>(id, decision.Events.ToArray());
        session.Remember(key, id, now);
        return new Outcome.Accepted(id, decision.Events.Count);
    }
}

internal static class ReportingLines
{
    /// <summary>
    /// Whether giving <paramref name="subject"/> the superior <paramref name="superior"/> closes a loop in a reporting
    /// line (positions reporting to positions, employees to managers): walks up from the superior.
    /// </summary>
    public static async Task<bool> WouldLoopAsync(Guid subject, Guid? superior, Func<Guid, Task<Guid?>> superiorOf)
    {
        var seen = new HashSet<Guid>();
        for (var current = superior; current is { } id; current = await superiorOf(id))
        {
            if (id == subject) return true;
            if (!seen.Add(id)) return false;
        }
        return false;
    }
}
