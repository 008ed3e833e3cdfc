namespace Ops.Listing.Promotions;

/// <summary>
/// The arithmetic of promotion results (listing.md, "KPIs"), in one place for the plan view, the message and the KPIs.
/// Computed from exact sums and rounded only here, at the edge: ratios and percentages to 2 decimals, half away from
/// zero. A figure over nothing (no spend, no sales) is null, never a misleading 0.
/// </summary>
public static class PromotionFigures
{
    /// <summary>Return on ad spend as the spec defines it: sales / spend (3.25 = each dollar spent sold 3.25).</summary>
    public static decimal? Roi(decimal sales, decimal spend) => spend == 0 ? null : Round(sales / spend);

    /// <summary>Advertising cost of sales: spend / sales × 100.</summary>
    public static decimal? AcosPercent(decimal spend, decimal sales) => Percent(spend, sales);

    /// <summary>Part over whole × 100 (budget used, sales target reached).</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole == 0 ? null : Round(part * 100m / whole);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
