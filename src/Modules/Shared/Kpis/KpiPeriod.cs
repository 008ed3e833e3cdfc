using System.Globalization;
using FastEndpoints;
using FluentValidation;

namespace Ops.Shared.Kpis;

/// <summary>
/// The period a KPI report measures over: from (inclusive) to (exclusive), UTC. The periods before it have its length:
/// <see cref="Back"/>(1) is the previous period, and a trend covers <see cref="TrendPeriods"/> of them.
/// </summary>
public sealed record KpiPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>How many periods a trend shows, the report's own the last.</summary>
    public const int TrendPeriods = 6;

    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(30);

    /// <summary>A year, leap day included: a trend then reaches six years back at most.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(366);

    /// <summary>No figure of Ops is older; a period may not start before it.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The period <paramref name="periods"/> lengths before this one (0: this one).</summary>
    public KpiPeriod Back(int periods)
    {
        var shift = (To - From) * periods;
        return new KpiPeriod(From - shift, To - shift);
    }

    /// <summary>
    /// The period a request names: <c>from</c> and <c>to</c> as given; <c>to</c> alone: the 30 days before it; <c>from</c>
    /// alone: from then until now; neither: the 30 days up to now. In UTC, to the microsecond (what PostgreSQL keeps).
    /// "Now" ends with the current minute (<c>to</c> is the next whole minute): what was recorded at this very instant is
    /// in the period, which ends before <c>to</c>.
    /// </summary>
    public static KpiPeriod Of(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        var end = to is { } given ? Microseconds(given) : EndOfMinute(now);
        return new KpiPeriod(Microseconds(from ?? end - DefaultLength), end);
    }

    private static DateTimeOffset EndOfMinute(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1);
    }

    private static DateTimeOffset Microseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    /// <summary>An instant as a query parameter: ISO 8601 in UTC (<c>2030-11-04T14:00:00Z</c>).</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>SQL: whether <paramref name="instant"/> (a timestamptz expression) falls within the trend's periods.</summary>
    public string InTrendSql(string instant) => $"({instant}) >= {Literal(Back(TrendPeriods - 1).From)} and ({instant}) < {Literal(To)}";

    /// <summary>
    /// SQL: how many periods back <paramref name="instant"/> lies (0: this period, 1: the previous …), for an instant within
    /// the trend (<see cref="InTrendSql"/>); periods are half open, so an instant on a boundary belongs to the later one.
    /// </summary>
    public string PeriodsBackSql(string instant) =>
        $"(ceil(extract(epoch from {Literal(To)} - ({instant})) / {Seconds})::int - 1)";

    // Literals, not parameters: they are written here from typed instants, and each query places them several times.
    private static string Literal(DateTimeOffset instant) => $"'{Format(instant)}'::timestamptz";

    private string Seconds => ((To - From).Ticks / (decimal)TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// <c>?from=&amp;to=</c> of a KPI report (ISO 8601 instants). Both optional: by default the 30 days up to now (to the
/// end of the current minute, <see cref="KpiPeriod.Of"/>).
/// </summary>
public sealed record KpiRequest
{
    /// <summary>Start of the period (inclusive); by default 30 days before <c>to</c>.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>End of the period (exclusive); by default the end of the current minute.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }

    public KpiPeriod PeriodAt(DateTimeOffset now) => KpiPeriod.Of(From, To, now);
}

/// <summary>
/// The host finds validators in the module assemblies only, so a KPI endpoint names this one:
/// <c>Validator&lt;KpiRequestValidator&gt;()</c>. A refused period is a <c>validation_failed</c> problem whose errors name
/// <c>from</c>.
/// </summary>
public sealed class KpiRequestValidator : Validator<KpiRequest>
{
    public KpiRequestValidator()
    {
        RuleFor(r => r.From).Cascade(CascadeMode.Stop)
            .Must((r, _) => Period(r).From >= KpiPeriod.Earliest)
            .WithMessage(_ => Bilingual.Pick($"The period cannot start before {KpiPeriod.Format(KpiPeriod.Earliest)}.",
                $"统计期间不能早于 {KpiPeriod.Format(KpiPeriod.Earliest)} 开始。"))
            .Must((r, _) => Period(r).From < Period(r).To)
            .WithMessage(_ => Bilingual.Pick("from must be before to.", "开始时间（from）须早于结束时间（to）。"))
            .Must((r, _) => Period(r).To - Period(r).From <= KpiPeriod.MaxLength)
            .WithMessage(_ => Bilingual.Pick($"A period is at most {KpiPeriod.MaxLength.TotalDays:0} days long.",
                $"统计期间最长 {KpiPeriod.MaxLength.TotalDays:0} 天。"));
    }

    private KpiPeriod Period(KpiRequest request) => request.PeriodAt(Resolve<TimeProvider>().GetUtcNow());
}
