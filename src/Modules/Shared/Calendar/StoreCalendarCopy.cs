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

    /// <summary>
    /// A demo seed's wait for the store's calendar: the organisation's seed (run first) sends <c>StoreCalendarChanged</c>
    /// through the outbox, so on a fresh database it may still be on its way. There is nothing else to do meanwhile: the
    /// module refuses records for a store it does not know.
    /// </summary>
    public static async Task WaitForAsync(IDocumentStore store, Guid storeId, string module, CancellationToken ct)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(250))
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<StoreCalendarCopy>(storeId, ct) is not null) return;
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
        throw new InvalidOperationException($"Demo {module}: the demo store's calendar never reached {module} (is the organisation's seed on?).");
    }
}
