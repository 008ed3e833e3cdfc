using Marten;

namespace Ops.Shared.Calendar;

/// <summary>
/// A module's own copy of a store's business calendar, kept from the organisation's <c>StoreCalendarChanged</c>: the
/// module counts working days and business time by it without reading the organisation's tables. Each module that counts
/// them registers the document in its store and keeps it with a one-line handler calling <see cref="KeepAsync"/>, passing
/// the announced business hours too.
/// </summary>
public sealed record StoreCalendarCopy(
    Guid Id,
    string TimeZone,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset ChangedAt)
{
    /// <summary>The local time the store opens; a copy kept before hours were announced has none and reads the policy's 09:00.</summary>
    public TimeOnly OpensAt { get; init; } = WorkingCalendar.DefaultOpensAt;

    /// <summary>The local time the store closes; a copy kept before hours were announced reads the policy's 18:00.</summary>
    public TimeOnly ClosesAt { get; init; } = WorkingCalendar.DefaultClosesAt;

    public WorkingCalendar ToWorkingCalendar() => WorkingCalendar.For(TimeZone, Weekend, Holidays, OpensAt, ClosesAt);

    public static void Configure(StoreOptions options) => options.Schema.For<StoreCalendarCopy>();

    /// <summary>Idempotent and order-proof: a redelivered or older announcement never overwrites a newer calendar.</summary>
    public static async Task KeepAsync(IDocumentSession session, StoreCalendarCopy announced)
    {
        var current = await session.LoadAsync<StoreCalendarCopy>(announced.Id);
        if (current is not null && current.ChangedAt >= announced.ChangedAt) return;
        session.Store(announced);
    }
}
