using JasperFx.Events;
using FastEndpoints;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record CancelOrder(Guid OrderId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/cancel</c>: before shipment only; stock reserved for the order is released
/// (<c>StockReleased</c>) in the same transaction; publishes <c>OrderCancelled</c>.
/// </summary>
public sealed class CancelOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReasonRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/cancel");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new CancelOrder(request.Id, request.Reason.Trim(), expected), ct);
}

public static class CancelOrderHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(CancelOrder command, [WriteAggregate(Required = false)] IEventStream<Order> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var outcome = stream.Decide(command.OrderId, command.ExpectedVersion, o => o.Cancel(command.Reason, by, now));
        var signals = new OutgoingMessages();
        if (outcome is Outcome.Accepted && stream.Aggregate is { Status: OrderStatus.Allocated, WarehouseId: { } warehouseId } order)
        {
            var source = new MovementSource(MovementSourceKind.Order, order.Id);
            foreach (var (sku, _) in order.Receipt.UnitsBySku())
                await StockLedger.MoveAsync(session, warehouseId, order.StoreId, sku, i => i.Release(source, $"Order cancelled: {command.Reason}", by, now),
                    by, now, ct, signals);
        }
        return (outcome, [.. OrderAnnouncements.For(stream.Aggregate, outcome), .. signals]);
    }
}
