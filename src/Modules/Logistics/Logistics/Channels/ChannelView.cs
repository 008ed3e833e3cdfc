using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Logistics.Channels;

public sealed record ChannelView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public ChannelType Type { get; init; }
    public required string Carrier { get; init; }
    public required string ServiceLevel { get; init; }
    public required ChannelCostModel CostModel { get; init; }
    public int TransitDaysMin { get; init; }
    public int TransitDaysMax { get; init; }

    /// <summary>Destination countries the channel serves (ISO 3166 alpha-2); empty: any.</summary>
    public IReadOnlyList<string> DestinationCountries { get; init; } = [];

    public DateOnly ContractStart { get; init; }

    /// <summary>Last day of the contract (inclusive); null: open-ended.</summary>
    public DateOnly? ContractEnd { get; init; }

    public bool Active { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>
    /// The quality rating from the channel's real shipments as it stands now, with its inputs. Added when the channel is
    /// read by id (not stored, not in lists, not in a read as of an earlier time or version).
    /// </summary>
    public ChannelQuality? Quality { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ChannelProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ChannelView>().UniqueIndex(c => c.Code);
        ChannelShipment.Configure(options);
        CostSavingNote.Configure(options);
    }
}

public sealed class ChannelProjection : SingleStreamProjection<ChannelView, Guid>
{
    public override ChannelView? Evolve(ChannelView? channel, Guid id, IEvent e) => (channel, e.Data) switch
    {
        (null, ChannelRegistered r) => Show(new ChannelView
        {
            Id = r.ChannelId, Code = r.Code, Name = r.Profile.Name, Carrier = r.Profile.Carrier, ServiceLevel = r.Profile.ServiceLevel,
            CostModel = r.Profile.CostModel, Active = true, RegisteredAt = r.RegisteredAt,
        }, r.Profile),
        (not null, ChannelChanged c) => Show(channel, c.Profile) with { ChangedAt = c.ChangedAt },
        (not null, ChannelDeactivated d) => channel with { Active = false, ChangedAt = d.DeactivatedAt },
        (not null, ChannelReactivated r) => channel with { Active = true, ChangedAt = r.ReactivatedAt },
        _ => channel,
    };

    private static ChannelView Show(ChannelView channel, ChannelProfile p) => channel with
    {
        Name = p.Name, Type = p.Type, Carrier = p.Carrier, ServiceLevel = p.ServiceLevel, CostModel = p.CostModel,
        TransitDaysMin = p.TransitDaysMin, TransitDaysMax = p.TransitDaysMax, DestinationCountries = p.DestinationCountries,
        ContractStart = p.ContractStart, ContractEnd = p.ContractEnd,
    };
}
