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

    /// <summary>By the exact definitions of the inch and the pound; each value rounded to 2 decimals, half away from zero.</summary>
    public UnitSize ToInchesAndPounds() => UnitSystem == UnitSystem.Metric
        ? new(ProfitCalculator.Round(Length / CentimetresPerInch), ProfitCalculator.Round(Width / CentimetresPerInch),
            ProfitCalculator.Round(Height / CentimetresPerInch), ProfitCalculator.Round(Weight / KilogramsPerPound))
        : new(ProfitCalculator.Round(Length), ProfitCalculator.Round(Width), ProfitCalculator.Round(Height), ProfitCalculator.Round(Weight));
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
}

/// <summary>How the fulfilment fee was found: tier, weights, band and fee, so a person can follow the table.</summary>
public sealed record FulfilmentFeeEstimate(
    SizeTier SizeTier, decimal LongestIn, decimal MedianIn, decimal ShortestIn, decimal UnitWeightLb, decimal DimensionalWeightDivisor,
    decimal DimensionalWeightLb, decimal BillableWeightLb, PriceBand PriceBand, decimal BandFromLb, decimal? BandUpToLb, decimal BandFee,
    decimal FeePerLbAbove, int PoundsAbove, decimal Fee);

/// <summary>One unit at the target price: every cost, the margin and the return.</summary>
public sealed record UnitEconomics(
    decimal TargetPrice, decimal UnitCost, decimal ShippingPerUnit, decimal LandedCost, decimal ReferralFeePercent, decimal ReferralFee,
    decimal FulfilmentFee, decimal ExpectedAcosPercent, decimal AdCost, decimal TotalCost, decimal Margin, decimal MarginPercent,
    decimal RoiPercent);

/// <summary>The capital check (seed 002): what the first order ties up, and for how long.</summary>
public sealed record CapitalCheck(
    int FirstOrderQuantity, decimal Investment, decimal MaxInvestmentPerSku, bool OverMaxInvestment, int LeadTimeDays, int TransitDays,
    int DaysToSell, bool DaysToSellDerived, int CashTurnoverDays);

/// <summary>
/// A profit estimate with its inputs and every intermediate value. Amounts are in <see cref="Currency"/>; percentages
/// are percent (25 = 25 %).
/// </summary>
public sealed record ProfitEstimate(
    ProfitInputs Inputs, string Currency, FulfilmentFeeEstimate Fulfilment, UnitEconomics PerUnit, CapitalCheck Capital,
    decimal MinMarginPercent, bool MarginBelowMinimum);

/// <summary>
/// The arithmetic of selection.md, "Profit estimate", and nothing else: a pure function of inputs and settings.
/// Rounding: every amount (each fee, the landed cost, the total, the margin, the investment) to 2 decimals, half away
/// from zero, as soon as it is computed, so the figures shown add up exactly; percentages to 2 decimals the same way;
/// dimensional and billable weight to 2 decimals of a pound. Inputs must all be in the fee table's currency.
/// </summary>
public static class ProfitCalculator
{
    /// <summary>A month of sales, when days to sell are derived from expected monthly units.</summary>
    public const int DaysPerMonth = 30;

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static ProfitEstimate Estimate(ProfitInputs inputs, SelectionSettings policy)
    {
        var price = inputs.TargetPrice.Amount;
        var fulfilment = FulfilmentFee(inputs.Size, price, policy.FulfilmentFees);

        var landedCost = Round(inputs.UnitCost.Amount + inputs.ShippingPerUnit.Amount);
        var referralFee = Round(price * policy.ReferralFeePercent / 100m);
        var adCost = Round(price * policy.ExpectedAcosPercent / 100m);
        var totalCost = landedCost + referralFee + fulfilment.Fee + adCost;
        var margin = Round(price - totalCost);
        var marginPercent = Percent(margin, price);
        var perUnit = new UnitEconomics(price, inputs.UnitCost.Amount, inputs.ShippingPerUnit.Amount, landedCost, policy.ReferralFeePercent,
            referralFee, fulfilment.Fee, policy.ExpectedAcosPercent, adCost, totalCost, margin, marginPercent, Percent(margin, landedCost));

        var investment = Round(landedCost * inputs.FirstOrderQuantity);
        var daysToSell = inputs.DaysToSell ?? DerivedDaysToSell(inputs.FirstOrderQuantity, inputs.ExpectedMonthlyUnits);
        var capital = new CapitalCheck(inputs.FirstOrderQuantity, investment, policy.MaxInvestmentPerSku.Amount,
            investment > policy.MaxInvestmentPerSku.Amount, inputs.LeadTimeDays, inputs.TransitDays, daysToSell, inputs.DaysToSell is null,
            inputs.LeadTimeDays + inputs.TransitDays + daysToSell);

        return new ProfitEstimate(inputs, policy.FulfilmentFees.Currency, fulfilment, perUnit, capital, policy.MinMarginPercent,
            marginPercent < policy.MinMarginPercent);
    }

    /// <summary>
    /// Size tier from the sides (longest, median, shortest) and the unit weight; billable weight = the greater of unit
    /// and dimensional weight, except small standard (unit weight); the band that billable weight falls in, in the
    /// price's column, plus the per-pound charge above the band's lower bound.
    /// </summary>
    public static FulfilmentFeeEstimate FulfilmentFee(UnitSize size, decimal price, FulfilmentFeeTable table)
    {
        var sides = new[] { size.LengthIn, size.WidthIn, size.HeightIn }.OrderDescending().ToArray();
        var (longest, median, shortest) = (sides[0], sides[1], sides[2]);
        var tier = table.LimitsSmallestFirst()
            .FirstOrDefault(t => longest <= t.LongestIn && median <= t.MedianIn && shortest <= t.ShortestIn && size.WeightLb <= t.WeightLb)
            ?.Tier ?? SizeTier.ExtraLarge;

        var dimensionalWeight = Round(longest * median * shortest / table.DimensionalWeightDivisor);
        var billableWeight = tier == SizeTier.SmallStandard ? size.WeightLb : Math.Max(size.WeightLb, dimensionalWeight);

        var bands = table.BandsOf(tier);
        var index = bands.Select((band, i) => (band, i)).First(b => b.band.UpToLb is null || billableWeight <= b.band.UpToLb).i;
        var band = bands[index];
        var from = index == 0 ? 0 : bands[index - 1].UpToLb!.Value;
        var priceBand = table.PriceBandOf(price);
        var poundsAbove = band.FeePerLbAbove > 0 ? (int)Math.Ceiling(billableWeight - from) : 0;
        var bandFee = band.FeeFor(priceBand);

        return new FulfilmentFeeEstimate(tier, longest, median, shortest, size.WeightLb, table.DimensionalWeightDivisor, dimensionalWeight,
            billableWeight, priceBand, from, band.UpToLb, bandFee, band.FeePerLbAbove, poundsAbove, Round(bandFee + band.FeePerLbAbove * poundsAbove));
    }

    /// <summary>Days for the first order to sell at the expected monthly rate, a month being <see cref="DaysPerMonth"/> days; part days count whole.</summary>
    private static int DerivedDaysToSell(int firstOrderQuantity, int expectedMonthlyUnits) =>
        (int)Math.Ceiling(firstOrderQuantity * (decimal)DaysPerMonth / expectedMonthlyUnits);

    private static decimal Percent(decimal part, decimal whole) => Round(part * 100m / whole);
}
