using Marten;
using Ops.Logistics.Contracts;
using Ops.Logistics.Products;

namespace Ops.Logistics.Channels;

/// <summary>
/// One order's shipment as the channels see it, keyed by the order: which channel carried it, what it cost (actual, or
/// estimated from the channel's cost model when the carrier's cost was not given), the value of its lines (the sales its
/// cost is compared with), and how it ended (delivered on time or late, damaged, exceptions raised). Kept from the orders'
/// messages (<c>OrderReceived</c>, <c>OrderShipped</c>, <c>OrderDelivered</c>, <c>ShipmentExceptionRaised</c>), in whatever
/// order they arrive; a redelivered message leaves it as it was. A document, not a stream: the channel's quality and the
/// monthly costs are grouped SQL over these rows.
/// </summary>
public sealed record ChannelShipment
{
    /// <summary>The order's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The channel that carried it; null until <c>OrderShipped</c> arrives.</summary>
    public Guid? ChannelId { get; init; }

    public string? OrderNumber { get; init; }

    /// <summary>The order's currency (its lines' prices), from <c>OrderShipped</c>.</summary>
    public string? SalesCurrency { get; init; }

    /// <summary>The shipped lines' value (quantity × unit price, unrounded) in <see cref="SalesCurrency"/>.</summary>
    public decimal? SalesAmount { get; init; }

    public int Units { get; init; }

    /// <summary>The weight of the shipped units whose SKU's package weight logistics knows (kg, from lb × 0.45359237).</summary>
    public decimal WeightKg { get; init; }

    /// <summary>SKUs of the shipment whose weight is unknown (they weigh nothing in an estimate).</summary>
    public IReadOnlyList<string> UnweighedSkus { get; init; } = [];

    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>The shipment's month (UTC), <c>yyyy-MM</c>: the costs report groups by it.</summary>
    public string? Month { get; init; }

    /// <summary>What the shipment cost; null when neither given nor estimable (an unknown channel).</summary>
    public decimal? Cost { get; init; }

    public string? CostCurrency { get; init; }

    /// <summary>The cost was estimated from the channel's cost model (the carrier's actual cost was not given).</summary>
    public bool CostEstimated { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Delivered within the channel's promised transit; null until delivered.</summary>
    public bool? DeliveredOnTime { get; init; }

    public bool DeliveredDamaged { get; init; }

    public IReadOnlyList<ShipmentExceptionNote> Exceptions { get; init; } = [];

    /// <summary>Counts in its channel's rating: delivered, or lost on the way.</summary>
    public bool Counted { get; init; }

    /// <summary>Counted and delivered on time.</summary>
    public bool OnTime { get; init; }

    /// <summary>Counted and damaged: delivered damaged, or a damage exception raised.</summary>
    public bool Damaged { get; init; }

    /// <summary>The flags the rating counts, from what is known.</summary>
    internal ChannelShipment Rated()
    {
        var lost = Exceptions.Any(e => e.Kind == ShipmentExceptionKind.Lost) && DeliveredAt is null;
        var counted = ChannelId is not null && (DeliveredAt is not null || lost);
        return this with
        {
            Counted = counted,
            OnTime = counted && DeliveredOnTime == true,
            Damaged = counted && (DeliveredDamaged || Exceptions.Any(e => e.Kind == ShipmentExceptionKind.Damaged)),
        };
    }

    internal static void Configure(StoreOptions options) =>
        options.Schema.For<ChannelShipment>().Index(s => s.ChannelId!).Index(s => s.Month!);
}

/// <summary>An exception raised on the shipment (its id makes a redelivery a no-op).</summary>
public sealed record ShipmentExceptionNote(Guid ExceptionId, ShipmentExceptionKind Kind, DateTimeOffset DetectedAt);

public static class ChannelShipmentOrderShippedHandler
{
    private const decimal KgPerLb = 0.45359237m;

    /// <summary>
    /// Records the shipment's channel, lines and cost: the carrier's cost when given, otherwise the channel's cost model
    /// applied to the shipment's weight and units (marked estimated).
    /// </summary>
    public static async Task Handle(OrderShipped shipped, IDocumentSession session)
    {
        var known = await session.LoadAsync<ChannelShipment>(shipped.OrderId);
        // A redelivery keeps the cost first recorded, even if the channel's cost model changed since.
        if (known?.ShippedAt == shipped.ShippedAt && known.ChannelId == shipped.ChannelId) return;
        var skus = shipped.Lines.Select(l => l.Sku).Distinct().ToArray();
        var products = (await session.LoadManyAsync<LogisticsProduct>(skus)).ToDictionary(p => p.Id);
        var weightKg = shipped.Lines.Sum(l => products.GetValueOrDefault(l.Sku)?.Size is { } size ? l.Quantity * size.WeightLb * KgPerLb : 0m);
        var unweighed = skus.Where(s => products.GetValueOrDefault(s)?.Size is null).ToList();
        var units = shipped.Lines.Sum(l => l.Quantity);

        decimal? cost = shipped.ShippingCost;
        var currency = shipped.CostCurrency;
        var estimated = false;
        if (cost is null && await session.LoadAsync<ChannelView>(shipped.ChannelId) is { } channel)
        {
            cost = channel.CostModel.CostOf(weightKg, units);
            currency = channel.CostModel.Currency;
            estimated = true;
        }

        session.Store(((known ?? new ChannelShipment { Id = shipped.OrderId }) with
        {
            ChannelId = shipped.ChannelId, OrderNumber = shipped.OrderNumber, SalesCurrency = shipped.Currency,
            SalesAmount = shipped.Lines.Sum(l => l.Quantity * l.UnitPrice), Units = units, WeightKg = weightKg, UnweighedSkus = unweighed,
            ShippedAt = shipped.ShippedAt, Month = shipped.ShippedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            Cost = cost, CostCurrency = cost is null ? null : currency, CostEstimated = estimated,
        }).Rated());
    }
}

public static class ChannelShipmentOrderDeliveredHandler
{
    public static async Task Handle(OrderDelivered delivered, IDocumentSession session)
    {
        var known = await session.LoadAsync<ChannelShipment>(delivered.OrderId);
        session.Store(((known ?? new ChannelShipment { Id = delivered.OrderId, OrderNumber = delivered.OrderNumber }) with
        {
            ChannelId = known?.ChannelId ?? delivered.ChannelId, DeliveredAt = delivered.DeliveredAt, DeliveredOnTime = delivered.OnTime,
            DeliveredDamaged = delivered.Damaged,
        }).Rated());
    }
}

public static class ChannelShipmentExceptionRaisedHandler
{
    public static async Task Handle(ShipmentExceptionRaised raised, IDocumentSession session)
    {
        var known = await session.LoadAsync<ChannelShipment>(raised.OrderId);
        if (known?.Exceptions.Any(e => e.ExceptionId == raised.ExceptionId) == true) return;
        var shipment = known ?? new ChannelShipment { Id = raised.OrderId, OrderNumber = raised.OrderNumber };
        session.Store((shipment with { Exceptions = [.. shipment.Exceptions, new(raised.ExceptionId, raised.Kind, raised.DetectedAt)] }).Rated());
    }
}
