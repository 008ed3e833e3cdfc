using JasperFx.Events;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record DeliverOrderRequest
{
    public Guid Id { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public bool Damaged { get; init; }
}

public sealed class DeliverOrderValidator : Validator<DeliverOrderRequest>
{
    public DeliverOrderValidator() => RuleFor(r => r.DeliveredAt).NotNull();
}

public sealed record DeliverOrder(Guid OrderId, DateTimeOffset DeliveredAt, bool Damaged, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/deliver</c>: publishes <c>OrderDelivered</c>, on time when delivered by the promised
/// delivery given at shipment (no promise given: on time); ends the tracking clock.
/// </summary>
public sealed class DeliverOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<DeliverOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/deliver");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(DeliverOrderRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new DeliverOrder(r.Id, r.DeliveredAt!.Value, r.Damaged, expected), ct);
}

public static class DeliverOrderHandler
{
    public static (Outcome, OutgoingMessages) Handle(DeliverOrder command, [WriteAggregate(Required = false)] IEventStream<Order> order,
        IMessageContext context, TimeProvider time)
    {
        var outcome = order.Decide(command.OrderId, command.ExpectedVersion,
            o => o.Deliver(command.DeliveredAt, command.Damaged, context.Actor(), time.GetUtcNow()));
        return (outcome, OrderAnnouncements.For(order.Aggregate, outcome));
    }
}
