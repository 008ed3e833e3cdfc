using Marten;
using Ops.Organization.Contracts;
using Ops.Shared.Calendar;
using Wolverine.Marten;

namespace Ops.Listing.Calendar;

/// <summary>
/// Listing's own copy of a store's business calendar, kept from <see cref="StoreCalendarChanged"/>: the go-live
/// deadline counts working days by it without reading the organisation's tables.
/// </summary>
public sealed record StoreCalendarCopy(
    Guid Id,
    string TimeZone,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset ChangedAt)
{
    public WorkingCalendar ToWorkingCalendar() => WorkingCalendar.For(TimeZone, Weekend, Holidays);

    internal static void Configure(StoreOptions options) => options.Schema.For<StoreCalendarCopy>();
}

public static class StoreCalendarChangedHandler
{
    /// <summary>Idempotent and order-proof: a redelivered or older announcement never overwrites a newer calendar.</summary>
    public static async Task Handle(StoreCalendarChanged changed, IDocumentSession session)
    {
        var current = await session.LoadAsync<StoreCalendarCopy>(changed.StoreId);
        if (current is not null && current.ChangedAt >= changed.ChangedAt) return;
        session.Store(new StoreCalendarCopy(changed.StoreId, changed.TimeZone, changed.Weekend, changed.Holidays, changed.ChangedAt));
    }
}
