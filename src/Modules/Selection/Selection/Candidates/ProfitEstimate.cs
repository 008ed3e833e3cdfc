using Ops.Shared;

namespace Ops.Selection.Candidates;

public enum UnitSystem { Metric, Imperial }

/// <summary>A unit's package in inches and pounds: what fees are computed from, and what other modules receive.</summary>
public sealed record UnitSize(decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb);

/// <summary>
/// A unit's package as entered: centimetres and kilograms (<see cref="UnitSystem.Metric"/>) or inches and pounds
/// (<see cref="UnitSystem.Imperial"/>). Converted once, when the candidate is proposed, and kept beside the conversion.
/// </summary>
public sealed record MeasuredSize(decimal Length, decimal Width, decimal Height, decimal Weight, UnitSystem UnitSystem)
{
    public const decimal CentimetresPerInch = 2.54m;
    public const decimal KilogramsPerPound = 0.45359237m;

    /// <summary>
    /// By the exact definitions of the inch and the pound, in decimal and never rounded: the size tier and the weight
    /// band are chosen on these values, and a rounding here would move a unit across a limit (15 × 12 × 0.752 in is not
    /// small standard). A quotient that does not end (25 cm = 9.8425… in) keeps decimal's 28 significant digits; a limit
    /// entered in metric converts exactly (38.1 cm = 15 in, 0.45359237 kg = 1 lb).
    /// </summary>
    public UnitSize ToInchesAndPounds() => UnitSystem == UnitSystem.Metric
        ? new(Length / CentimetresPerInch, Width / CentimetresPerInch, Height / CentimetresPerInch, Weight / KilogramsPerPound)
        : new(Length, Width, Height, Weight);
}

/// <summary>
/// The numbers a profit estimate is made from. <see cref="DaysToSell"/> is optional: without it the first order is
/// assumed to sell at <see cref="ExpectedMonthlyUnits"/> a month. <see cref="LeadTimeDays"/> is the proposer's estimate
/// until a quote is chosen; then the quote's unit price and lead time take the place of the estimates.
/// </summary>
public sealed record ProfitInputs(
    Money TargetPrice, Money UnitCost, Money ShippingPerUnit, UnitSize Size, int ExpectedMonthlyUnits, int FirstOrderQuantity,
    int? DaysToSell, int TransitDays, int LeadTimeDays)
{
    public ProfitInputs WithQuote(Quote? quote) =>
        quote is null ? this : this with { UnitCost = quote.UnitPrice, LeadTimeDays = quote.LeadTimeDays };

    /// <summary>
    /// The size converted afresh from the size as entered. Candidates proposed before conversion kept full precision
    /// carry a size rounded to 0.01 in their <see cref="CandidateProposed"/> event; the entered size is the fact, and
    /// this conversion is a function of it, so reading the size this way prices those candidates exactly too.
    /// </summary>
    public ProfitInputs WithSizeAsGiven(MeasuredSize sizeAsGiven) => this with { Size = sizeAsGiven.ToInchesAndPounds() };
}

/// <summary>
/// How the fulfilment fee was found: tier, weights, band and fee, so a person can follow the table. Sides and weights
/// are exact (never rounded: they are what the tier and band were chosen on); only <see cref="Fee"/> is rounded to cents.
/// </summary>
public sealed record FulfilmentFeeEstimate(
    SizeTier SizeTier, decimal LongestIn, decimal MedianIn, decimal ShortestIn, decimal UnitWeightLb, decimal DimensionalWeightDivisor,
    decimal DimensionalWeightLb, decimal BillableWeightLb, PriceBand PriceBand, decimal BandFromLb, decimal? BandUpToLb, Money BandFee,
    Money FeePerLbAbove, int PoundsAbove, Money Fee);

