namespace Ops.Testing;

/// <summary>
/// The host's clock in tests: set and advanced by the test, never by the wall clock, so deadlines and
/// lockouts are tested without sleeping. Unlike FakeTimeProvider it may go back (each test starts afresh).
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void SetUtcNow(DateTimeOffset now) => _now = now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;
}
