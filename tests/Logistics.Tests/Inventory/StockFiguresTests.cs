using Ops.Logistics.Inventory;
using Ops.Shared;

namespace Logistics.Tests.Inventory;

/// <summary>
/// The figures of logistics.md "Inventory item", hand-computed. Baseline: 60 units shipped over 30 days → velocity 2/day;
/// safety 14 days → 28; lead time 25 days → reorder point 2 × 25 + 28 = 78; target cover 60 days → 120; MOQ 300.
/// </summary>
public sealed class StockFiguresTests
{
    private static readonly DateOnly Today = new(2030, 11, 4);

    private static FigureInputs Inputs(int available, int inbound = 0, int shipped = 60, int? moq = 300, bool fba = false, int targetCover = 60) =>
        new(OnHand: available + 5, Reserved: 5, Inbound: inbound, UnitsShipped: shipped, VelocityWindowDays: 30, SafetyDays: 14, TargetCoverDays: targetCover,
            SlowMovingCoverDays: 120, ExcessCoverDays: 90, LeadTimeDays: 25, MinimumOrderQuantity: moq, AtFba: fba, Today: Today);

    private static StockFigures Figures(FigureInputs inputs) => StockFigures.Compute(inputs);

    [Fact]
    public void each_figure_comes_with_its_inputs()
    {
        var f = Figures(Inputs(available: 100));

        f.Velocity.ShouldBe(new Velocity(2m, 60, 30));
        f.SafetyStock.ShouldBe(new SafetyStock(28m, 14, 2m));
        f.ReorderPoint.ShouldBe(new ReorderPoint(78m, 2m, 25, 28m));
    }

    [Fact]
    public void exactly_at_the_reorder_point_a_replenishment_is_suggested_rounded_up_to_the_moq()
    {
        var f = Figures(Inputs(available: 70, inbound: 8));

        f.Replenishment.ShouldBe(new ReplenishmentFigure(true, 300, Needed: 42m, 2m, 60, Available: 70, Inbound: 8, ReorderPoint: 78m, MinimumOrderQuantity: 300));
        f.Alerts.HasFlag(StockAlerts.ReorderPoint).ShouldBeTrue();
    }

    [Fact]
    public void one_unit_above_the_reorder_point_nothing_is_suggested()
    {
        var f = Figures(Inputs(available: 71, inbound: 8));

        f.Replenishment.ShouldSatisfyAllConditions(r => r.Suggested.ShouldBeFalse(), r => r.Quantity.ShouldBe(0));
        f.Alerts.HasFlag(StockAlerts.ReorderPoint).ShouldBeFalse();
    }

    [Fact]
    public void a_need_above_the_moq_is_kept_and_a_fraction_is_rounded_up_to_a_whole_unit()
    {
        Figures(Inputs(available: 70, inbound: 8, moq: 30)).Replenishment.Quantity.ShouldBe(42, "120 − 78 = 42 ≥ MOQ 30");
        // 59 / 30 = 1.9667/day; 45 days of cover = 88.5; 88.5 − 70 = 18.5 → 19 (reorder point 39 × 1.9667 = 76.7 ≥ 70).
        Figures(Inputs(available: 70, shipped: 59, moq: null, targetCover: 45)).Replenishment
            .ShouldSatisfyAllConditions(r => r.Suggested.ShouldBeTrue(), r => r.Needed.ShouldBe(18.5m), r => r.Quantity.ShouldBe(19),
                r => r.MinimumOrderQuantity.ShouldBe(1));
    }

    [Fact]
    public void exactly_at_the_safety_stock_is_not_low_one_below_is()
    {
        Figures(Inputs(available: 28)).LowStock.ShouldBeFalse();
        var low = Figures(Inputs(available: 27));
        low.LowStock.ShouldBeTrue();
        low.Alerts.HasFlag(StockAlerts.LowStock).ShouldBeTrue();
    }

