using Ops.Selection;
using Ops.Selection.Candidates;

using Ops.Shared;

namespace Selection.Tests.Candidates;

/// <summary>
/// The arithmetic alone, against figures worked out by hand from selection.md and the default fee table. No host.
/// Sizes and weights are exact; amounts and percentages are computed exactly and rounded only where shown.
/// </summary>
public sealed class ProfitCalculatorTests
{
    private static readonly SelectionSettings Defaults = new();
    private static readonly FulfilmentFeeTable Table = Defaults.FulfilmentFees;

    private static Money Usd(decimal amount) => new(amount, "USD");

    private static ProfitInputs Inputs(decimal price = 29.99m, decimal unitCost = 5.00m, decimal shipping = 1.20m, UnitSize? size = null,
        int monthly = 300, int firstOrder = 500, int? daysToSell = null) =>
        new(Usd(price), Usd(unitCost), Usd(shipping), size ?? new UnitSize(10, 6, 3, 1.2m), monthly, firstOrder, daysToSell, 30, 20);

    [Fact]
    public void the_estimate_shows_every_step_of_the_arithmetic()
    {
        var estimate = ProfitCalculator.Estimate(Inputs(), Defaults);

        // 10 × 6 × 3 in, 1.2 lb: large standard; 180 / 139 = 1.2949… lb dimensional, unrounded, is billable; band 1–1.5 lb at
        // $10–50: 5.17.
        estimate.Fulfilment.ShouldBe(new FulfilmentFeeEstimate(SizeTier.LargeStandard, 10, 6, 3, 1.2m, 139, 180m / 139, 180m / 139,
            PriceBand.Standard, 1, 1.5m, Usd(5.17m), Usd(0), 0, Usd(5.17m)));
        // referral 29.99 × 15 % = 4.4985 (shown 4.50); ad 29.99 × 10 % = 2.999 (shown 3.00); landed 5.00 + 1.20 = 6.20;
        // total 6.20 + 4.4985 + 5.17 + 2.999 = 18.8675 (shown 18.87); margin 29.99 − 18.8675 = 11.1225 (shown 11.12);
        // margin % 11.1225 / 29.99 = 37.0873… → 37.09 (from the rounded margin, 11.12 / 29.99 = 37.0790… would say 37.08);
        // ROI 11.1225 / 6.20 = 179.3951… → 179.40 (11.12 / 6.20 = 179.3548… would say 179.35).
        estimate.PerUnit.ShouldBe(new UnitEconomics(Usd(29.99m), Usd(5.00m), Usd(1.20m), Usd(6.20m), 15, Usd(4.50m), Usd(5.17m), 10, Usd(3.00m), Usd(18.87m),
            Usd(11.12m), 37.09m, 179.40m));
        // 6.20 × 500 = 3,100; 500 units at 300 a month sell in 50 days; 20 + 30 + 50 = 100 days.
        estimate.Capital.ShouldBe(new CapitalCheck(500, Usd(3100.00m), Usd(30_000m), false, 20, 30, 50, true, 100));
        (estimate.MinMarginPercent, estimate.MarginBelowMinimum).ShouldBe((25m, false));
        estimate.Inputs.ShouldBe(Inputs());
    }

    [Fact]
    public void amounts_are_computed_exactly_and_rounded_half_away_from_zero_only_where_shown()
    {
        // Small standard 6 × 4 × 0.5 in, 0.3 lb at 10.25: band 0.25–0.5 lb, $10–50 column: 3.15.
        var estimate = ProfitCalculator.Estimate(Inputs(10.25m, 2.00m, 0.50m, new UnitSize(6, 4, 0.5m, 0.3m)), Defaults);

        // ad 10.25 × 10 % = 1.025 → 1.03 (banker's rounding would say 1.02); referral 1.5375 → 1.54.
        estimate.PerUnit.AdCost.ShouldBe(Usd(1.03m));
        estimate.PerUnit.ReferralFee.ShouldBe(Usd(1.54m));
        // total 2.50 + 1.5375 + 3.15 + 1.025 = 8.2125 → 8.21 (the shown parts add up to 8.22: each figure is the exact one,
        // rounded); margin 10.25 − 8.2125 = 2.0375 → 2.04; 2.0375 / 10.25 = 19.878… %; ROI 2.0375 / 2.50 = 81.5 %.
        (estimate.PerUnit.TotalCost, estimate.PerUnit.Margin, estimate.PerUnit.MarginPercent, estimate.PerUnit.RoiPercent)
            .ShouldBe((Usd(8.21m), Usd(2.04m), 19.88m, 81.50m));
        estimate.MarginBelowMinimum.ShouldBeTrue();
    }

    [Fact]
    public void the_investment_is_the_exact_landed_cost_times_the_first_order()
    {
        // landed 4.1667 + 1.20 = 5.3667 (shown 5.37); × 5,590 = 29,999.853 → 29,999.85, within 30,000. From the shown landed
        // cost, 5.37 × 5,590 = 30,018.30 would be flagged.
        var capital = ProfitCalculator.Estimate(Inputs(unitCost: 4.1667m, firstOrder: 5590), Defaults).Capital;

        (capital.Investment, capital.OverMaxInvestment).ShouldBe((Usd(29_999.85m), false));
    }

    [Theory]
    [InlineData(6.94, 25.00, false)] // 20.00 − (6.94 + 3.00 + 3.06 + 2.00) = 5.00: exactly the minimum passes
    [InlineData(6.95, 24.95, true)]
    [InlineData(6.9409, 25.00, true)] // margin 4.9991 / 20 = 24.9955 %: shown 25.00 %, but below 25 %
    [InlineData(6.9391, 25.00, false)] // margin 5.0009 / 20 = 25.0045 %: shown 25.00 %, at least 25 %
    public void a_margin_is_below_the_minimum_only_when_it_is_lower(decimal unitCost, decimal marginPercent, bool below)
    {
        var estimate = ProfitCalculator.Estimate(Inputs(20.00m, unitCost, 0, new UnitSize(6, 4, 0.5m, 0.2m)), Defaults);

        (estimate.PerUnit.MarginPercent, estimate.MarginBelowMinimum).ShouldBe((marginPercent, below));
    }

