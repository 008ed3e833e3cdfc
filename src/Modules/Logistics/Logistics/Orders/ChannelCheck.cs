using Marten;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Orders;

/// <summary>
/// SEAM for the coordinator: whether an order may ship with a logistics channel. Channels are built in parallel; until
/// they are wired here, only an empty id is refused. Wire it to the channel document: refuse
/// <see cref="OrderRules.ChannelRequired"/> when the channel is unknown or inactive.
/// </summary>
public static class ChannelCheck
{
    public static Task<Rule?> RefusalAsync(IQuerySession session, Guid channelId, CancellationToken ct = default) =>
        Task.FromResult(channelId == Guid.Empty ? OrderRules.ChannelRequired : null);
}
