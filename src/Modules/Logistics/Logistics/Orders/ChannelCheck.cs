using Marten;
using Ops.Logistics.Channels;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Orders;

/// <summary>The channel an order ships with: it must be known and active, its contract running on the ship date.</summary>
public static class ChannelCheck
{
    public static async Task<(Rule? Refusal, ChannelView? Channel)> ForShipmentAsync(IQuerySession session, Guid channelId,
        DateTimeOffset shippedAt, CancellationToken ct = default)
    {
        var channel = channelId == Guid.Empty ? null : await session.LoadAsync<ChannelView>(channelId, ct);
        if (channel is not { Active: true }) return (OrderRules.ChannelRequired, null);
        var day = DateOnly.FromDateTime(shippedAt.UtcDateTime);
        return day < channel.ContractStart || channel.ContractEnd is { } end && day > end ? (OrderRules.ChannelContractNotRunning, null) : (null, channel);
    }

    /// <summary>When the channel promises delivery of a shipment that left at <paramref name="shippedAt"/>: its longest transit, in days.</summary>
    public static DateTimeOffset PromisedDeliveryBy(ChannelView channel, DateTimeOffset shippedAt) => shippedAt.AddDays(channel.TransitDaysMax);
}
