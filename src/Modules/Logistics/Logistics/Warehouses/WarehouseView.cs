using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Logistics.Warehouses;

public sealed record WarehouseView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public WarehouseType Type { get; init; }
    public Guid StoreId { get; init; }
    public required string Country { get; init; }
    public required string TimeZone { get; init; }
    public bool Closed { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<WarehouseProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<WarehouseView>().UniqueIndex(w => w.Code);
    }
}

public sealed class WarehouseProjection : SingleStreamProjection<WarehouseView, Guid>
{
    public override WarehouseView? Evolve(WarehouseView? warehouse, Guid id, IEvent e) => (warehouse, e.Data) switch
    {
        (null, WarehouseRegistered r) => Show(new WarehouseView
        {
            Id = r.WarehouseId, Code = r.Code, Name = r.Profile.Name, Country = r.Profile.Country, TimeZone = r.Profile.TimeZone,
            RegisteredAt = r.RegisteredAt,
        }, r.Profile),
        (not null, WarehouseChanged c) => Show(warehouse, c.Profile) with { ChangedAt = c.ChangedAt },
        (not null, WarehouseClosed c) => warehouse with { Closed = true, ChangedAt = c.ClosedAt },
        (not null, WarehouseReopened r) => warehouse with { Closed = false, ChangedAt = r.ReopenedAt },
        _ => warehouse,
    };

    private static WarehouseView Show(WarehouseView warehouse, WarehouseProfile p) => warehouse with
    {
        Name = p.Name, Type = p.Type, StoreId = p.StoreId, Country = p.Country, TimeZone = p.TimeZone,
    };
}
