using Marten;
using Ops.Service.Contracts;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Returns;

/// <summary>
/// Service approved a customer's return: logistics opens it as requested. The return's id is service's, so a
/// redelivered message finds the stream there and changes nothing.
/// </summary>
public static class ReturnRequestedHandler
{
    public static async Task Handle(ReturnRequested requested, IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(requested.ReturnId, ct) is not null) return;
        var now = time.GetUtcNow();
        session.StartStream<Return>(requested.ReturnId, Return.Open(requested, context.Actor(), now), key: null, now);
    }
}
