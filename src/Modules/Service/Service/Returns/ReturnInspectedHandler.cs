using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Returns;

/// <summary>A finding for a return service never requested: retrying cannot help, so it waits in the dead letters (ADR 0006).</summary>
public sealed class UnknownReturnException(ReturnInspected inspected)
    : Exception($"Logistics inspected return {inspected.ReturnId} (order {inspected.OrderNumber}), which service never requested.");

/// <summary>
/// Logistics inspected an approved return (<c>ReturnInspected</c>): the agent sees the finding, notes and time on the
/// return. The return's id is service's own, so a redelivered report finds it inspected and records nothing.
/// </summary>
public static class ReturnInspectedHandler
{
    public static async Task Handle(ReturnInspected inspected, IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        session.LastModifiedBy = context.Actor();
        var stream = await session.Events.FetchForWriting<CustomerReturn>(inspected.ReturnId, ct);
        if (stream.Aggregate is null) throw new UnknownReturnException(inspected);
        stream.Decide(inspected.ReturnId, null, r => r.NoteInspection(inspected, time.GetUtcNow()));
    }
}
