using Ops.Organization.Contracts;
using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Stores;

/// <summary>When the store's team is at work, in the store's local time.</summary>
public sealed record BusinessHours(TimeOnly OpensAt, TimeOnly ClosesAt)
{
    public static readonly BusinessHours NineToSix = new(new TimeOnly(9, 0), new TimeOnly(18, 0));
}

public sealed record Holiday(DateOnly Date, string Name);

/// <summary>Who sells where, in which currency, at which hours.</summary>
public sealed record StoreDetails(string Marketplace, string SellerName, string Currency, BusinessHours BusinessHours);

/// <summary>
/// What working-day deadlines count by (PRODUCT.md §2): the time zone, the weekend and the holidays. Lists are kept
/// sorted, so an unchanged calendar compares equal and a repeat writes nothing.
/// </summary>
public sealed record StoreCalendar(string TimeZone, IReadOnlyList<DayOfWeek> Weekend, IReadOnlyList<Holiday> Holidays)
{
    public const string DefaultTimeZone = "America/New_York";

    public bool Equals(StoreCalendar? other) =>
        other is not null && TimeZone == other.TimeZone && Weekend.SequenceEqual(other.Weekend) && Holidays.SequenceEqual(other.Holidays);

    public override int GetHashCode() => TimeZone.GetHashCode(StringComparison.Ordinal);

    public static StoreCalendar Of(string timeZone, IEnumerable<DayOfWeek> weekend, IEnumerable<Holiday> holidays) =>
        new(timeZone, [.. weekend.Distinct().Order()], [.. holidays.OrderBy(h => h.Date)]);

    /// <summary>What other modules count deadlines by: this calendar and the store's business hours.</summary>
    public StoreCalendarChanged Announce(Guid storeId, BusinessHours hours, DateTimeOffset changedAt) =>
        new(storeId, TimeZone, Weekend, [.. Holidays.Select(h => h.Date)], changedAt) { OpensAt = hours.OpensAt, ClosesAt = hours.ClosesAt };
}

[History("Store registered", "店铺已登记")]
public sealed record StoreRegistered(Guid StoreId, StoreDetails Details, StoreCalendar Calendar, string RegisteredBy, DateTimeOffset RegisteredAt);

[History("Store details changed", "店铺信息已修改")]
public sealed record StoreDetailsChanged(Guid StoreId, StoreDetails Details, string ChangedBy, DateTimeOffset ChangedAt);

[History("Store calendar revised", "店铺日历已修改")]
public sealed record StoreCalendarRevised(Guid StoreId, StoreCalendar Calendar, string RevisedBy, DateTimeOffset RevisedAt);

/// <summary>A store on a marketplace. It has no life cycle: its details and its calendar change, and a repeat changes nothing.</summary>
public sealed record Store(Guid Id, StoreDetails Details, StoreCalendar Calendar)
{
    public static Store Create(StoreRegistered e) => new(e.StoreId, e.Details, e.Calendar);
    public Store Apply(StoreDetailsChanged e) => this with { Details = e.Details };
    public Store Apply(StoreCalendarRevised e) => this with { Calendar = e.Calendar };

    public Decision ChangeDetails(StoreDetails details, string by, DateTimeOffset now) =>
        details == Details ? Decision.Accept() : Decision.Accept(new StoreDetailsChanged(Id, details, by, now));

    public Decision ReviseCalendar(StoreCalendar calendar, string by, DateTimeOffset now) =>
        calendar == Calendar ? Decision.Accept() : Decision.Accept(new StoreCalendarRevised(Id, calendar, by, now));
}
