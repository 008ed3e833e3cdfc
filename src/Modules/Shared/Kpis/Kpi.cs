namespace Ops.Shared.Kpis;

/// <summary>
/// <c>GET /api/&lt;module&gt;/kpis</c>: one shape for every module, so the dashboard and integrators read any module's
/// indicators the same way. Names follow the request's language (English or Simplified Chinese, <c>Accept-Language</c>).
/// <see cref="Period"/> is the period the indicators measured over (<c>?from=&amp;to=</c>, by default the 30 days up to
/// <see cref="AsOf"/>).
/// </summary>
public sealed record KpiReport(string Module, DateTimeOffset AsOf, KpiPeriod Period, IReadOnlyList<Kpi> Kpis);

/// <summary>
/// One indicator. <see cref="Value"/> is null when there is nothing to measure yet (a rate over zero cases), never a
/// misleading 0. <see cref="Parts"/> breaks a count down (by stage, by grade), in a stable order; empty otherwise.
/// <para>
/// A <see cref="KpiScope.Period"/> indicator measures what happened within the report's period: <see cref="Previous"/> is
/// the same figure over the period of equal length just before it, and <see cref="Trend"/> the figure over the last
/// <see cref="KpiPeriod.TrendPeriods"/> such periods, oldest first, the report's own last. A <see cref="KpiScope.Now"/>
/// indicator counts how things stand when the report was made (candidates by stage): the records keep no history of
/// those states to count them at an earlier time by, so it has no previous value and no trend.
/// </para>
/// </summary>
public sealed record Kpi(string Code, string Name, decimal? Value, KpiUnit Unit, IReadOnlyList<KpiPart> Parts)
{
    public KpiScope Scope { get; init; } = KpiScope.Now;

    /// <summary>Which way is better, for the change against <see cref="Previous"/> and for <see cref="Target"/>.</summary>
    public KpiDirection Direction { get; init; } = KpiDirection.Neutral;

    /// <summary>The value over the previous period of equal length; null for a <see cref="KpiScope.Now"/> indicator or with nothing to measure.</summary>
    public decimal? Previous { get; init; }

    /// <summary>The target from the module's settings (<c>kpiTargets</c>); null when none is set.</summary>
    public decimal? Target { get; init; }

    /// <summary>Whether <see cref="Value"/> meets <see cref="Target"/> in the <see cref="Direction"/> that is better; null without both.</summary>
    public bool? TargetMet => (Value, Target, Direction) switch
    {
        ({ } value, { } target, KpiDirection.HigherIsBetter) => value >= target,
        ({ } value, { } target, KpiDirection.LowerIsBetter) => value <= target,
        _ => null,
    };

    /// <summary>The value over each of the last periods of the report's length, oldest first; empty for a <see cref="KpiScope.Now"/> indicator.</summary>
    public IReadOnlyList<KpiPoint> Trend { get; init; } = [];

    /// <summary>The list behind the figure, filtered to what it counts; null where no list endpoint shows those records.</summary>
    public KpiList? List { get; init; }

    /// <summary>An indicator of how things stand now (<see cref="KpiScope.Now"/>).</summary>
    public static Kpi Of(string code, string english, string chinese, decimal? value, KpiUnit unit, IReadOnlyList<KpiPart>? parts = null) =>
        new(code, Bilingual.Pick(english, chinese), value, unit, parts ?? []);

    /// <summary>
    /// An indicator over the report's period: <paramref name="valueBack"/> gives the figure <c>n</c> periods back (0: the
    /// report's own period, 1: the previous one, up to <see cref="KpiPeriod.TrendPeriods"/> − 1).
    /// </summary>
    public static Kpi Over(KpiPeriod period, string code, string english, string chinese, KpiUnit unit, Func<int, decimal?> valueBack) =>
        new(code, Bilingual.Pick(english, chinese), valueBack(0), unit, [])
        {
            Scope = KpiScope.Period,
            Previous = valueBack(1),
            Trend = [.. Enumerable.Range(0, KpiPeriod.TrendPeriods).Reverse().Select(n => KpiPoint.Of(period.Back(n), valueBack(n)))],
        };

    public Kpi HigherIsBetter(decimal? target = null) => this with { Direction = KpiDirection.HigherIsBetter, Target = target };

    public Kpi LowerIsBetter(decimal? target = null) => this with { Direction = KpiDirection.LowerIsBetter, Target = target };

    public Kpi ListedAt(KpiList? list) => this with { List = list };

    /// <summary>Part over whole as a percentage rounded to one decimal (half away from zero); null when the whole is 0.</summary>
    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>The mean rounded to one decimal (half away from zero); null over nothing.</summary>
    public static decimal? Average(IReadOnlyCollection<decimal> values) =>
        values.Count == 0 ? null : Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);

    /// <summary><see cref="Average(IReadOnlyCollection{decimal})"/> from a total and a count, as a grouped query gives them.</summary>
    public static decimal? Average(decimal total, long count) =>
        count == 0 ? null : Math.Round(total / count, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A slice of an indicator: a stable key (a stage, a grade), its value, and the list of what it counts.</summary>
public sealed record KpiPart(string Key, decimal Value)
{
    /// <summary>The list behind this slice (the indicator's list filtered by the key); null where no filter selects it.</summary>
    public KpiList? List { get; init; }
}

/// <summary>The figure over one period of a trend; null with nothing to measure.</summary>
public sealed record KpiPoint(DateTimeOffset From, DateTimeOffset To, decimal? Value)
{
    public static KpiPoint Of(KpiPeriod period, decimal? value) => new(period.From, period.To, value);
}

/// <summary>
/// Where a figure comes from: a list endpoint of the API (<see cref="Resource"/>, e.g. <c>/api/selection/candidates</c>)
/// and the query parameters that select what the figure counts (<c>activity=Screened</c>, <c>from</c>, <c>to</c>).
/// </summary>
public sealed record KpiList(string Resource, IReadOnlyDictionary<string, string> Query)
{
    /// <summary>This list narrowed by one more parameter (a breakdown's part).</summary>
    public KpiList With(string parameter, string value) => this with { Query = new Dictionary<string, string>(Query) { [parameter] = value } };

    /// <summary>This list narrowed to what happened within <paramref name="period"/> (<c>activity</c>, <c>from</c>, <c>to</c>, ISO 8601 UTC).</summary>
    public KpiList Within(string activity, KpiPeriod period) => this with
    {
        Query = new Dictionary<string, string>(Query)
        {
            ["activity"] = activity, ["from"] = KpiPeriod.Format(period.From), ["to"] = KpiPeriod.Format(period.To),
        },
    };
}

public enum KpiUnit { Count, Percent, Days, Ratio, Score, Minutes, Rating }

/// <summary>What an indicator measures: what happened within the report's period, or how things stand now.</summary>
public enum KpiScope { Period, Now }

/// <summary>Which way an indicator is better: a pass rate higher, days to approval lower; a count neither.</summary>
public enum KpiDirection { HigherIsBetter, LowerIsBetter, Neutral }
