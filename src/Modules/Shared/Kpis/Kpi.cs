namespace Ops.Shared.Kpis;

/// <summary>
/// <c>GET /api/&lt;module&gt;/kpis</c>: one shape for every module, so the dashboard and integrators read any module's
/// indicators the same way. Names follow the request's language (English or Simplified Chinese, <c>Accept-Language</c>).
/// </summary>
public sealed record KpiReport(string Module, DateTimeOffset AsOf, IReadOnlyList<Kpi> Kpis);

/// <summary>
/// One indicator. <see cref="Value"/> is null when there is nothing to measure yet (a rate over zero cases), never a
/// misleading 0. <see cref="Parts"/> breaks a count down (by stage, by grade), in a stable order; empty otherwise.
/// </summary>
public sealed record Kpi(string Code, string Name, decimal? Value, KpiUnit Unit, IReadOnlyList<KpiPart> Parts)
{
    public static Kpi Of(string code, string english, string chinese, decimal? value, KpiUnit unit, IReadOnlyList<KpiPart>? parts = null) =>
        new(code, Bilingual.Pick(english, chinese), value, unit, parts ?? []);

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

/// <summary>A slice of an indicator: a stable key (a stage, a grade) and its value.</summary>
public sealed record KpiPart(string Key, decimal Value);

public enum KpiUnit { Count, Percent, Days, Ratio, Score }
