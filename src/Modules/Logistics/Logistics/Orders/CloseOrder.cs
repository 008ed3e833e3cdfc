using JasperFx.Events;
using FastEndpoints;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record CloseOrder(Guid OrderId, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/orders/{id}/close</c>: a delivered order without open exceptions is done.</summary>
public sealed class CloseOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/close");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new CloseOrder(request.Id, expected), ct);
}

public static class CloseOrderHandler
{
    public static Outcome Handle(CloseOrder command, [WriteAggregate(Required = false)] IEventStream<Order> order, IMessageContext context,
        TimeProvider time) =>
        order.Decide(command.OrderId, command.ExpectedVersion, o => o.Close(context.Actor(), time.GetUtcNow()));
}
