using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Shared.Http;
using Ops.Shared.Kpis;

namespace Ops.Logistics.Channels;

/// <summary>
/// A channel's quality from its real shipments (<see cref="ChannelShipment"/>), with its inputs. A shipment counts once it
/// was delivered or lost. <see cref="OnTimePercent"/> = on time / counted × 100; <see cref="DamagePercent"/> = damaged /
/// counted × 100 (delivered damaged or a damage exception); <see cref="Score"/> = on-time share × undamaged share × 100,
/// the share of shipments that came on time and whole if the two were independent (0–100). Percentages and score are
/// rounded to two decimals, half away from zero; all three are null before any shipment counts.
/// </summary>
public sealed record ChannelQuality(Guid ChannelId, long ShipmentsCounted, long OnTime, long Damaged, long ShipmentsWithExceptions)
{
    public decimal? OnTimePercent => ShipmentsCounted == 0 ? null : Round(OnTime * 100m / ShipmentsCounted);
    public decimal? DamagePercent => ShipmentsCounted == 0 ? null : Round(Damaged * 100m / ShipmentsCounted);

    public decimal? Score => ShipmentsCounted == 0
        ? null
        : Round((decimal)OnTime * (ShipmentsCounted - Damaged) * 100m / ((decimal)ShipmentsCounted * ShipmentsCounted));

    public static ChannelQuality None(Guid channelId) => new(channelId, 0, 0, 0, 0);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The rating of every channel with shipments, by channel (one grouped query).</summary>
    public static async Task<IReadOnlyDictionary<Guid, ChannelQuality>> OfChannelsAsync(IQuerySession session, Guid? only, CancellationToken ct)
    {
        var shipments = await session.TableOfAsync<ChannelShipment>(ct);
        var filter = only is { } id ? $"and data->>'channelId' = '{id}'" : "";
        var rows = await session.RowsAsync<ChannelQuality>($"""
            select jsonb_build_object('channelId', data->>'channelId',
              'shipmentsCounted', count(*) filter (where (data->>'counted')::boolean),
              'onTime', count(*) filter (where (data->>'onTime')::boolean),
              'damaged', count(*) filter (where (data->>'damaged')::boolean),
              'shipmentsWithExceptions', count(*) filter (where (data->>'counted')::boolean and jsonb_array_length(data->'exceptions') > 0))
            from {shipments} where data->>'channelId' is not null {filter} group by data->>'channelId'
            """, ct);
        return rows.ToDictionary(r => r.ChannelId);
    }
}

/// <summary>A channel read by id shows its quality as it stands now.</summary>
public sealed class ChannelQualityForCaller : IViewForCaller<ChannelView>
{
    public async Task<ChannelView> CompleteAsync(ChannelView view, HttpContext http, IQuerySession reads, CancellationToken ct)
    {
        var ratings = await ChannelQuality.OfChannelsAsync(reads, view.Id, ct);
        return view with { Quality = ratings.GetValueOrDefault(view.Id) ?? ChannelQuality.None(view.Id) };
    }
}
