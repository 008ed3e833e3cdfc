namespace Ops.Organization.Contracts;

/// <summary>A person joined the company: training opens onboarding, data widens scopes.</summary>
public sealed record EmployeeJoined(Guid EmployeeId, string Name, string Email, Guid? PositionId, IReadOnlyList<string> Roles, DateTimeOffset JoinedAt);

/// <summary>A person left: their access is revoked and open assignments need a new owner.</summary>
public sealed record EmployeeLeft(Guid EmployeeId, DateTimeOffset LeftAt);

/// <summary>
/// The store's business calendar changed (time zone, weekend, holidays). Modules with working-day deadlines
/// keep their own copy; the message carries everything they need.
/// </summary>
public sealed record StoreCalendarChanged(
    Guid StoreId,
    string TimeZone,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset ChangedAt);
