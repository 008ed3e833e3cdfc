using JasperFx.Events;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record ShipOrderRequest
{
    public Guid Id { get; init; }
    public Guid ChannelId { get; init; }
    public string Carrier { get; init; } = "";
    public string TrackingNumber { get; init; } = "";

    /// <summary>When it left the warehouse: not later than now, not before the order was received.</summary>
    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>The shipment's actual cost, when known; without it, the channel's cost model estimates it.</summary>
    public Money? ShippingCost { get; init; }

    /// <summary>When delivery is promised; delivery is on time by it. Unless given: the ship date + the channel's longest transit (days).</summary>
    public DateTimeOffset? PromisedDeliveryBy { get; init; }
}

public sealed class ShipOrderValidator : Validator<ShipOrderRequest>
{
    public const decimal MaxShippingCost = 1_000_000m;

    public ShipOrderValidator()
    {
        RuleFor(r => r.ChannelId).NotEmpty();
        RuleFor(r => r.Carrier).NotEmpty().MaximumLength(100);
        RuleFor(r => r.TrackingNumber).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ShippedAt).NotNull();
        RuleFor(r => r.ShippingCost!).SetValidator(new MoneyValidator(allowZero: true, decimals: 4)).When(r => r.ShippingCost is not null);
        // On the member, not on Money: the OpenAPI document would give every Money this request's maximum.
        RuleFor(r => r.ShippingCost!.Amount).LessThanOrEqualTo(MaxShippingCost).When(r => r.ShippingCost is not null);
        RuleFor(r => r.PromisedDeliveryBy).GreaterThanOrEqualTo(r => r.ShippedAt).When(r => r.PromisedDeliveryBy is not null && r.ShippedAt is not null);
    }
}

public sealed record ShipOrder(Guid OrderId, Guid ChannelId, string Carrier, string TrackingNumber, DateTimeOffset ShippedAt, Money? ShippingCost,
    DateTimeOffset? PromisedDeliveryBy, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/ship</c>: with an active channel whose contract runs on the ship date, the reserved stock leaves the warehouse (<c>StockShipped</c> in the same
/// transaction), <c>OrderShipped</c> is published, on time when shipped by the ship-by deadline; the tracking clock starts.
/// </summary>
public sealed class ShipOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ShipOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/ship");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ShipOrderRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new ShipOrder(r.Id, r.ChannelId, r.Carrier.Trim(), r.TrackingNumber.Trim(),
            r.ShippedAt!.Value, r.ShippingCost, r.PromisedDeliveryBy, expected), ct);
}

public static class ShipOrderHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ShipOrder command, [WriteAggregate(Required = false)] IEventStream<Order> stream,
        IDocumentSession session, LogisticsSettings policy, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        if (stream.Aggregate is not { } order || order.RefusalToShip(command.ShippedAt, now) is not null
            || command.ExpectedVersion is { } expected && expected != stream.CurrentVersion)
            return (stream.Decide(command.OrderId, command.ExpectedVersion, o => o.Ship(ShipmentOf(command, Guid.Empty), policy, by, now)), []);
        var (channelRefusal, channel) = await ChannelCheck.ForShipmentAsync(session, command.ChannelId, command.ShippedAt, ct);
        if (channelRefusal is not null) return (new Outcome.Refused(channelRefusal), []);
        // Without a promise of its own, the shipment is due by the channel's longest transit.
        command = command with { PromisedDeliveryBy = command.PromisedDeliveryBy ?? ChannelCheck.PromisedDeliveryBy(channel!, command.ShippedAt) };

        var warehouseId = order.WarehouseId!.Value;
        var source = new MovementSource(MovementSourceKind.Order, order.Id);
        var signals = new OutgoingMessages();
        foreach (var (sku, _) in order.Receipt.UnitsBySku())
        {
            var shipped = await StockLedger.MoveAsync(session, warehouseId, order.StoreId, sku, i => i.Ship(source, by, now), by, now, ct, signals);
            if (shipped.Refusal is { } rule)
            {
                session.EjectAllPendingChanges();
                return (new Outcome.Refused(rule), []);
            }
        }
        var outcome = stream.Decide(command.OrderId, command.ExpectedVersion, o => o.Ship(ShipmentOf(command, warehouseId), policy, by, now));
        return (outcome, [.. OrderAnnouncements.For(order, outcome), .. outcome is Outcome.Accepted ? signals : []]);
    }

    private static Shipment ShipmentOf(ShipOrder c, Guid warehouseId) =>
        new(warehouseId, c.ChannelId, c.Carrier, c.TrackingNumber, c.ShippedAt, c.ShippingCost, c.PromisedDeliveryBy);
}
