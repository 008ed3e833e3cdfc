using Marten;

namespace Ops.Shared.Calendar;

/// <summary>
/// A module's own copy of a store's business calendar, kept from the organisation's <c>StoreCalendarChanged</c>: the
/// module counts working days by it without reading the organisation's tables. Each module that counts working days
/// registers the document in its store and keeps it with a one-line handler calling <see cref="KeepAsync"/>.
/// </summary>
public sealed record StoreCalendarCopy(
    Guid Id,
    string TimeZone,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset ChangedAt)
{
    public WorkingCalendar ToWorkingCalendar() => WorkingCalendar.For(TimeZone, Weekend, Holidays);

    public static void Configure(StoreOptions options) => options.Schema.For<StoreCalendarCopy>();

    /// <summary>Idempotent and order-proof: a redelivered or older announcement never overwrites a newer calendar.</summary>
    public static async Task KeepAsync(IDocumentSession session, StoreCalendarCopy announced)
    {
        var current = await session.LoadAsync<StoreCalendarCopy>(announced.Id);
        if (current is not null && current.ChangedAt >= announced.ChangedAt) return;
        session.Store(announced);
    }
}
