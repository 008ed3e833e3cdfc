using Ops.Logistics.Channels;
using Ops.Logistics.Contracts;
using static Logistics.Tests.Channels.ChannelScenarios;

namespace Logistics.Tests.Channels;

/// <summary>The channel's rating kept from the orders' shipment messages, delivered as production delivers them.</summary>
public sealed class ChannelQualityTests(LogisticsApp app) : LogisticsTest(app)
{
    private static readonly Guid StoreId = Guid.NewGuid();

    public static OrderShipped Shipped(Guid orderId, Guid channelId, string number, decimal? cost = null, string? currency = null,
        DateTimeOffset? at = null, params OrderLine[] lines) =>
        new(orderId, StoreId, "US", number, Guid.NewGuid(), channelId, "DHL", "TRK-" + number,
            lines.Length == 0 ? [new OrderLine("OPS-CH-1", 2, 20m)] : lines, "USD", OpsFixture.Start.AddDays(2), at ?? OpsFixture.Start, true, cost,
            cost is null ? null : currency ?? "USD");

    public static OrderDelivered Delivered(Guid orderId, Guid channelId, string number, bool onTime, bool damaged) =>
        new(orderId, StoreId, "US", number, channelId, OpsFixture.Start, OpsFixture.Start.AddDays(4), onTime, damaged);

    public static ShipmentExceptionRaised Exception(Guid exceptionId, Guid orderId, string number, ShipmentExceptionKind kind) =>
        new(exceptionId, orderId, StoreId, "US", number, kind, "Carrier reports it", "DHL", "TRK-" + number, OpsFixture.Start.AddDays(3),
            OpsFixture.Start.AddDays(3).AddHours(4));

    [Fact]
    public async Task a_channel_without_shipments_has_no_rating_yet()
    {
        var channel = await App.RegisteredChannel(DhlExpress());

        (await App.Channel(channel.Id)).Quality.ShouldBe(ChannelQuality.None(channel.Id));
        (await App.Channel(channel.Id)).Quality!.OnTimePercent.ShouldBeNull();
    }

    [Fact]
    public async Task on_time_and_damage_rates_count_delivered_and_lost_shipments_and_a_redelivery_changes_nothing()
    {
        var channel = await App.RegisteredChannel(DhlExpress());
        Guid onTime = Guid.NewGuid(), lateDamaged = Guid.NewGuid(), lost = Guid.NewGuid(), inTransit = Guid.NewGuid();
        var lostException = Exception(Guid.NewGuid(), lost, "O-3", ShipmentExceptionKind.Lost);
        object[] messages =
        [
            Shipped(onTime, channel.Id, "O-1"), Delivered(onTime, channel.Id, "O-1", onTime: true, damaged: false),
            Shipped(lateDamaged, channel.Id, "O-2"), Delivered(lateDamaged, channel.Id, "O-2", onTime: false, damaged: true),
            Shipped(lost, channel.Id, "O-3"), lostException,
            Shipped(inTransit, channel.Id, "O-4"),
        ];
        foreach (var message in messages) await App.Deliver(message, othersMayRefuse: true);
        foreach (var message in messages) await App.Deliver(message, othersMayRefuse: true);

        // Counted 3 (two delivered, one lost; O-4 still travels): on time 1/3, damaged 1/3, score 1 × (3 − 1) / 9 × 100.
        (await App.Channel(channel.Id)).Quality.ShouldSatisfyAllConditions(
            q => q!.ShipmentsCounted.ShouldBe(3),
            q => q!.OnTime.ShouldBe(1),
            q => q!.Damaged.ShouldBe(1),
            q => q!.ShipmentsWithExceptions.ShouldBe(1),
            q => q!.OnTimePercent.ShouldBe(33.33m),
            q => q!.DamagePercent.ShouldBe(33.33m),
            q => q!.Score.ShouldBe(22.22m));
    }

    [Fact]
    public async Task a_damage_exception_counts_as_damaged_even_when_the_delivery_says_otherwise_and_messages_may_come_in_any_order()
    {
        var channel = await App.RegisteredChannel(DhlExpress());
        var order = Guid.NewGuid();

        await App.Deliver(Exception(Guid.NewGuid(), order, "O-9", ShipmentExceptionKind.Damaged), othersMayRefuse: true);
        await App.Deliver(Delivered(order, channel.Id, "O-9", onTime: true, damaged: false), othersMayRefuse: true);
        await App.Deliver(Shipped(order, channel.Id, "O-9"), othersMayRefuse: true);

        (await App.Channel(channel.Id)).Quality.ShouldSatisfyAllConditions(
            q => q!.ShipmentsCounted.ShouldBe(1), q => q!.OnTime.ShouldBe(1), q => q!.Damaged.ShouldBe(1), q => q!.Score.ShouldBe(0m));
    }
}