    /// <summary>
    /// Every limit of the default table's tiers (selection.md: small standard ≤ 15 × 12 × 0.75 in and ≤ 16 oz, large
    /// standard ≤ 18 × 14 × 8 in and ≤ 20 lb, large bulky ≤ 59 × 33 × 33 in and ≤ 50 lb; this table has no girth limit),
    /// one at a time: just below (−0.001 in or lb; −0.001 cm or −0.0001 kg), at, and just above, entered in inches and
    /// pounds and in centimetres and kilograms (the other measures their exact metric equivalents). Price 20.00: the
    /// $10–50 column. Each row's fee is worked out by hand from <see cref="FulfilmentFeeTable"/>'s defaults; a metric row
    /// shows its inches and pounds in brackets.
    /// </summary>
    public static readonly TheoryData<UnitSystem, decimal, decimal, decimal, decimal, SizeTier, decimal> SizeTierLimits = new()
    {
        { UnitSystem.Imperial, 14.999m, 12m, 0.75m, 0.2m, SizeTier.SmallStandard, 3.06m }, // small standard longest 15 in, just below: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 15m, 12m, 0.75m, 0.2m, SizeTier.SmallStandard, 3.06m }, // at every small standard side limit (15, 12, 0.75 in): small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 15.001m, 12m, 0.75m, 0.2m, SizeTier.LargeStandard, 4.55m }, // small standard longest 15 in, just above: large standard; dim 15.001×12×0.75/139 = 0.9713…; billable 0.9713… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 38.099m, 30.48m, 1.905m, 0.090718474m, SizeTier.SmallStandard, 3.06m }, // small standard longest 15 in, just below [14.9996… × 12 × 0.75 in, 0.2 lb]: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 38.1m, 30.48m, 1.905m, 0.090718474m, SizeTier.SmallStandard, 3.06m }, // at every small standard side limit (15, 12, 0.75 in) [15 × 12 × 0.75 in, 0.2 lb]: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 38.101m, 30.48m, 1.905m, 0.090718474m, SizeTier.LargeStandard, 4.55m }, // small standard longest 15 in, just above [15.0004… × 12 × 0.75 in, 0.2 lb]: large standard; dim 15.0004…×12×0.75/139 = 0.9712…; billable 0.9712… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 15m, 11.999m, 0.75m, 0.2m, SizeTier.SmallStandard, 3.06m }, // small standard median 12 in, just below: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 15m, 12.001m, 0.75m, 0.2m, SizeTier.LargeStandard, 4.55m }, // small standard median 12 in, just above: large standard; dim 15×12.001×0.75/139 = 0.9713…; billable 0.9713… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 38.1m, 30.479m, 1.905m, 0.090718474m, SizeTier.SmallStandard, 3.06m }, // small standard median 12 in, just below [15 × 11.9996… × 0.75 in, 0.2 lb]: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 38.1m, 30.481m, 1.905m, 0.090718474m, SizeTier.LargeStandard, 4.55m }, // small standard median 12 in, just above [15 × 12.0004… × 0.75 in, 0.2 lb]: large standard; dim 15×12.0004…×0.75/139 = 0.9713…; billable 0.9713… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 15m, 12m, 0.749m, 0.2m, SizeTier.SmallStandard, 3.06m }, // small standard shortest 0.75 in, just below: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 15m, 12m, 0.751m, 0.2m, SizeTier.LargeStandard, 4.55m }, // small standard shortest 0.75 in, just above: large standard; dim 15×12×0.751/139 = 0.9725…; billable 0.9725… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 38.1m, 30.48m, 1.904m, 0.090718474m, SizeTier.SmallStandard, 3.06m }, // small standard shortest 0.75 in, just below [15 × 12 × 0.7496… in, 0.2 lb]: small standard; unit 0.2 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 38.1m, 30.48m, 1.906m, 0.090718474m, SizeTier.LargeStandard, 4.55m }, // small standard shortest 0.75 in, just above [15 × 12 × 0.7504… in, 0.2 lb]: large standard; dim 15×12×0.7504…/139 = 0.9717…; billable 0.9717… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.999m, SizeTier.SmallStandard, 3.33m }, // small standard weight 1 lb (16 oz), just below: small standard; unit 0.999 lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 1m, SizeTier.SmallStandard, 3.33m }, // small standard weight 1 lb (16 oz), at: small standard; unit 1 lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 1.001m, SizeTier.LargeStandard, 5.17m }, // small standard weight 1 lb (16 oz), just above: large standard; dim 6×4×0.5/139 = 0.0863…; billable 1.001 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.45349237m, SizeTier.SmallStandard, 3.33m }, // small standard weight 1 lb (16 oz), just below [6 × 4 × 0.5 in, 0.9998… lb]: small standard; unit 0.9998… lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.45359237m, SizeTier.SmallStandard, 3.33m }, // small standard weight 1 lb (16 oz), at [6 × 4 × 0.5 in, 1 lb]: small standard; unit 1 lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.45369237m, SizeTier.LargeStandard, 5.17m }, // small standard weight 1 lb (16 oz), just above [6 × 4 × 0.5 in, 1.0002… lb]: large standard; dim 6×4×0.5/139 = 0.0863…; billable 1.0002… lb; band 1–1.5 lb: 5.17
        { UnitSystem.Imperial, 17.999m, 14m, 8m, 2m, SizeTier.LargeStandard, 14.60m }, // large standard longest 18 in, just below: large standard; dim 17.999×14×8/139 = 14.5028…; billable 14.5028… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5028… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Imperial, 18m, 14m, 8m, 2m, SizeTier.LargeStandard, 14.60m }, // at every large standard side limit (18, 14, 8 in): large standard; dim 18×14×8/139 = 14.5036…; billable 14.5036… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5036… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Imperial, 18.001m, 14m, 8m, 2m, SizeTier.LargeBulky, 14.93m }, // large standard longest 18 in, just above: large bulky; dim 18.001×14×8/139 = 14.5044…; billable 14.5044… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5044… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Metric, 45.719m, 35.56m, 20.32m, 0.90718474m, SizeTier.LargeStandard, 14.60m }, // large standard longest 18 in, just below [17.9996… × 14 × 8 in, 2 lb]: large standard; dim 17.9996…×14×8/139 = 14.5033…; billable 14.5033… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5033… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Metric, 45.72m, 35.56m, 20.32m, 0.90718474m, SizeTier.LargeStandard, 14.60m }, // at every large standard side limit (18, 14, 8 in) [18 × 14 × 8 in, 2 lb]: large standard; dim 18×14×8/139 = 14.5036…; billable 14.5036… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5036… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Metric, 45.721m, 35.56m, 20.32m, 0.90718474m, SizeTier.LargeBulky, 14.93m }, // large standard longest 18 in, just above [18.0004… × 14 × 8 in, 2 lb]: large bulky; dim 18.0004…×14×8/139 = 14.5039…; billable 14.5039… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5039… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Imperial, 18m, 13.999m, 8m, 2m, SizeTier.LargeStandard, 14.60m }, // large standard median 14 in, just below: large standard; dim 18×13.999×8/139 = 14.5026…; billable 14.5026… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5026… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Imperial, 18m, 14.001m, 8m, 2m, SizeTier.LargeBulky, 14.93m }, // large standard median 14 in, just above: large bulky; dim 18×14.001×8/139 = 14.5046…; billable 14.5046… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5046… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Metric, 45.72m, 35.559m, 20.32m, 0.90718474m, SizeTier.LargeStandard, 14.60m }, // large standard median 14 in, just below [18 × 13.9996… × 8 in, 2 lb]: large standard; dim 18×13.9996…×8/139 = 14.5032…; billable 14.5032… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5032… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Metric, 45.72m, 35.561m, 20.32m, 0.90718474m, SizeTier.LargeBulky, 14.93m }, // large standard median 14 in, just above [18 × 14.0004… × 8 in, 2 lb]: large bulky; dim 18×14.0004…×8/139 = 14.5040…; billable 14.5040… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5040… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Imperial, 18m, 14m, 7.999m, 2m, SizeTier.LargeStandard, 14.60m }, // large standard shortest 8 in, just below: large standard; dim 18×14×7.999/139 = 14.5018…; billable 14.5018… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5018… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Imperial, 18m, 14m, 8.001m, 2m, SizeTier.LargeBulky, 14.93m }, // large standard shortest 8 in, just above: large bulky; dim 18×14×8.001/139 = 14.5054…; billable 14.5054… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5054… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Metric, 45.72m, 35.56m, 20.319m, 0.90718474m, SizeTier.LargeStandard, 14.60m }, // large standard shortest 8 in, just below [18 × 14 × 7.9996… in, 2 lb]: large standard; dim 18×14×7.9996…/139 = 14.5029…; billable 14.5029… lb; band > 3 lb: 6.92 + 0.64 × ⌈14.5029… − 3⌉ = 6.92 + 0.64 × 12 = 14.60
        { UnitSystem.Metric, 45.72m, 35.56m, 20.321m, 0.90718474m, SizeTier.LargeBulky, 14.93m }, // large standard shortest 8 in, just above [18 × 14 × 8.0004… in, 2 lb]: large bulky; dim 18×14×8.0004…/139 = 14.5043…; billable 14.5043… lb; band > 1 lb: 9.61 + 0.38 × ⌈14.5043… − 1⌉ = 9.61 + 0.38 × 14 = 14.93
        { UnitSystem.Imperial, 10m, 6m, 3m, 19.999m, SizeTier.LargeStandard, 17.80m }, // large standard weight 20 lb, just below: large standard; dim 10×6×3/139 = 1.2950…; billable 19.999 lb; band > 3 lb: 6.92 + 0.64 × ⌈19.999 − 3⌉ = 6.92 + 0.64 × 17 = 17.80
        { UnitSystem.Imperial, 10m, 6m, 3m, 20m, SizeTier.LargeStandard, 17.80m }, // large standard weight 20 lb, at: large standard; dim 10×6×3/139 = 1.2950…; billable 20 lb; band > 3 lb: 6.92 + 0.64 × ⌈20 − 3⌉ = 6.92 + 0.64 × 17 = 17.80
        { UnitSystem.Imperial, 10m, 6m, 3m, 20.001m, SizeTier.LargeBulky, 17.21m }, // large standard weight 20 lb, just above: large bulky; dim 10×6×3/139 = 1.2950…; billable 20.001 lb; band > 1 lb: 9.61 + 0.38 × ⌈20.001 − 1⌉ = 9.61 + 0.38 × 20 = 17.21
        { UnitSystem.Metric, 25.4m, 15.24m, 7.62m, 9.0717474m, SizeTier.LargeStandard, 17.80m }, // large standard weight 20 lb, just below [10 × 6 × 3 in, 19.9998… lb]: large standard; dim 10×6×3/139 = 1.2950…; billable 19.9998… lb; band > 3 lb: 6.92 + 0.64 × ⌈19.9998… − 3⌉ = 6.92 + 0.64 × 17 = 17.80
        { UnitSystem.Metric, 25.4m, 15.24m, 7.62m, 9.0718474m, SizeTier.LargeStandard, 17.80m }, // large standard weight 20 lb, at [10 × 6 × 3 in, 20 lb]: large standard; dim 10×6×3/139 = 1.2950…; billable 20 lb; band > 3 lb: 6.92 + 0.64 × ⌈20 − 3⌉ = 6.92 + 0.64 × 17 = 17.80
        { UnitSystem.Metric, 25.4m, 15.24m, 7.62m, 9.0719474m, SizeTier.LargeBulky, 17.21m }, // large standard weight 20 lb, just above [10 × 6 × 3 in, 20.0002… lb]: large bulky; dim 10×6×3/139 = 1.2950…; billable 20.0002… lb; band > 1 lb: 9.61 + 0.38 × ⌈20.0002… − 1⌉ = 9.61 + 0.38 × 20 = 17.21
        { UnitSystem.Imperial, 58.999m, 10m, 10m, 2m, SizeTier.LargeBulky, 25.57m }, // large bulky longest 59 in, just below: large bulky; dim 58.999×10×10/139 = 42.4453…; billable 42.4453… lb; band > 1 lb: 9.61 + 0.38 × ⌈42.4453… − 1⌉ = 9.61 + 0.38 × 42 = 25.57
        { UnitSystem.Imperial, 59m, 10m, 10m, 2m, SizeTier.LargeBulky, 25.57m }, // large bulky longest 59 in, at: large bulky; dim 59×10×10/139 = 42.4460…; billable 42.4460… lb; band > 1 lb: 9.61 + 0.38 × ⌈42.4460… − 1⌉ = 9.61 + 0.38 × 42 = 25.57
        { UnitSystem.Imperial, 59.001m, 10m, 10m, 2m, SizeTier.ExtraLarge, 42.29m }, // large bulky longest 59 in, just above: extra-large; dim 59.001×10×10/139 = 42.4468…; billable 42.4468… lb; band 1–50 lb: 26.33 + 0.38 × ⌈42.4468… − 1⌉ = 26.33 + 0.38 × 42 = 42.29
        { UnitSystem.Metric, 149.859m, 25.4m, 25.4m, 0.90718474m, SizeTier.LargeBulky, 25.57m }, // large bulky longest 59 in, just below [58.9996… × 10 × 10 in, 2 lb]: large bulky; dim 58.9996…×10×10/139 = 42.4458…; billable 42.4458… lb; band > 1 lb: 9.61 + 0.38 × ⌈42.4458… − 1⌉ = 9.61 + 0.38 × 42 = 25.57
        { UnitSystem.Metric, 149.86m, 25.4m, 25.4m, 0.90718474m, SizeTier.LargeBulky, 25.57m }, // large bulky longest 59 in, at [59 × 10 × 10 in, 2 lb]: large bulky; dim 59×10×10/139 = 42.4460…; billable 42.4460… lb; band > 1 lb: 9.61 + 0.38 × ⌈42.4460… − 1⌉ = 9.61 + 0.38 × 42 = 25.57
        { UnitSystem.Metric, 149.861m, 25.4m, 25.4m, 0.90718474m, SizeTier.ExtraLarge, 42.29m }, // large bulky longest 59 in, just above [59.0004… × 10 × 10 in, 2 lb]: extra-large; dim 59.0004…×10×10/139 = 42.4463…; billable 42.4463… lb; band 1–50 lb: 26.33 + 0.38 × ⌈42.4463… − 1⌉ = 26.33 + 0.38 × 42 = 42.29
        { UnitSystem.Imperial, 40m, 32.999m, 10m, 2m, SizeTier.LargeBulky, 45.33m }, // large bulky median 33 in, just below: large bulky; dim 40×32.999×10/139 = 94.9612…; billable 94.9612… lb; band > 1 lb: 9.61 + 0.38 × ⌈94.9612… − 1⌉ = 9.61 + 0.38 × 94 = 45.33
        { UnitSystem.Imperial, 40m, 33m, 10m, 2m, SizeTier.LargeBulky, 45.33m }, // large bulky median 33 in, at: large bulky; dim 40×33×10/139 = 94.9640…; billable 94.9640… lb; band > 1 lb: 9.61 + 0.38 × ⌈94.9640… − 1⌉ = 9.61 + 0.38 × 94 = 45.33
        { UnitSystem.Imperial, 40m, 33.001m, 10m, 2m, SizeTier.ExtraLarge, 73.56m }, // large bulky median 33 in, just above: extra-large; dim 40×33.001×10/139 = 94.9669…; billable 94.9669… lb; band 70–150 lb: 54.81 + 0.75 × ⌈94.9669… − 70⌉ = 54.81 + 0.75 × 25 = 73.56
        { UnitSystem.Metric, 101.6m, 83.819m, 25.4m, 0.90718474m, SizeTier.LargeBulky, 45.33m }, // large bulky median 33 in, just below [40 × 32.9996… × 10 in, 2 lb]: large bulky; dim 40×32.9996…×10/139 = 94.9629…; billable 94.9629… lb; band > 1 lb: 9.61 + 0.38 × ⌈94.9629… − 1⌉ = 9.61 + 0.38 × 94 = 45.33
        { UnitSystem.Metric, 101.6m, 83.82m, 25.4m, 0.90718474m, SizeTier.LargeBulky, 45.33m }, // large bulky median 33 in, at [40 × 33 × 10 in, 2 lb]: large bulky; dim 40×33×10/139 = 94.9640…; billable 94.9640… lb; band > 1 lb: 9.61 + 0.38 × ⌈94.9640… − 1⌉ = 9.61 + 0.38 × 94 = 45.33
        { UnitSystem.Metric, 101.6m, 83.821m, 25.4m, 0.90718474m, SizeTier.ExtraLarge, 73.56m }, // large bulky median 33 in, just above [40 × 33.0004… × 10 in, 2 lb]: extra-large; dim 40×33.0004…×10/139 = 94.9652…; billable 94.9652… lb; band 70–150 lb: 54.81 + 0.75 × ⌈94.9652… − 70⌉ = 54.81 + 0.75 × 25 = 73.56
        { UnitSystem.Imperial, 40m, 33m, 32.999m, 2m, SizeTier.LargeBulky, 128.55m }, // large bulky shortest 33 in (the median's limit too), just below: large bulky; dim 40×33×32.999/139 = 313.3718…; billable 313.3718… lb; band > 1 lb: 9.61 + 0.38 × ⌈313.3718… − 1⌉ = 9.61 + 0.38 × 313 = 128.55
        { UnitSystem.Imperial, 40m, 33m, 33m, 2m, SizeTier.LargeBulky, 128.55m }, // large bulky shortest 33 in (the median's limit too), at: large bulky; dim 40×33×33/139 = 313.3813…; billable 313.3813… lb; band > 1 lb: 9.61 + 0.38 × ⌈313.3813… − 1⌉ = 9.61 + 0.38 × 313 = 128.55
        { UnitSystem.Imperial, 40m, 33m, 33.001m, 2m, SizeTier.ExtraLarge, 226.11m }, // large bulky shortest 33 in (the median's limit too), just above: extra-large; dim 40×33.001×33/139 = 313.3908…; billable 313.3908… lb; band > 150 lb: 194.95 + 0.19 × ⌈313.3908… − 150⌉ = 194.95 + 0.19 × 164 = 226.11
        { UnitSystem.Metric, 101.6m, 83.82m, 83.819m, 0.90718474m, SizeTier.LargeBulky, 128.55m }, // large bulky shortest 33 in (the median's limit too), just below [40 × 33 × 32.9996… in, 2 lb]: large bulky; dim 40×33×32.9996…/139 = 313.3776…; billable 313.3776… lb; band > 1 lb: 9.61 + 0.38 × ⌈313.3776… − 1⌉ = 9.61 + 0.38 × 313 = 128.55
        { UnitSystem.Metric, 101.6m, 83.82m, 83.82m, 0.90718474m, SizeTier.LargeBulky, 128.55m }, // large bulky shortest 33 in (the median's limit too), at [40 × 33 × 33 in, 2 lb]: large bulky; dim 40×33×33/139 = 313.3813…; billable 313.3813… lb; band > 1 lb: 9.61 + 0.38 × ⌈313.3813… − 1⌉ = 9.61 + 0.38 × 313 = 128.55
        { UnitSystem.Metric, 101.6m, 83.82m, 83.821m, 0.90718474m, SizeTier.ExtraLarge, 226.11m }, // large bulky shortest 33 in (the median's limit too), just above [40 × 33 × 33.0004… in, 2 lb]: extra-large; dim 40×33.0004…×33/139 = 313.3850…; billable 313.3850… lb; band > 150 lb: 194.95 + 0.19 × ⌈313.3850… − 150⌉ = 194.95 + 0.19 × 164 = 226.11
        { UnitSystem.Imperial, 20m, 10m, 5m, 49.999m, SizeTier.LargeBulky, 28.23m }, // large bulky weight 50 lb, just below: large bulky; dim 20×10×5/139 = 7.1942…; billable 49.999 lb; band > 1 lb: 9.61 + 0.38 × ⌈49.999 − 1⌉ = 9.61 + 0.38 × 49 = 28.23
        { UnitSystem.Imperial, 20m, 10m, 5m, 50m, SizeTier.LargeBulky, 28.23m }, // large bulky weight 50 lb, at: large bulky; dim 20×10×5/139 = 7.1942…; billable 50 lb; band > 1 lb: 9.61 + 0.38 × ⌈50 − 1⌉ = 9.61 + 0.38 × 49 = 28.23
        { UnitSystem.Imperial, 20m, 10m, 5m, 50.001m, SizeTier.ExtraLarge, 40.87m }, // large bulky weight 50 lb, just above: extra-large; dim 20×10×5/139 = 7.1942…; billable 50.001 lb; band 50–70 lb: 40.12 + 0.75 × ⌈50.001 − 50⌉ = 40.12 + 0.75 × 1 = 40.87
        { UnitSystem.Metric, 50.8m, 25.4m, 12.7m, 22.6795185m, SizeTier.LargeBulky, 28.23m }, // large bulky weight 50 lb, just below [20 × 10 × 5 in, 49.9998… lb]: large bulky; dim 20×10×5/139 = 7.1942…; billable 49.9998… lb; band > 1 lb: 9.61 + 0.38 × ⌈49.9998… − 1⌉ = 9.61 + 0.38 × 49 = 28.23
        { UnitSystem.Metric, 50.8m, 25.4m, 12.7m, 22.6796185m, SizeTier.LargeBulky, 28.23m }, // large bulky weight 50 lb, at [20 × 10 × 5 in, 50 lb]: large bulky; dim 20×10×5/139 = 7.1942…; billable 50 lb; band > 1 lb: 9.61 + 0.38 × ⌈50 − 1⌉ = 9.61 + 0.38 × 49 = 28.23
        { UnitSystem.Metric, 50.8m, 25.4m, 12.7m, 22.6797185m, SizeTier.ExtraLarge, 40.87m }, // large bulky weight 50 lb, just above [20 × 10 × 5 in, 50.0002… lb]: extra-large; dim 20×10×5/139 = 7.1942…; billable 50.0002… lb; band 50–70 lb: 40.12 + 0.75 × ⌈50.0002… − 50⌉ = 40.12 + 0.75 × 1 = 40.87
    };

