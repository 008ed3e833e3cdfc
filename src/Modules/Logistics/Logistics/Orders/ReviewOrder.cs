using JasperFx.Events;
using FastEndpoints;
using Marten;
using Ops.Logistics.Products;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record ReviewOrder(Guid OrderId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/review</c>: buyer info complete, every SKU known and live, payment captured —
/// reviewed; otherwise on hold with every reason (codes). A held order is reviewed again once fixed.
/// </summary>
public sealed class ReviewOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/review");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new ReviewOrder(request.Id, expected), ct);
}

public static class ReviewOrderHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ReviewOrder command, [WriteAggregate(Required = false)] IEventStream<Order> order,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        string[] skus = [.. order.Aggregate?.Receipt.UnitsBySku().Select(s => s.Sku) ?? []];
        var products = (await session.LoadManyAsync<LogisticsProduct>(ct, skus)).ToDictionary(p => p.Id);
        var outcome = order.Decide(command.OrderId, command.ExpectedVersion, o => o.Review(products, context.Actor(), time.GetUtcNow()));
        return (outcome, OrderAnnouncements.For(order.Aggregate, outcome));
    }
}
