using Ops.Selection;
using Ops.Selection.Candidates;

using Ops.Shared;

namespace Selection.Tests.Candidates;

/// <summary>The arithmetic alone, against figures worked out by hand from selection.md and the default fee table. No host.</summary>
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

        // 10 × 6 × 3 in, 1.2 lb: large standard; 180 / 139 = 1.2949… → 1.29 lb billable; band 1–1.5 lb at $10–50: 5.17.
        estimate.Fulfilment.ShouldBe(new FulfilmentFeeEstimate(SizeTier.LargeStandard, 10, 6, 3, 1.2m, 139, 1.29m, 1.29m,
            PriceBand.Standard, 1, 1.5m, 5.17m, 0, 0, 5.17m));
        // referral 29.99 × 15 % = 4.4985 → 4.50; ad 29.99 × 10 % = 2.999 → 3.00; landed 5.00 + 1.20 = 6.20;
        // total 18.87; margin 11.12; 11.12 / 29.99 = 37.079… %; ROI 11.12 / 6.20 = 179.354… %.
        estimate.PerUnit.ShouldBe(new UnitEconomics(29.99m, 5.00m, 1.20m, 6.20m, 15, 4.50m, 5.17m, 10, 3.00m, 18.87m, 11.12m, 37.08m, 179.35m));
        // 6.20 × 500 = 3,100; 500 units at 300 a month sell in 50 days; 20 + 30 + 50 = 100 days.
        estimate.Capital.ShouldBe(new CapitalCheck(500, 3100.00m, 30_000m, false, 20, 30, 50, true, 100));
        (estimate.Currency, estimate.MinMarginPercent, estimate.MarginBelowMinimum).ShouldBe(("USD", 25m, false));
        estimate.Inputs.ShouldBe(Inputs());
    }

    [Fact]
    public void amounts_round_half_away_from_zero_at_each_fee()
    {
        // Small standard 6 × 4 × 0.5 in, 0.3 lb at 10.25: band 0.25–0.5 lb, $10–50 column: 3.15.
        var estimate = ProfitCalculator.Estimate(Inputs(10.25m, 2.00m, 0.50m, new UnitSize(6, 4, 0.5m, 0.3m)), Defaults);

        // ad 10.25 × 10 % = 1.025 → 1.03 (banker's rounding would say 1.02); referral 1.5375 → 1.54.
        estimate.PerUnit.AdCost.ShouldBe(1.03m);
        estimate.PerUnit.ReferralFee.ShouldBe(1.54m);
        // total 2.50 + 1.54 + 3.15 + 1.03 = 8.22; margin 2.03; 2.03 / 10.25 = 19.804… %; ROI 2.03 / 2.50 = 81.2 %.
        (estimate.PerUnit.TotalCost, estimate.PerUnit.Margin, estimate.PerUnit.MarginPercent, estimate.PerUnit.RoiPercent)
            .ShouldBe((8.22m, 2.03m, 19.80m, 81.20m));
        estimate.MarginBelowMinimum.ShouldBeTrue();
    }

    [Theory]
    [InlineData(6.94, 25.00, false)] // 20.00 − (6.94 + 3.00 + 3.06 + 2.00) = 5.00: exactly the minimum passes
    [InlineData(6.95, 24.95, true)]
    public void a_margin_is_below_the_minimum_only_when_it_is_lower(decimal unitCost, decimal marginPercent, bool below)
    {
        var estimate = ProfitCalculator.Estimate(Inputs(20.00m, unitCost, 0, new UnitSize(6, 4, 0.5m, 0.2m)), Defaults);

        (estimate.PerUnit.MarginPercent, estimate.MarginBelowMinimum).ShouldBe((marginPercent, below));
    }

    [Theory]
    [InlineData(15, 12, 0.75, 1, SizeTier.SmallStandard)]
    [InlineData(0.75, 15, 12, 1, SizeTier.SmallStandard)] // sides in any order
    [InlineData(15.01, 12, 0.75, 1, SizeTier.LargeStandard)]
    [InlineData(15, 12.01, 0.75, 1, SizeTier.LargeStandard)]
    [InlineData(15, 12, 0.76, 1, SizeTier.LargeStandard)]
    [InlineData(15, 12, 0.75, 1.01, SizeTier.LargeStandard)]
    [InlineData(18, 14, 8, 20, SizeTier.LargeStandard)]
    [InlineData(18.01, 14, 8, 20, SizeTier.LargeBulky)]
    [InlineData(18, 14.01, 8, 20, SizeTier.LargeBulky)]
    [InlineData(18, 14, 8.01, 20, SizeTier.LargeBulky)]
    [InlineData(18, 14, 8, 20.01, SizeTier.LargeBulky)]
    [InlineData(59, 33, 33, 50, SizeTier.LargeBulky)]
    [InlineData(59.01, 33, 33, 50, SizeTier.ExtraLarge)]
    [InlineData(59, 33.01, 33, 50, SizeTier.ExtraLarge)]
    [InlineData(59, 33, 33, 50.01, SizeTier.ExtraLarge)]
    public void the_size_tier_is_the_smallest_whose_limits_the_unit_fits(decimal length, decimal width, decimal height, decimal weight,
        SizeTier tier) =>
        ProfitCalculator.FulfilmentFee(new UnitSize(length, width, height, weight), 20m, Table).SizeTier.ShouldBe(tier);

    [Fact]
    public void small_standard_bills_the_unit_weight_even_when_the_dimensional_weight_is_higher()
    {
        // 15 × 12 × 0.75 = 135 in³ → 0.97 lb dimensional; the unit weighs 0.2 lb: band up to 0.25 lb, 3.06.
        var fee = ProfitCalculator.FulfilmentFee(new UnitSize(15, 12, 0.75m, 0.2m), 20m, Table);

        (fee.SizeTier, fee.DimensionalWeightLb, fee.BillableWeightLb, fee.BandUpToLb, fee.Fee).ShouldBe((SizeTier.SmallStandard, 0.97m, 0.2m, 0.25m, 3.06m));
    }

    [Theory]
    [InlineData(1.2, 1.29)] // dimensional 1.29 lb is the greater
    [InlineData(2.0, 2.0)] // the unit weight is the greater
    public void larger_tiers_bill_the_greater_of_unit_and_dimensional_weight(decimal unitWeight, decimal billable) =>
        ProfitCalculator.FulfilmentFee(new UnitSize(10, 6, 3, unitWeight), 20m, Table).BillableWeightLb.ShouldBe(billable);

    [Theory]
    [InlineData(9.99, PriceBand.Low, 4.40)]
    [InlineData(10.00, PriceBand.Standard, 5.17)]
    [InlineData(50.00, PriceBand.Standard, 5.17)]
    [InlineData(50.01, PriceBand.High, 5.43)]
    public void prices_under_10_and_over_50_take_their_own_fee_column(decimal price, PriceBand band, decimal fee)
    {
        var estimate = ProfitCalculator.FulfilmentFee(new UnitSize(10, 6, 3, 1.2m), price, Table);

        (estimate.PriceBand, estimate.Fee).ShouldBe((band, fee));
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
            .ShouldBe((weight, from, (decimal?)upTo, poundsAbove, fee));
    }

    [Theory]
    [InlineData(4838, 29_995.60, false)] // 6.20 × 4,838
    [InlineData(4839, 30_001.80, true)]
    public void a_first_order_needing_more_than_the_investment_limit_is_flagged(int firstOrder, decimal investment, bool flagged)
    {
        var capital = ProfitCalculator.Estimate(Inputs(firstOrder: firstOrder), Defaults).Capital;

        (capital.Investment, capital.OverMaxInvestment).ShouldBe((investment, flagged));
    }

    [Fact]
    public void an_investment_exactly_at_the_limit_is_not_flagged()
    {
        var capital = ProfitCalculator.Estimate(Inputs(unitCost: 4.80m, firstOrder: 5000), Defaults).Capital; // 6.00 × 5,000

        (capital.Investment, capital.OverMaxInvestment).ShouldBe((30_000.00m, false));
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

        ProfitCalculator.Estimate(Inputs(), Defaults with { FulfilmentFees = table }).PerUnit.FulfilmentFee.ShouldBe(6.00m);
    }

    [Fact]
    public void a_chosen_quote_replaces_the_estimated_unit_cost_and_lead_time()
    {
        var quote = new Quote(Guid.NewGuid(), Guid.NewGuid(), "Ningbo", Usd(4.80m), 500, 25, "Replacements", new DateOnly(2030, 12, 31));

        var numbers = Inputs().WithQuote(quote);

        (numbers.UnitCost, numbers.LeadTimeDays).ShouldBe((Usd(4.80m), 25));
        Inputs().WithQuote(null).ShouldBe(Inputs());
    }

    [Theory]
    [InlineData(UnitSystem.Metric, 25, 15, 7.6, 0.54, 9.84, 5.91, 2.99, 1.19)] // 9.8425…, 5.9055…, 2.9921…, 1.1905… (by 2.54 cm, 0.45359237 kg)
    [InlineData(UnitSystem.Metric, 38.1, 30.48, 1.905, 0.45359237, 15, 12, 0.75, 1)] // exactly the small standard limits
    [InlineData(UnitSystem.Imperial, 10, 6, 3.005, 1.2, 10, 6, 3.01, 1.2)] // half away from zero
    public void sizes_are_converted_to_inches_and_pounds_to_two_decimals(UnitSystem units, decimal length, decimal width, decimal height,
        decimal weight, decimal lengthIn, decimal widthIn, decimal heightIn, decimal weightLb) =>
        new MeasuredSize(length, width, height, weight, units).ToInchesAndPounds().ShouldBe(new UnitSize(lengthIn, widthIn, heightIn, weightLb));
}