    [Fact]
    public void the_stockout_date_is_available_over_velocity_days_from_today_and_within_the_lead_time_only_before_it_ends()
    {
        Figures(Inputs(available: 70)).Stockout.ShouldBe(new StockoutFigure(Today.AddDays(35), 35m, 70, 2m, 25, WithinLeadTime: false));
        Figures(Inputs(available: 50)).Stockout.ShouldSatisfyAllConditions(
            s => s.StockoutOn.ShouldBe(Today.AddDays(25)), s => s.WithinLeadTime.ShouldBeFalse("a purchase placed today arrives that day"));
        var soon = Figures(Inputs(available: 49));
        soon.Stockout.ShouldSatisfyAllConditions(s => s.StockoutOn.ShouldBe(Today.AddDays(24)), s => s.WithinLeadTime.ShouldBeTrue());
        soon.Alerts.HasFlag(StockAlerts.StockoutForecast).ShouldBeTrue();
    }

    [Fact]
    public void zero_velocity_forecasts_no_stockout_suggests_nothing_and_is_never_low()
    {
        var f = Figures(Inputs(available: 0, shipped: 0));

        f.ShouldSatisfyAllConditions(
            x => x.Velocity.PerDay.ShouldBe(0m),
            x => x.Stockout.StockoutOn.ShouldBeNull(),
            x => x.Stockout.DaysOfCover.ShouldBeNull(),
            x => x.Replenishment.Suggested.ShouldBeFalse(),
            x => x.LowStock.ShouldBeFalse(),
            x => x.SlowMoving.ShouldBeFalse("nothing on hand"));
        Figures(Inputs(available: 10, shipped: 0)).SlowMoving.ShouldBeTrue("stock that does not sell at all is slow-moving");
    }

    [Fact]
    public void slow_moving_beyond_the_cover_days_not_at_them()
    {
        Figures(Inputs(available: 240)).SlowMoving.ShouldBeFalse("240 / 2 = 120 days, not more than 120");
        Figures(Inputs(available: 241)).SlowMoving.ShouldBeTrue();
    }

    [Fact]
    public void excess_only_at_fba_beyond_the_excess_cover_days_with_the_aged_fee_risk()
    {
        Figures(Inputs(available: 170, inbound: 10, fba: true)).Excess.ShouldBe(new ExcessFigure(false, 90m, 90, true, false));
        Figures(Inputs(available: 172, inbound: 10, fba: true)).Excess.ShouldBe(new ExcessFigure(true, 91m, 90, true, true));
        Figures(Inputs(available: 172, inbound: 10, fba: false)).Excess.Excess.ShouldBeFalse();
    }

    [Fact]
    public void stock_is_aged_first_in_first_out()
    {
        var now = new DateTimeOffset(2030, 11, 4, 0, 0, 0, TimeSpan.Zero);
        var age = StockAge.Of([(now.AddDays(-400), 100), (now.AddDays(-200), 50), (now.AddDays(-10), 30), (now.AddDays(-5), -120)], now);

        age.ShouldBe(new StockAge(UpTo180Days: 30, From181To365Days: 30, Over365Days: 0));
        age.AgedFeeRisk.ShouldBeTrue();
        StockAge.Of([(now.AddDays(-180), 10)], now).ShouldBe(new StockAge(10, 0, 0), "180 days old is not yet aged");
        StockAge.Of([(now.AddDays(-366), 10), (now.AddDays(-1), 3)], now).ShouldBe(new StockAge(3, 0, 10));
    }

    [Fact]
    public void turnover_is_cogs_over_average_inventory_value()
    {
        static Money Eur(decimal amount) => new(amount, "EUR");
        // 60 shipped × 2.50 = 150; (100 + 80) / 2 × 2.50 = 225; 150 / 225 = 0.67.
        TurnoverFigure.Of(30, 60, Eur(2.5m), 100, 80).ShouldBe(new TurnoverFigure(30, 60, Eur(2.5m), Eur(150m), 100, 80, Eur(225m), 0.67m));
        TurnoverFigure.Of(30, 0, Eur(2.5m), 0, 0).Turnover.ShouldBeNull("no stock, no turnover");
        TurnoverFigure.Of(30, 10, null, 10, 10).ShouldBe(new TurnoverFigure(30, 10, null, null, 10, 10, null, null), "no unit cost, no amounts");
    }
}