    [Theory]
    [MemberData(nameof(SizeTierLimits))]
    public void each_size_tier_limit_holds_exactly_in_both_unit_systems(UnitSystem units, decimal length, decimal width, decimal height,
        decimal weight, SizeTier tier, decimal fee)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new MeasuredSize(length, width, height, weight, units).ToInchesAndPounds(), 20m, Table);

        (estimate.SizeTier, estimate.Fee).ShouldBe((tier, Usd(fee)));
    }

    /// <summary>
    /// Every weight band bound of the default table, the first per-pound step of each open band that charges by the
    /// pound, and dimensional weights at a bound: just below, at and just above, in both unit systems, as in
    /// <see cref="SizeTierLimits"/>. Small standard rows are 6 × 4 × 0.5 in, large standard 16 × 1 × 1 in (0.1151 lb
    /// dimensional), large bulky 19 × 1 × 1 in, extra-large 60 × 1 × 1 in, so the unit weight is billed; the dimensional
    /// rows are 13.9 × 10 × h in at 0.2 lb.
    /// </summary>
    public static readonly TheoryData<UnitSystem, decimal, decimal, decimal, decimal, SizeTier, decimal> WeightBands = new()
    {
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.249m, SizeTier.SmallStandard, 3.06m }, // small standard band 0.25 lb, just below: small standard; unit 0.249 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.25m, SizeTier.SmallStandard, 3.06m }, // small standard band 0.25 lb, at: small standard; unit 0.25 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.251m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.25 lb, just above: small standard; unit 0.251 lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.1132980925m, SizeTier.SmallStandard, 3.06m }, // small standard band 0.25 lb, just below [6 × 4 × 0.5 in, 0.2498… lb]: small standard; unit 0.2498… lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.1133980925m, SizeTier.SmallStandard, 3.06m }, // small standard band 0.25 lb, at [6 × 4 × 0.5 in, 0.25 lb]: small standard; unit 0.25 lb billed; band ≤ 0.25 lb: 3.06
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.1134980925m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.25 lb, just above [6 × 4 × 0.5 in, 0.2502… lb]: small standard; unit 0.2502… lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.499m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.5 lb, just below: small standard; unit 0.499 lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.5m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.5 lb, at: small standard; unit 0.5 lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.501m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.5 lb, just above: small standard; unit 0.501 lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.226696185m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.5 lb, just below [6 × 4 × 0.5 in, 0.4998… lb]: small standard; unit 0.4998… lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.226796185m, SizeTier.SmallStandard, 3.15m }, // small standard band 0.5 lb, at [6 × 4 × 0.5 in, 0.5 lb]: small standard; unit 0.5 lb billed; band 0.25–0.5 lb: 3.15
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.226896185m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.5 lb, just above [6 × 4 × 0.5 in, 0.5002… lb]: small standard; unit 0.5002… lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.749m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.75 lb, just below: small standard; unit 0.749 lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.75m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.75 lb, at: small standard; unit 0.75 lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 0.751m, SizeTier.SmallStandard, 3.33m }, // small standard band 0.75 lb, just above: small standard; unit 0.751 lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.3400942775m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.75 lb, just below [6 × 4 × 0.5 in, 0.7498… lb]: small standard; unit 0.7498… lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.3401942775m, SizeTier.SmallStandard, 3.24m }, // small standard band 0.75 lb, at [6 × 4 × 0.5 in, 0.75 lb]: small standard; unit 0.75 lb billed; band 0.5–0.75 lb: 3.24
        { UnitSystem.Metric, 15.24m, 10.16m, 1.27m, 0.3402942775m, SizeTier.SmallStandard, 3.33m }, // small standard band 0.75 lb, just above [6 × 4 × 0.5 in, 0.7502… lb]: small standard; unit 0.7502… lb billed; band > 0.75 lb: 3.33
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.249m, SizeTier.LargeStandard, 3.68m }, // large standard band 0.25 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 0.249 lb; band ≤ 0.25 lb: 3.68
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.25m, SizeTier.LargeStandard, 3.68m }, // large standard band 0.25 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 0.25 lb; band ≤ 0.25 lb: 3.68
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.251m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.25 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 0.251 lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.1132980925m, SizeTier.LargeStandard, 3.68m }, // large standard band 0.25 lb, just below [16 × 1 × 1 in, 0.2498… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.2498… lb; band ≤ 0.25 lb: 3.68
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.1133980925m, SizeTier.LargeStandard, 3.68m }, // large standard band 0.25 lb, at [16 × 1 × 1 in, 0.25 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.25 lb; band ≤ 0.25 lb: 3.68
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.1134980925m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.25 lb, just above [16 × 1 × 1 in, 0.2502… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.2502… lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.499m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.5 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 0.499 lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.5m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.5 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 0.5 lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.501m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.5 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 0.501 lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.226696185m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.5 lb, just below [16 × 1 × 1 in, 0.4998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.4998… lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.226796185m, SizeTier.LargeStandard, 3.90m }, // large standard band 0.5 lb, at [16 × 1 × 1 in, 0.5 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.5 lb; band 0.25–0.5 lb: 3.90
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.226896185m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.5 lb, just above [16 × 1 × 1 in, 0.5002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.5002… lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.749m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.75 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 0.749 lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.75m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.75 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 0.75 lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.751m, SizeTier.LargeStandard, 4.55m }, // large standard band 0.75 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 0.751 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.3400942775m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.75 lb, just below [16 × 1 × 1 in, 0.7498… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.7498… lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.3401942775m, SizeTier.LargeStandard, 4.15m }, // large standard band 0.75 lb, at [16 × 1 × 1 in, 0.75 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.75 lb; band 0.5–0.75 lb: 4.15
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.3402942775m, SizeTier.LargeStandard, 4.55m }, // large standard band 0.75 lb, just above [16 × 1 × 1 in, 0.7502… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.7502… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 16m, 1m, 1m, 0.999m, SizeTier.LargeStandard, 4.55m }, // large standard band 1 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 0.999 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 16m, 1m, 1m, 1m, SizeTier.LargeStandard, 4.55m }, // large standard band 1 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 1 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.001m, SizeTier.LargeStandard, 5.17m }, // large standard band 1 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 1.001 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.45349237m, SizeTier.LargeStandard, 4.55m }, // large standard band 1 lb, just below [16 × 1 × 1 in, 0.9998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 0.9998… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.45359237m, SizeTier.LargeStandard, 4.55m }, // large standard band 1 lb, at [16 × 1 × 1 in, 1 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.45369237m, SizeTier.LargeStandard, 5.17m }, // large standard band 1 lb, just above [16 × 1 × 1 in, 1.0002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1.0002… lb; band 1–1.5 lb: 5.17
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.499m, SizeTier.LargeStandard, 5.17m }, // large standard band 1.5 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 1.499 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.5m, SizeTier.LargeStandard, 5.17m }, // large standard band 1.5 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 1.5 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.501m, SizeTier.LargeStandard, 5.64m }, // large standard band 1.5 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 1.501 lb; band 1.5–2 lb: 5.64
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.680288555m, SizeTier.LargeStandard, 5.17m }, // large standard band 1.5 lb, just below [16 × 1 × 1 in, 1.4998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1.4998… lb; band 1–1.5 lb: 5.17
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.680388555m, SizeTier.LargeStandard, 5.17m }, // large standard band 1.5 lb, at [16 × 1 × 1 in, 1.5 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1.5 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.680488555m, SizeTier.LargeStandard, 5.64m }, // large standard band 1.5 lb, just above [16 × 1 × 1 in, 1.5002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1.5002… lb; band 1.5–2 lb: 5.64
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.999m, SizeTier.LargeStandard, 5.64m }, // large standard band 2 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 1.999 lb; band 1.5–2 lb: 5.64
        { UnitSystem.Imperial, 16m, 1m, 1m, 2m, SizeTier.LargeStandard, 5.64m }, // large standard band 2 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 2 lb; band 1.5–2 lb: 5.64
        { UnitSystem.Imperial, 16m, 1m, 1m, 2.001m, SizeTier.LargeStandard, 5.96m }, // large standard band 2 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 2.001 lb; band 2–2.5 lb: 5.96
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.90708474m, SizeTier.LargeStandard, 5.64m }, // large standard band 2 lb, just below [16 × 1 × 1 in, 1.9998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 1.9998… lb; band 1.5–2 lb: 5.64
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.90718474m, SizeTier.LargeStandard, 5.64m }, // large standard band 2 lb, at [16 × 1 × 1 in, 2 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2 lb; band 1.5–2 lb: 5.64
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.90728474m, SizeTier.LargeStandard, 5.96m }, // large standard band 2 lb, just above [16 × 1 × 1 in, 2.0002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2.0002… lb; band 2–2.5 lb: 5.96
        { UnitSystem.Imperial, 16m, 1m, 1m, 2.499m, SizeTier.LargeStandard, 5.96m }, // large standard band 2.5 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 2.499 lb; band 2–2.5 lb: 5.96
        { UnitSystem.Imperial, 16m, 1m, 1m, 2.5m, SizeTier.LargeStandard, 5.96m }, // large standard band 2.5 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 2.5 lb; band 2–2.5 lb: 5.96
        { UnitSystem.Imperial, 16m, 1m, 1m, 2.501m, SizeTier.LargeStandard, 6.42m }, // large standard band 2.5 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 2.501 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.133880925m, SizeTier.LargeStandard, 5.96m }, // large standard band 2.5 lb, just below [16 × 1 × 1 in, 2.4998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2.4998… lb; band 2–2.5 lb: 5.96
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.133980925m, SizeTier.LargeStandard, 5.96m }, // large standard band 2.5 lb, at [16 × 1 × 1 in, 2.5 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2.5 lb; band 2–2.5 lb: 5.96
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.134080925m, SizeTier.LargeStandard, 6.42m }, // large standard band 2.5 lb, just above [16 × 1 × 1 in, 2.5002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2.5002… lb; band 2.5–3 lb: 6.42
        { UnitSystem.Imperial, 16m, 1m, 1m, 2.999m, SizeTier.LargeStandard, 6.42m }, // large standard band 3 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 2.999 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Imperial, 16m, 1m, 1m, 3m, SizeTier.LargeStandard, 6.42m }, // large standard band 3 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 3 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Imperial, 16m, 1m, 1m, 3.001m, SizeTier.LargeStandard, 7.56m }, // large standard band 3 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 3.001 lb; band > 3 lb: 6.92 + 0.64 × ⌈3.001 − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.36067711m, SizeTier.LargeStandard, 6.42m }, // large standard band 3 lb, just below [16 × 1 × 1 in, 2.9998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 2.9998… lb; band 2.5–3 lb: 6.42
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.36077711m, SizeTier.LargeStandard, 6.42m }, // large standard band 3 lb, at [16 × 1 × 1 in, 3 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 3 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.36087711m, SizeTier.LargeStandard, 7.56m }, // large standard band 3 lb, just above [16 × 1 × 1 in, 3.0002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 3.0002… lb; band > 3 lb: 6.92 + 0.64 × ⌈3.0002… − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Imperial, 16m, 1m, 1m, 3.999m, SizeTier.LargeStandard, 7.56m }, // large standard, first pound above 3 lb, just below: large standard; dim 16×1×1/139 = 0.1151…; billable 3.999 lb; band > 3 lb: 6.92 + 0.64 × ⌈3.999 − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Imperial, 16m, 1m, 1m, 4m, SizeTier.LargeStandard, 7.56m }, // large standard, first pound above 3 lb, at: large standard; dim 16×1×1/139 = 0.1151…; billable 4 lb; band > 3 lb: 6.92 + 0.64 × ⌈4 − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Imperial, 16m, 1m, 1m, 4.001m, SizeTier.LargeStandard, 8.20m }, // large standard, first pound above 3 lb, just above: large standard; dim 16×1×1/139 = 0.1151…; billable 4.001 lb; band > 3 lb: 6.92 + 0.64 × ⌈4.001 − 3⌉ = 6.92 + 0.64 × 2 = 8.20
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.81426948m, SizeTier.LargeStandard, 7.56m }, // large standard, first pound above 3 lb, just below [16 × 1 × 1 in, 3.9998… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 3.9998… lb; band > 3 lb: 6.92 + 0.64 × ⌈3.9998… − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.81436948m, SizeTier.LargeStandard, 7.56m }, // large standard, first pound above 3 lb, at [16 × 1 × 1 in, 4 lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 4 lb; band > 3 lb: 6.92 + 0.64 × ⌈4 − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 1.81446948m, SizeTier.LargeStandard, 8.20m }, // large standard, first pound above 3 lb, just above [16 × 1 × 1 in, 4.0002… lb]: large standard; dim 16×1×1/139 = 0.1151…; billable 4.0002… lb; band > 3 lb: 6.92 + 0.64 × ⌈4.0002… − 3⌉ = 6.92 + 0.64 × 2 = 8.20
        { UnitSystem.Imperial, 13.9m, 10m, 0.999m, 0.2m, SizeTier.LargeStandard, 4.55m }, // large standard dimensional weight 1 lb, just below: large standard; dim 13.9×10×0.999/139 = 0.999; billable 0.999 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 13.9m, 10m, 1m, 0.2m, SizeTier.LargeStandard, 4.55m }, // large standard dimensional weight 1 lb, at: large standard; dim 13.9×10×1/139 = 1; billable 1 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Imperial, 13.9m, 10m, 1.001m, 0.2m, SizeTier.LargeStandard, 5.17m }, // large standard dimensional weight 1 lb, just above: large standard; dim 13.9×10×1.001/139 = 1.001; billable 1.001 lb; band 1–1.5 lb: 5.17
        { UnitSystem.Metric, 35.306m, 25.4m, 2.539m, 0.090718474m, SizeTier.LargeStandard, 4.55m }, // large standard dimensional weight 1 lb, just below [13.9 × 10 × 0.9996… in, 0.2 lb]: large standard; dim 13.9×10×0.9996…/139 = 0.9996…; billable 0.9996… lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 35.306m, 25.4m, 2.54m, 0.090718474m, SizeTier.LargeStandard, 4.55m }, // large standard dimensional weight 1 lb, at [13.9 × 10 × 1 in, 0.2 lb]: large standard; dim 13.9×10×1/139 = 1; billable 1 lb; band 0.75–1 lb: 4.55
        { UnitSystem.Metric, 35.306m, 25.4m, 2.541m, 0.090718474m, SizeTier.LargeStandard, 5.17m }, // large standard dimensional weight 1 lb, just above [13.9 × 10 × 1.0004… in, 0.2 lb]: large standard; dim 13.9×10×1.0004…/139 = 1.0004…; billable 1.0004… lb; band 1–1.5 lb: 5.17
        { UnitSystem.Imperial, 13.9m, 10m, 2.999m, 0.2m, SizeTier.LargeStandard, 6.42m }, // large standard dimensional weight 3 lb, just below: large standard; dim 13.9×10×2.999/139 = 2.999; billable 2.999 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Imperial, 13.9m, 10m, 3m, 0.2m, SizeTier.LargeStandard, 6.42m }, // large standard dimensional weight 3 lb, at: large standard; dim 13.9×10×3/139 = 3; billable 3 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Imperial, 13.9m, 10m, 3.001m, 0.2m, SizeTier.LargeStandard, 7.56m }, // large standard dimensional weight 3 lb, just above: large standard; dim 13.9×10×3.001/139 = 3.001; billable 3.001 lb; band > 3 lb: 6.92 + 0.64 × ⌈3.001 − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Metric, 35.306m, 25.4m, 7.619m, 0.090718474m, SizeTier.LargeStandard, 6.42m }, // large standard dimensional weight 3 lb, just below [13.9 × 10 × 2.9996… in, 0.2 lb]: large standard; dim 13.9×10×2.9996…/139 = 2.9996…; billable 2.9996… lb; band 2.5–3 lb: 6.42
        { UnitSystem.Metric, 35.306m, 25.4m, 7.62m, 0.090718474m, SizeTier.LargeStandard, 6.42m }, // large standard dimensional weight 3 lb, at [13.9 × 10 × 3 in, 0.2 lb]: large standard; dim 13.9×10×3/139 = 3; billable 3 lb; band 2.5–3 lb: 6.42
        { UnitSystem.Metric, 35.306m, 25.4m, 7.621m, 0.090718474m, SizeTier.LargeStandard, 7.56m }, // large standard dimensional weight 3 lb, just above [13.9 × 10 × 3.0004… in, 0.2 lb]: large standard; dim 13.9×10×3.0004…/139 = 3.0004…; billable 3.0004… lb; band > 3 lb: 6.92 + 0.64 × ⌈3.0004… − 3⌉ = 6.92 + 0.64 × 1 = 7.56
        { UnitSystem.Imperial, 19m, 1m, 1m, 0.999m, SizeTier.LargeBulky, 9.61m }, // large bulky band 1 lb, just below: large bulky; dim 19×1×1/139 = 0.1367…; billable 0.999 lb; band ≤ 1 lb: 9.61
        { UnitSystem.Imperial, 19m, 1m, 1m, 1m, SizeTier.LargeBulky, 9.61m }, // large bulky band 1 lb, at: large bulky; dim 19×1×1/139 = 0.1367…; billable 1 lb; band ≤ 1 lb: 9.61
        { UnitSystem.Imperial, 19m, 1m, 1m, 1.001m, SizeTier.LargeBulky, 9.99m }, // large bulky band 1 lb, just above: large bulky; dim 19×1×1/139 = 0.1367…; billable 1.001 lb; band > 1 lb: 9.61 + 0.38 × ⌈1.001 − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.45349237m, SizeTier.LargeBulky, 9.61m }, // large bulky band 1 lb, just below [19 × 1 × 1 in, 0.9998… lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 0.9998… lb; band ≤ 1 lb: 9.61
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.45359237m, SizeTier.LargeBulky, 9.61m }, // large bulky band 1 lb, at [19 × 1 × 1 in, 1 lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 1 lb; band ≤ 1 lb: 9.61
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.45369237m, SizeTier.LargeBulky, 9.99m }, // large bulky band 1 lb, just above [19 × 1 × 1 in, 1.0002… lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 1.0002… lb; band > 1 lb: 9.61 + 0.38 × ⌈1.0002… − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Imperial, 19m, 1m, 1m, 1.999m, SizeTier.LargeBulky, 9.99m }, // large bulky, first pound above 1 lb, just below: large bulky; dim 19×1×1/139 = 0.1367…; billable 1.999 lb; band > 1 lb: 9.61 + 0.38 × ⌈1.999 − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Imperial, 19m, 1m, 1m, 2m, SizeTier.LargeBulky, 9.99m }, // large bulky, first pound above 1 lb, at: large bulky; dim 19×1×1/139 = 0.1367…; billable 2 lb; band > 1 lb: 9.61 + 0.38 × ⌈2 − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Imperial, 19m, 1m, 1m, 2.001m, SizeTier.LargeBulky, 10.37m }, // large bulky, first pound above 1 lb, just above: large bulky; dim 19×1×1/139 = 0.1367…; billable 2.001 lb; band > 1 lb: 9.61 + 0.38 × ⌈2.001 − 1⌉ = 9.61 + 0.38 × 2 = 10.37
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.90708474m, SizeTier.LargeBulky, 9.99m }, // large bulky, first pound above 1 lb, just below [19 × 1 × 1 in, 1.9998… lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 1.9998… lb; band > 1 lb: 9.61 + 0.38 × ⌈1.9998… − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.90718474m, SizeTier.LargeBulky, 9.99m }, // large bulky, first pound above 1 lb, at [19 × 1 × 1 in, 2 lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 2 lb; band > 1 lb: 9.61 + 0.38 × ⌈2 − 1⌉ = 9.61 + 0.38 × 1 = 9.99
        { UnitSystem.Metric, 48.26m, 2.54m, 2.54m, 0.90728474m, SizeTier.LargeBulky, 10.37m }, // large bulky, first pound above 1 lb, just above [19 × 1 × 1 in, 2.0002… lb]: large bulky; dim 19×1×1/139 = 0.1367…; billable 2.0002… lb; band > 1 lb: 9.61 + 0.38 × ⌈2.0002… − 1⌉ = 9.61 + 0.38 × 2 = 10.37
        { UnitSystem.Imperial, 60m, 1m, 1m, 0.999m, SizeTier.ExtraLarge, 26.33m }, // extra-large band 1 lb, just below: extra-large; dim 60×1×1/139 = 0.4317…; billable 0.999 lb; band ≤ 1 lb: 26.33
        { UnitSystem.Imperial, 60m, 1m, 1m, 1m, SizeTier.ExtraLarge, 26.33m }, // extra-large band 1 lb, at: extra-large; dim 60×1×1/139 = 0.4317…; billable 1 lb; band ≤ 1 lb: 26.33
        { UnitSystem.Imperial, 60m, 1m, 1m, 1.001m, SizeTier.ExtraLarge, 26.71m }, // extra-large band 1 lb, just above: extra-large; dim 60×1×1/139 = 0.4317…; billable 1.001 lb; band 1–50 lb: 26.33 + 0.38 × ⌈1.001 − 1⌉ = 26.33 + 0.38 × 1 = 26.71
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 0.45349237m, SizeTier.ExtraLarge, 26.33m }, // extra-large band 1 lb, just below [60 × 1 × 1 in, 0.9998… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 0.9998… lb; band ≤ 1 lb: 26.33
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 0.45359237m, SizeTier.ExtraLarge, 26.33m }, // extra-large band 1 lb, at [60 × 1 × 1 in, 1 lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 1 lb; band ≤ 1 lb: 26.33
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 0.45369237m, SizeTier.ExtraLarge, 26.71m }, // extra-large band 1 lb, just above [60 × 1 × 1 in, 1.0002… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 1.0002… lb; band 1–50 lb: 26.33 + 0.38 × ⌈1.0002… − 1⌉ = 26.33 + 0.38 × 1 = 26.71
        { UnitSystem.Imperial, 60m, 1m, 1m, 49.999m, SizeTier.ExtraLarge, 44.95m }, // extra-large band 50 lb, just below: extra-large; dim 60×1×1/139 = 0.4317…; billable 49.999 lb; band 1–50 lb: 26.33 + 0.38 × ⌈49.999 − 1⌉ = 26.33 + 0.38 × 49 = 44.95
        { UnitSystem.Imperial, 60m, 1m, 1m, 50m, SizeTier.ExtraLarge, 44.95m }, // extra-large band 50 lb, at: extra-large; dim 60×1×1/139 = 0.4317…; billable 50 lb; band 1–50 lb: 26.33 + 0.38 × ⌈50 − 1⌉ = 26.33 + 0.38 × 49 = 44.95
        { UnitSystem.Imperial, 60m, 1m, 1m, 50.001m, SizeTier.ExtraLarge, 40.87m }, // extra-large band 50 lb, just above: extra-large; dim 60×1×1/139 = 0.4317…; billable 50.001 lb; band 50–70 lb: 40.12 + 0.75 × ⌈50.001 − 50⌉ = 40.12 + 0.75 × 1 = 40.87
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 22.6795185m, SizeTier.ExtraLarge, 44.95m }, // extra-large band 50 lb, just below [60 × 1 × 1 in, 49.9998… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 49.9998… lb; band 1–50 lb: 26.33 + 0.38 × ⌈49.9998… − 1⌉ = 26.33 + 0.38 × 49 = 44.95
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 22.6796185m, SizeTier.ExtraLarge, 44.95m }, // extra-large band 50 lb, at [60 × 1 × 1 in, 50 lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 50 lb; band 1–50 lb: 26.33 + 0.38 × ⌈50 − 1⌉ = 26.33 + 0.38 × 49 = 44.95
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 22.6797185m, SizeTier.ExtraLarge, 40.87m }, // extra-large band 50 lb, just above [60 × 1 × 1 in, 50.0002… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 50.0002… lb; band 50–70 lb: 40.12 + 0.75 × ⌈50.0002… − 50⌉ = 40.12 + 0.75 × 1 = 40.87
        { UnitSystem.Imperial, 60m, 1m, 1m, 69.999m, SizeTier.ExtraLarge, 55.12m }, // extra-large band 70 lb, just below: extra-large; dim 60×1×1/139 = 0.4317…; billable 69.999 lb; band 50–70 lb: 40.12 + 0.75 × ⌈69.999 − 50⌉ = 40.12 + 0.75 × 20 = 55.12
        { UnitSystem.Imperial, 60m, 1m, 1m, 70m, SizeTier.ExtraLarge, 55.12m }, // extra-large band 70 lb, at: extra-large; dim 60×1×1/139 = 0.4317…; billable 70 lb; band 50–70 lb: 40.12 + 0.75 × ⌈70 − 50⌉ = 40.12 + 0.75 × 20 = 55.12
        { UnitSystem.Imperial, 60m, 1m, 1m, 70.001m, SizeTier.ExtraLarge, 55.56m }, // extra-large band 70 lb, just above: extra-large; dim 60×1×1/139 = 0.4317…; billable 70.001 lb; band 70–150 lb: 54.81 + 0.75 × ⌈70.001 − 70⌉ = 54.81 + 0.75 × 1 = 55.56
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 31.7513659m, SizeTier.ExtraLarge, 55.12m }, // extra-large band 70 lb, just below [60 × 1 × 1 in, 69.9998… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 69.9998… lb; band 50–70 lb: 40.12 + 0.75 × ⌈69.9998… − 50⌉ = 40.12 + 0.75 × 20 = 55.12
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 31.7514659m, SizeTier.ExtraLarge, 55.12m }, // extra-large band 70 lb, at [60 × 1 × 1 in, 70 lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 70 lb; band 50–70 lb: 40.12 + 0.75 × ⌈70 − 50⌉ = 40.12 + 0.75 × 20 = 55.12
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 31.7515659m, SizeTier.ExtraLarge, 55.56m }, // extra-large band 70 lb, just above [60 × 1 × 1 in, 70.0002… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 70.0002… lb; band 70–150 lb: 54.81 + 0.75 × ⌈70.0002… − 70⌉ = 54.81 + 0.75 × 1 = 55.56
        { UnitSystem.Imperial, 60m, 1m, 1m, 149.999m, SizeTier.ExtraLarge, 114.81m }, // extra-large band 150 lb, just below: extra-large; dim 60×1×1/139 = 0.4317…; billable 149.999 lb; band 70–150 lb: 54.81 + 0.75 × ⌈149.999 − 70⌉ = 54.81 + 0.75 × 80 = 114.81
        { UnitSystem.Imperial, 60m, 1m, 1m, 150m, SizeTier.ExtraLarge, 114.81m }, // extra-large band 150 lb, at: extra-large; dim 60×1×1/139 = 0.4317…; billable 150 lb; band 70–150 lb: 54.81 + 0.75 × ⌈150 − 70⌉ = 54.81 + 0.75 × 80 = 114.81
        { UnitSystem.Imperial, 60m, 1m, 1m, 150.001m, SizeTier.ExtraLarge, 195.14m }, // extra-large band 150 lb, just above: extra-large; dim 60×1×1/139 = 0.4317…; billable 150.001 lb; band > 150 lb: 194.95 + 0.19 × ⌈150.001 − 150⌉ = 194.95 + 0.19 × 1 = 195.14
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 68.0387555m, SizeTier.ExtraLarge, 114.81m }, // extra-large band 150 lb, just below [60 × 1 × 1 in, 149.9998… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 149.9998… lb; band 70–150 lb: 54.81 + 0.75 × ⌈149.9998… − 70⌉ = 54.81 + 0.75 × 80 = 114.81
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 68.0388555m, SizeTier.ExtraLarge, 114.81m }, // extra-large band 150 lb, at [60 × 1 × 1 in, 150 lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 150 lb; band 70–150 lb: 54.81 + 0.75 × ⌈150 − 70⌉ = 54.81 + 0.75 × 80 = 114.81
        { UnitSystem.Metric, 152.4m, 2.54m, 2.54m, 68.0389555m, SizeTier.ExtraLarge, 195.14m }, // extra-large band 150 lb, just above [60 × 1 × 1 in, 150.0002… lb]: extra-large; dim 60×1×1/139 = 0.4317…; billable 150.0002… lb; band > 150 lb: 194.95 + 0.19 × ⌈150.0002… − 150⌉ = 194.95 + 0.19 × 1 = 195.14
    };

    [Theory]
    [MemberData(nameof(WeightBands))]
    public void each_weight_band_bound_holds_exactly_and_a_part_pound_counts_whole(UnitSystem units, decimal length, decimal width,
        decimal height, decimal weight, SizeTier tier, decimal fee)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new MeasuredSize(length, width, height, weight, units).ToInchesAndPounds(), 20m, Table);

        (estimate.SizeTier, estimate.Fee).ShouldBe((tier, Usd(fee)));
    }

    /// <summary>The defects found (issue 11): sizes rounded to 0.01 at entry were priced in the tier or band below.</summary>
    public static readonly TheoryData<UnitSystem, decimal, decimal, decimal, decimal, SizeTier, decimal, decimal> FoundCases = new()
    {
        // 15 × 12 × 0.752 in, 0.2 lb: 0.752 > 0.75, so large standard; 135.36 / 139 = 0.9738… lb billable; band 0.75–1 lb: 4.55.
        // Rounded to 0.75 at entry it was small standard at 3.06.
        { UnitSystem.Imperial, 15m, 12m, 0.752m, 0.2m, SizeTier.LargeStandard, 1m, 4.55m },
        // The same in centimetres and kilograms: 38.1 × 30.48 × 1.91008 cm, 0.090718474 kg.
        { UnitSystem.Metric, 38.1m, 30.48m, 1.91008m, 0.090718474m, SizeTier.LargeStandard, 1m, 4.55m },
        // 16 × 1 × 1 in, 1.004 lb: large standard, band 1–1.5 lb: 5.17. Rounded to 1.00 at entry it fell in the ≤ 1 lb band at 4.55.
        { UnitSystem.Imperial, 16m, 1m, 1m, 1.004m, SizeTier.LargeStandard, 1.5m, 5.17m },
        // 1.004 lb in kilograms: 1.004 × 0.45359237 = 0.45540673948 kg.
        { UnitSystem.Metric, 40.64m, 2.54m, 2.54m, 0.45540673948m, SizeTier.LargeStandard, 1.5m, 5.17m },
        // 6 × 4 × 0.5 in, 1.004 lb: over 16 oz, so large standard (6 × 4 × 0.5 / 139 = 0.0863 lb), band 1–1.5 lb: 5.17, not
        // small standard's 3.33.
        { UnitSystem.Imperial, 6m, 4m, 0.5m, 1.004m, SizeTier.LargeStandard, 1.5m, 5.17m },
    };

    [Theory]
    [MemberData(nameof(FoundCases))]
    public void the_found_cases_are_priced_on_their_exact_size(UnitSystem units, decimal length, decimal width, decimal height,
        decimal weight, SizeTier tier, decimal bandUpTo, decimal fee)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new MeasuredSize(length, width, height, weight, units).ToInchesAndPounds(), 20m, Table);

        (estimate.SizeTier, estimate.BandUpToLb, estimate.Fee).ShouldBe((tier, (decimal?)bandUpTo, Usd(fee)));
    }

    [Fact]
    public void sides_count_in_any_order() =>
        ProfitCalculator.FulfilmentFee(new UnitSize(0.75m, 15, 12, 1), 20m, Table).SizeTier.ShouldBe(SizeTier.SmallStandard);

    [Fact]
    public void small_standard_bills_the_unit_weight_even_when_the_dimensional_weight_is_higher()
    {
        // 15 × 12 × 0.75 = 135 in³ → 135 / 139 = 0.9712… lb dimensional; the unit weighs 0.2 lb: band up to 0.25 lb, 3.06.
        var fee = ProfitCalculator.FulfilmentFee(new UnitSize(15, 12, 0.75m, 0.2m), 20m, Table);

        (fee.SizeTier, fee.DimensionalWeightLb, fee.BillableWeightLb, fee.BandUpToLb, fee.Fee)
            .ShouldBe((SizeTier.SmallStandard, 135m / 139, 0.2m, 0.25m, Usd(3.06m)));
    }

    [Fact]
    public void larger_tiers_bill_the_greater_of_unit_and_dimensional_weight_unrounded()
    {
        // 10 × 6 × 3 = 180 in³ → 1.2949… lb dimensional: more than 1.2 lb, less than 2 lb.
        ProfitCalculator.FulfilmentFee(new UnitSize(10, 6, 3, 1.2m), 20m, Table).BillableWeightLb.ShouldBe(180m / 139);
        ProfitCalculator.FulfilmentFee(new UnitSize(10, 6, 3, 2.0m), 20m, Table).BillableWeightLb.ShouldBe(2.0m);
    }

    [Fact]
    public void a_dimensional_weight_a_hair_above_a_band_is_charged_the_next_band_never_rounded_down()
    {
        // 13.9 × 10 × 1.0004 = 139.0556 in³ → 1.0004 lb: band 1–1.5 lb, 5.17; rounded to 2 decimals it would be 1.00 lb at 4.55.
        var fee = ProfitCalculator.FulfilmentFee(new UnitSize(13.9m, 10, 1.0004m, 0.2m), 20m, Table);

        (fee.DimensionalWeightLb, fee.BillableWeightLb, fee.BandFromLb, fee.Fee).ShouldBe((1.0004m, 1.0004m, 1m, Usd(5.17m)));
    }

    [Theory]
    [InlineData(9.99, PriceBand.Low, 4.40)]
    [InlineData(10.00, PriceBand.Standard, 5.17)]
    [InlineData(50.00, PriceBand.Standard, 5.17)]
    [InlineData(50.01, PriceBand.High, 5.43)]
    public void prices_under_10_and_over_50_take_their_own_fee_column(decimal price, PriceBand band, decimal fee)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new UnitSize(10, 6, 3, 1.2m), price, Table);

        (estimate.PriceBand, estimate.Fee).ShouldBe((band, Usd(fee)));
    }

    [Theory]
    [InlineData(10, 6, 3, 3.0, 2.5, 3.0, 6.42, 0)] // the band's upper bound is inclusive
    [InlineData(10, 6, 3, 3.5, 3.0, null, 7.56, 1)] // 6.92 + 0.64 × ⌈3.5 − 3⌉
    [InlineData(10, 6, 3, 5.0, 3.0, null, 8.20, 2)] // 6.92 + 0.64 × 2
    [InlineData(20, 10, 5, 10, 1.0, null, 13.03, 9)] // large bulky: 9.61 + 0.38 × ⌈10 − 1⌉
    [InlineData(20, 10, 5, 60, 50.0, 70.0, 47.62, 10)] // extra-large: 40.12 + 0.75 × ⌈60 − 50⌉
    public void heavy_units_pay_per_pound_or_part_above_their_band(decimal length, decimal width, decimal height, decimal weight,
        decimal from, double? upTo, decimal fee, int poundsAbove)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new UnitSize(length, width, height, weight), 20m, Table);

        (estimate.BillableWeightLb, estimate.BandFromLb, estimate.BandUpToLb, estimate.PoundsAbove, estimate.Fee)
            .ShouldBe((weight, from, (decimal?)upTo, poundsAbove, Usd(fee)));
    }

    [Theory]
    [InlineData(4838, 29_995.60, false)] // 6.20 × 4,838
    [InlineData(4839, 30_001.80, true)]
    public void a_first_order_needing_more_than_the_investment_limit_is_flagged(int firstOrder, decimal investment, bool flagged)
    {
        var capital = ProfitCalculator.Estimate(Inputs(firstOrder: firstOrder), Defaults).Capital;

        (capital.Investment, capital.OverMaxInvestment).ShouldBe((Usd(investment), flagged));
    }

    [Fact]
    public void an_investment_exactly_at_the_limit_is_not_flagged()
    {
        var capital = ProfitCalculator.Estimate(Inputs(unitCost: 4.80m, firstOrder: 5000), Defaults).Capital; // 6.00 × 5,000

        (capital.Investment, capital.OverMaxInvestment).ShouldBe((Usd(30_000.00m), false));
    }

    [Fact]
    public void days_to_sell_are_derived_from_monthly_units_when_not_given_and_part_days_count_whole()
    {
        var derived = ProfitCalculator.Estimate(Inputs(monthly: 7, firstOrder: 100), Defaults).Capital; // 100 × 30 / 7 = 428.57
        var given = ProfitCalculator.Estimate(Inputs(daysToSell: 45), Defaults).Capital;

        (derived.DaysToSell, derived.DaysToSellDerived, derived.CashTurnoverDays).ShouldBe((429, true, 479));
        (given.DaysToSell, given.DaysToSellDerived, given.CashTurnoverDays).ShouldBe((45, false, 95));
    }

    [Fact]
    public void the_fee_table_is_read_from_the_settings()
    {
        var table = Table with { Bands = [.. Table.Bands.Select(b => b is { Tier: SizeTier.LargeStandard, UpToLb: 1.5m } ? b with { StandardFee = 6.00m } : b)] };

        ProfitCalculator.Estimate(Inputs(), Defaults with { FulfilmentFees = table }).PerUnit.FulfilmentFee.ShouldBe(Usd(6.00m));
    }

    [Fact]
    public void a_chosen_quote_replaces_the_estimated_unit_cost_and_lead_time()
    {
        var quote = new Quote(Guid.NewGuid(), Guid.NewGuid(), "Ningbo", Usd(4.80m), 500, 25, "Replacements", new DateOnly(2030, 12, 31));

        var numbers = Inputs().WithQuote(quote);

        (numbers.UnitCost, numbers.LeadTimeDays).ShouldBe((Usd(4.80m), 25));
        Inputs().WithQuote(null).ShouldBe(Inputs());
    }

    [Fact]
    public void metric_sizes_are_converted_once_by_the_exact_inch_and_pound_and_never_rounded()
    {
        var converted = new MeasuredSize(25, 15, 7.6m, 0.54m, UnitSystem.Metric).ToInchesAndPounds();

        // 25 / 2.54 = 9.8425…, 15 / 2.54 = 5.9055…, 7.6 / 2.54 = 2.9921…, 0.54 / 0.45359237 = 1.1904… lb, to decimal's 28 digits.
        converted.ShouldBe(new UnitSize(25m / 2.54m, 15m / 2.54m, 7.6m / 2.54m, 0.54m / 0.45359237m));
        (converted.LengthIn, converted.WeightLb).ShouldBe((9.84251968503937007874015748m, 1.1904962157983389359040585273m));
    }

    public static readonly TheoryData<UnitSystem, decimal, decimal, decimal, decimal, UnitSize> Conversions = new()
    {
        // Exactly the small standard limits: 38.1 cm = 15 in, 30.48 cm = 12 in, 1.905 cm = 0.75 in, 0.45359237 kg = 1 lb.
        { UnitSystem.Metric, 38.1m, 30.48m, 1.905m, 0.45359237m, new UnitSize(15, 12, 0.75m, 1) },
        // A ten-thousandth of a centimetre and of a kilogram above them stays above.
        { UnitSystem.Metric, 38.1001m, 30.48m, 1.905m, 0.4536m, new UnitSize(38.1001m / 2.54m, 12, 0.75m, 0.4536m / 0.45359237m) },
        // Inches and pounds as entered, however many decimals.
        { UnitSystem.Imperial, 15m, 12m, 0.752m, 1.004m, new UnitSize(15, 12, 0.752m, 1.004m) },
        { UnitSystem.Imperial, 10m, 6m, 3.005m, 1.2m, new UnitSize(10, 6, 3.005m, 1.2m) },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void sizes_reach_the_estimate_at_full_precision(UnitSystem units, decimal length, decimal width, decimal height, decimal weight,
        UnitSize inchesAndPounds)
    {
        var converted = new MeasuredSize(length, width, height, weight, units).ToInchesAndPounds();

        converted.ShouldBe(inchesAndPounds);
        ProfitCalculator.Estimate(Inputs(size: converted), Defaults).Inputs.Size.ShouldBe(inchesAndPounds);
    }
}
