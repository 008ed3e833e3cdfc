using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Returns;

public sealed record ApproveReturn(Guid ReturnId, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/returns/{id}/approve</c>: logistics expects the item back; approving again changes nothing.</summary>
public sealed class ApproveReturnEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, ReturnView>
{
    public override void Configure()
    {
        Post("/returns/{id}/approve");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReturnView>(bus, store, expected => new ApproveReturn(request.Id, expected), ct);
}

public static class ApproveReturnHandler
{
    public static Outcome Handle(ApproveReturn command, [WriteAggregate(Required = false)] IEventStream<Return> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReturnId, command.ExpectedVersion, r => r.Approve(context.Actor(), time.GetUtcNow()));
}