/// <summary>One unit at the target price: every cost, the margin and the return, as shown (rounded; see <see cref="ProfitCalculator"/>).</summary>
public sealed record UnitEconomics(
    Money TargetPrice, Money UnitCost, Money ShippingPerUnit, Money LandedCost, decimal ReferralFeePercent, Money ReferralFee,
    Money FulfilmentFee, decimal ExpectedAcosPercent, Money AdCost, Money TotalCost, Money Margin, decimal MarginPercent,
    decimal RoiPercent);

/// <summary>The capital check (seed 002): what the first order ties up, and for how long.</summary>
public sealed record CapitalCheck(
    int FirstOrderQuantity, Money Investment, Money MaxInvestmentPerSku, bool OverMaxInvestment, int LeadTimeDays, int TransitDays,
    int DaysToSell, bool DaysToSellDerived, int CashTurnoverDays);

/// <summary>
/// A profit estimate with its inputs and every intermediate value. Every amount is <see cref="Money"/> in the fee table's
/// currency, rounded to cents as shown; percentages are percent (25 = 25 %), rounded to 2 decimals as shown; both flags
/// are decided on the unrounded figures (see <see cref="ProfitCalculator"/>).
/// </summary>
// Stored with each screening in CandidateScreened, for good: estimates stored before every amount was Money (bare
// amounts, one currency) are read by StoredProfitEstimateConverter (ADR 0012).
public sealed record ProfitEstimate(
    ProfitInputs Inputs, FulfilmentFeeEstimate Fulfilment, UnitEconomics PerUnit, CapitalCheck Capital,
    decimal MinMarginPercent, bool MarginBelowMinimum);

/// <summary>
/// The arithmetic of selection.md, "Profit estimate", and nothing else: a pure function of inputs and settings. Inputs
/// must all be in the fee table's currency.
/// <para>
/// Exact first, rounded only where shown. Sizes and weights are never rounded: the tier and the weight band are chosen
/// on exact values, and an upper bound is inclusive, so a billable weight a hair above a bound is charged the next band
/// (rounded up to the band, never down), and above an open band's lower bound every pound or part of a pound counts.
/// Every amount is computed unrounded from the unrounded amounts before it (margin = price − exact costs; margin % and
/// ROI from that margin; investment from the exact landed cost), and the below-minimum and over-investment flags are
/// decided on those unrounded figures. Only the figures the estimate shows are rounded, each on its own, to 2 decimals,
/// half away from zero: amounts to cents, percentages to 0.01 %. So a shown total or margin can differ by a cent from the
/// sum of the shown parts: it is the exact figure, rounded.
/// </para>
/// </summary>
public static class ProfitCalculator
{
    /// <summary>A month of sales, when days to sell are derived from expected monthly units.</summary>
    public const int DaysPerMonth = 30;

    /// <summary>How a figure is shown: 2 decimals, half away from zero (1.025 → 1.03, where banker's rounding says 1.02).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static ProfitEstimate Estimate(ProfitInputs inputs, SelectionSettings policy)
    {
        var price = inputs.TargetPrice.Amount;
        var (fulfilment, fulfilmentFee) = Fulfilment(inputs.Size, price, policy.FulfilmentFees);
        var currency = policy.FulfilmentFees.Currency;
        Money Shown(decimal amount) => new(Round(amount), currency);

        var landedCost = inputs.UnitCost.Amount + inputs.ShippingPerUnit.Amount;
        var referralFee = price * policy.ReferralFeePercent / 100m;
        var adCost = price * policy.ExpectedAcosPercent / 100m;
        var totalCost = landedCost + referralFee + fulfilmentFee + adCost;
        var margin = price - totalCost;
        var marginPercent = margin * 100m / price;
        var roiPercent = margin * 100m / landedCost;
        // Inputs are shown as entered, unrounded; like every amount here they are in the table's currency (validated so).
        var perUnit = new UnitEconomics(new(price, currency), new(inputs.UnitCost.Amount, currency),
            new(inputs.ShippingPerUnit.Amount, currency), Shown(landedCost), policy.ReferralFeePercent, Shown(referralFee), fulfilment.Fee,
            policy.ExpectedAcosPercent, Shown(adCost), Shown(totalCost), Shown(margin), Round(marginPercent), Round(roiPercent));

        var investment = landedCost * inputs.FirstOrderQuantity;
        var daysToSell = inputs.DaysToSell ?? DerivedDaysToSell(inputs.FirstOrderQuantity, inputs.ExpectedMonthlyUnits);
        var capital = new CapitalCheck(inputs.FirstOrderQuantity, Shown(investment), new(policy.MaxInvestmentPerSku.Amount, currency),
            investment > policy.MaxInvestmentPerSku.Amount, inputs.LeadTimeDays, inputs.TransitDays, daysToSell, inputs.DaysToSell is null,
            inputs.LeadTimeDays + inputs.TransitDays + daysToSell);

        return new ProfitEstimate(inputs, fulfilment, perUnit, capital, policy.MinMarginPercent,
            marginPercent < policy.MinMarginPercent);
    }

