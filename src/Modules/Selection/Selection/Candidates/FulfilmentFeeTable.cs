using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Selection.Candidates;

/// <summary>Amazon-style size tiers, smallest first; a unit falls in the first tier whose limits it fits.</summary>
public enum SizeTier { SmallStandard, LargeStandard, LargeBulky, ExtraLarge }

/// <summary>Which fee column applies: a price below the low-price line, above the high-price line, or in between.</summary>
public enum PriceBand { Low, Standard, High }

/// <summary>
/// The largest unit a tier takes, all limits inclusive: its longest, median and shortest side in inches and its unit
/// weight in pounds. Extra-large has no limits: it is everything beyond large bulky.
/// </summary>
public sealed record SizeTierLimit(SizeTier Tier, decimal LongestIn, decimal MedianIn, decimal ShortestIn, decimal WeightLb);

/// <summary>
/// One weight band of a tier: billable weights above the previous band's <see cref="UpToLb"/> (0 for a tier's first
/// band) up to and including <see cref="UpToLb"/> (null: no upper bound; every tier ends with one). The fee is the
/// column for the price band, plus <see cref="FeePerLbAbove"/> for every pound or part of a pound above the band's
/// lower bound.
/// </summary>
public sealed record FulfilmentFeeBand(
    SizeTier Tier, decimal? UpToLb, decimal LowPriceFee, decimal StandardFee, decimal HighPriceFee, decimal FeePerLbAbove = 0)
{
    public decimal FeeFor(PriceBand band) => band switch
    {
        PriceBand.Low => LowPriceFee,
        PriceBand.High => HighPriceFee,
        _ => StandardFee,
    };
}

/// <summary>
/// The fulfilment fee table of the profit estimate (selection.md, "Profit estimate"), a setting so a seller can type in
/// the current rate card without a release. The default is a simplified Amazon US FBA table (non-apparel, 2025 shape):
/// the spec's tier limits, dimensional weight L × W × H / 139, price bands under USD 10 and over USD 50.
/// </summary>
public sealed record FulfilmentFeeTable
{
    /// <summary>The currency of every fee, and so of the prices and costs the table can estimate.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Dimensional weight in pounds = length × width × height in inches / this divisor.</summary>
    public decimal DimensionalWeightDivisor { get; init; } = 139;

    /// <summary>Prices below this take the low-price column.</summary>
    public decimal LowPriceBelow { get; init; } = 10;

    /// <summary>Prices above this take the high-price column.</summary>
    public decimal HighPriceAbove { get; init; } = 50;

    /// <summary>Small standard, large standard and large bulky, once each.</summary>
    public IReadOnlyList<SizeTierLimit> SizeTiers { get; init; } =
    [
        new(SizeTier.SmallStandard, 15, 12, 0.75m, 1),
        new(SizeTier.LargeStandard, 18, 14, 8, 20),
        new(SizeTier.LargeBulky, 59, 33, 33, 50),
    ];

    public IReadOnlyList<FulfilmentFeeBand> Bands { get; init; } =
    [
        new(SizeTier.SmallStandard, 0.25m, 2.29m, 3.06m, 3.32m),
        new(SizeTier.SmallStandard, 0.5m, 2.38m, 3.15m, 3.41m),
        new(SizeTier.SmallStandard, 0.75m, 2.47m, 3.24m, 3.50m),
        new(SizeTier.SmallStandard, null, 2.56m, 3.33m, 3.59m),
        new(SizeTier.LargeStandard, 0.25m, 2.91m, 3.68m, 3.94m),
        new(SizeTier.LargeStandard, 0.5m, 3.13m, 3.90m, 4.16m),
        new(SizeTier.LargeStandard, 0.75m, 3.38m, 4.15m, 4.41m),
        new(SizeTier.LargeStandard, 1, 3.78m, 4.55m, 4.81m),
        new(SizeTier.LargeStandard, 1.5m, 4.40m, 5.17m, 5.43m),
        new(SizeTier.LargeStandard, 2, 4.87m, 5.64m, 5.90m),
        new(SizeTier.LargeStandard, 2.5m, 5.19m, 5.96m, 6.22m),
        new(SizeTier.LargeStandard, 3, 5.65m, 6.42m, 6.68m),
        new(SizeTier.LargeStandard, null, 6.15m, 6.92m, 7.18m, 0.64m),
        new(SizeTier.LargeBulky, 1, 9.61m, 9.61m, 9.61m),
        new(SizeTier.LargeBulky, null, 9.61m, 9.61m, 9.61m, 0.38m),
        new(SizeTier.ExtraLarge, 1, 26.33m, 26.33m, 26.33m),
        new(SizeTier.ExtraLarge, 50, 26.33m, 26.33m, 26.33m, 0.38m),
        new(SizeTier.ExtraLarge, 70, 40.12m, 40.12m, 40.12m, 0.75m),
        new(SizeTier.ExtraLarge, 150, 54.81m, 54.81m, 54.81m, 0.75m),
        new(SizeTier.ExtraLarge, null, 194.95m, 194.95m, 194.95m, 0.19m),
    ];

    /// <summary>The tiers whose limits a unit can be checked against, smallest first.</summary>
    public IEnumerable<SizeTierLimit> LimitsSmallestFirst() => SizeTiers.OrderBy(t => t.Tier);

