namespace Ops.Organization.Contracts;

/// <summary>A person joined the company: training opens onboarding, data widens scopes.</summary>
public sealed record EmployeeJoined(Guid EmployeeId, string Name, string Email, Guid? PositionId, IReadOnlyList<string> Roles, DateTimeOffset JoinedAt);

/// <summary>A person left: their access is revoked and open assignments need a new owner.</summary>
public sealed record EmployeeLeft(Guid EmployeeId, DateTimeOffset LeftAt);

/// <summary>
/// The store's business calendar changed (time zone, weekend, holidays, business hours). Modules with working-day or
/// business-time deadlines keep their own copy; the message carries everything they need. It is announced when the
/// store is registered, when its calendar is revised and when its business hours change.
/// </summary>
public sealed record StoreCalendarChanged(
    Guid StoreId,
    string TimeZone,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset ChangedAt)
{
    /// <summary>The local time the store opens on a working day. A message sent before hours were announced reads 09:00.</summary>
    public TimeOnly OpensAt { get; init; } = new(9, 0);

    /// <summary>The local time the store closes on a working day. A message sent before hours were announced reads 18:00.</summary>
    public TimeOnly ClosesAt { get; init; } = new(18, 0);
}