    /// <summary>
    /// Size tier from the sides (longest, median, shortest) and the unit weight; billable weight = the greater of unit
    /// and dimensional weight, except small standard (unit weight); the band that billable weight falls in, in the
    /// price's column, plus the per-pound charge for every pound or part of a pound above the band's lower bound.
    /// </summary>
    public static FulfilmentFeeEstimate FulfilmentFee(UnitSize size, decimal price, FulfilmentFeeTable table) =>
        Fulfilment(size, price, table).Shown;

    /// <summary>The fee as shown, and the unrounded fee the margin is computed from (the table may hold fractions of a cent).</summary>
    private static (FulfilmentFeeEstimate Shown, decimal Fee) Fulfilment(UnitSize size, decimal price, FulfilmentFeeTable table)
    {
        var sides = new[] { size.LengthIn, size.WidthIn, size.HeightIn }.OrderDescending().ToArray();
        var (longest, median, shortest) = (sides[0], sides[1], sides[2]);
        var tier = table.LimitsSmallestFirst()
            .FirstOrDefault(t => longest <= t.LongestIn && median <= t.MedianIn && shortest <= t.ShortestIn && size.WeightLb <= t.WeightLb)
            ?.Tier ?? SizeTier.ExtraLarge;

        // Unrounded: rounding 139.139 / 139 = 1.001 lb to 1.00 would charge the band up to 1 lb.
        var dimensionalWeight = longest * median * shortest / table.DimensionalWeightDivisor;
        var billableWeight = tier == SizeTier.SmallStandard ? size.WeightLb : Math.Max(size.WeightLb, dimensionalWeight);

        var bands = table.BandsOf(tier);
        var index = bands.Select((band, i) => (band, i)).First(b => b.band.UpToLb is null || billableWeight <= b.band.UpToLb).i;
        var band = bands[index];
        var from = index == 0 ? 0 : bands[index - 1].UpToLb!.Value;
        var priceBand = table.PriceBandOf(price);
        var poundsAbove = band.FeePerLbAbove > 0 ? (int)Math.Ceiling(billableWeight - from) : 0;
        var bandFee = band.FeeFor(priceBand);
        var fee = bandFee + band.FeePerLbAbove * poundsAbove;

        return (new FulfilmentFeeEstimate(tier, longest, median, shortest, size.WeightLb, table.DimensionalWeightDivisor, dimensionalWeight,
            billableWeight, priceBand, from, band.UpToLb, new(bandFee, table.Currency), new(band.FeePerLbAbove, table.Currency), poundsAbove,
            new(Round(fee), table.Currency)), fee);
    }

    /// <summary>Days for the first order to sell at the expected monthly rate, a month being <see cref="DaysPerMonth"/> days; part days count whole.</summary>
    private static int DerivedDaysToSell(int firstOrderQuantity, int expectedMonthlyUnits) =>
        (int)Math.Ceiling(firstOrderQuantity * (decimal)DaysPerMonth / expectedMonthlyUnits);
}