    /// <summary>A tier's bands as listed: lightest first, the open band last (the validator insists).</summary>
    public IReadOnlyList<FulfilmentFeeBand> BandsOf(SizeTier tier) => [.. Bands.Where(b => b.Tier == tier)];

    public PriceBand PriceBandOf(decimal price) =>
        price < LowPriceBelow ? PriceBand.Low : price > HighPriceAbove ? PriceBand.High : PriceBand.Standard;

    // Value equality for the lists too, so settings read back compare equal to the settings written.
    public bool Equals(FulfilmentFeeTable? other) =>
        other is not null && Currency == other.Currency && DimensionalWeightDivisor == other.DimensionalWeightDivisor
        && LowPriceBelow == other.LowPriceBelow && HighPriceAbove == other.HighPriceAbove
        && SizeTiers.SequenceEqual(other.SizeTiers) && Bands.SequenceEqual(other.Bands);

    public override int GetHashCode() => HashCode.Combine(Currency, DimensionalWeightDivisor, LowPriceBelow, HighPriceAbove, SizeTiers.Count, Bands.Count);
}

/// <summary>A table every unit finds exactly one fee in: the three bounded tiers once each, nested, and every tier's bands ascending to an open band.</summary>
public sealed class FulfilmentFeeTableValidator : AbstractValidator<FulfilmentFeeTable>
{
    private static readonly SizeTier[] BoundedTiers = [SizeTier.SmallStandard, SizeTier.LargeStandard, SizeTier.LargeBulky];

    public FulfilmentFeeTableValidator()
    {
        RuleFor(t => t.Currency).NotEmpty().Matches("^[A-Z]{3}$");
        RuleFor(t => t.DimensionalWeightDivisor).GreaterThan(0);
        RuleFor(t => t.LowPriceBelow).GreaterThan(0);
        RuleFor(t => t.HighPriceAbove).GreaterThan(t => t.LowPriceBelow);

        RuleFor(t => t.SizeTiers).Cascade(CascadeMode.Stop).NotNull()
            .Must(tiers => tiers.Select(t => t.Tier).Order().SequenceEqual(BoundedTiers))
            .WithMessage(_ => Bilingual.Pick("Give the limits of small standard, large standard and large bulky, once each.",
                "须分别给出小号标准、大号标准、大号大件的尺寸上限，各一次。"))
            .Must(BeNested)
            .WithMessage(_ => Bilingual.Pick("Each tier's limits must be at least those of the tier below it.",
                "每个尺寸分段的上限不得小于下一级分段。"));
        RuleFor(t => t.SizeTiers).MaximumCount(BoundedTiers.Length);
        RuleForEach(t => t.SizeTiers).ChildRules(limit =>
        {
            limit.RuleFor(l => l.LongestIn).GreaterThan(0);
            limit.RuleFor(l => l.MedianIn).GreaterThan(0);
            limit.RuleFor(l => l.ShortestIn).GreaterThan(0);
            limit.RuleFor(l => l.WeightLb).GreaterThan(0);
        });

        RuleFor(t => t.Bands).Cascade(CascadeMode.Stop).NotNull()
            .Must(bands => Enum.GetValues<SizeTier>().All(tier => EndsOpenAndAscends([.. bands.Where(b => b.Tier == tier)])))
            .WithMessage(_ => Bilingual.Pick(
                "Every size tier needs weight bands in ascending upToLb order, ending with exactly one open band (upToLb null).",
                "每个尺寸分段都须有按 upToLb 递增的重量段，并以唯一一个不设上限的重量段（upToLb 为 null）结尾。"));
        RuleFor(t => t.Bands).MaximumCount(100);
        RuleForEach(t => t.Bands).ChildRules(band =>
        {
            band.RuleFor(b => b.Tier).IsInEnum();
            band.RuleFor(b => b.UpToLb).GreaterThan(0);
            band.RuleFor(b => b.LowPriceFee).GreaterThanOrEqualTo(0);
            band.RuleFor(b => b.StandardFee).GreaterThanOrEqualTo(0);
            band.RuleFor(b => b.HighPriceFee).GreaterThanOrEqualTo(0);
            band.RuleFor(b => b.FeePerLbAbove).GreaterThanOrEqualTo(0);
        });
    }

    private static bool BeNested(IReadOnlyList<SizeTierLimit> tiers)
    {
        var ordered = tiers.OrderBy(t => t.Tier).ToList();
        return ordered.Zip(ordered.Skip(1)).All(pair => pair.Second.LongestIn >= pair.First.LongestIn
            && pair.Second.MedianIn >= pair.First.MedianIn && pair.Second.ShortestIn >= pair.First.ShortestIn
            && pair.Second.WeightLb >= pair.First.WeightLb);
    }

    /// <summary>As listed: bounded bands strictly ascending, then the one open band, last.</summary>
    private static bool EndsOpenAndAscends(IReadOnlyList<FulfilmentFeeBand> bands)
    {
        if (bands.Count == 0 || bands[^1].UpToLb is not null) return false;
        var bounded = bands.Take(bands.Count - 1).Select(b => b.UpToLb).ToList();
        return bounded.All(b => b is not null) && bounded.Zip(bounded.Skip(1)).All(pair => pair.Second > pair.First);
    }
}
