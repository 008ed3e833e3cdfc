using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Calendar;
using Ops.Shared.Http;

namespace Ops.Organization.Stores;

/// <summary>A store as the API shows it.</summary>
public sealed record StoreView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Marketplace { get; init; }
    public required string SellerName { get; init; }
    public required string Currency { get; init; }
    public required BusinessHours BusinessHours { get; init; }
    public required string TimeZone { get; init; }
    public IReadOnlyList<DayOfWeek> Weekend { get; init; } = [];
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    public WorkingCalendar ToWorkingCalendar() =>
        WorkingCalendar.For(TimeZone, Weekend, Holidays.Select(h => h.Date), BusinessHours.OpensAt, BusinessHours.ClosesAt);

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<StoreProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<StoreView>().Index(s => s.SellerName);
    }
}

public sealed class StoreProjection : SingleStreamProjection<StoreView, Guid>
{
    public override StoreView? Evolve(StoreView? store, Guid id, IEvent e) => (store, e.Data) switch
    {
        (null, StoreRegistered r) => new StoreView
        {
            Id = r.StoreId, Marketplace = r.Details.Marketplace, SellerName = r.Details.SellerName, Currency = r.Details.Currency,
            BusinessHours = r.Details.BusinessHours, TimeZone = r.Calendar.TimeZone, Weekend = r.Calendar.Weekend,
            Holidays = r.Calendar.Holidays, RegisteredAt = r.RegisteredAt,
        },
        (not null, StoreDetailsChanged c) => store with
        {
            Marketplace = c.Details.Marketplace, SellerName = c.Details.SellerName, Currency = c.Details.Currency,
            BusinessHours = c.Details.BusinessHours, ChangedAt = c.ChangedAt,
        },
        (not null, StoreCalendarRevised c) => store with
        {
            TimeZone = c.Calendar.TimeZone, Weekend = c.Calendar.Weekend, Holidays = c.Calendar.Holidays, ChangedAt = c.RevisedAt,
        },
        _ => store,
    };
}
