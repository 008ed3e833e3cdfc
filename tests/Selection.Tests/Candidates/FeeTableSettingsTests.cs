using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Settings;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class FeeTableSettingsTests(SelectionApp app) : SelectionTest(app)
{
    private const string Settings = "/api/selection/settings";
    private static readonly FulfilmentFeeTable Table = new();

    [Fact]
    public async Task the_fee_table_starts_at_the_simplified_fba_defaults()
    {
        var settings = (await As(Role.Product, x => x.Get.Url(Settings)).Ok<PolicySettingsView<SelectionSettings>>()).Settings;

        var table = settings.FulfilmentFees;
        (table.Currency, table.DimensionalWeightDivisor, table.LowPriceBelow, table.HighPriceAbove).ShouldBe(("USD", 139m, 10m, 50m));
        table.SizeTiers.ShouldBe([
            new SizeTierLimit(SizeTier.SmallStandard, 15, 12, 0.75m, 1),
            new SizeTierLimit(SizeTier.LargeStandard, 18, 14, 8, 20),
            new SizeTierLimit(SizeTier.LargeBulky, 59, 33, 33, 50),
        ]);
        table.ShouldBe(Table);
    }

    [Fact]
    public async Task a_changed_fee_table_is_used_by_the_next_estimate()
    {
        var candidate = await App.Proposed();
        var table = Table with { Bands = [.. Table.Bands.Select(b => b is { Tier: SizeTier.LargeStandard, UpToLb: 1.5m } ? b with { StandardFee = 6.00m } : b)] };

        var changed = await App.ChangeSettings(new SelectionSettings { FulfilmentFees = table });
        var estimate = await As(Role.Product, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}/profit-estimate")).Ok<ProfitEstimate>();

        changed.Settings.FulfilmentFees.ShouldBe(table);
        (estimate.Fulfilment.Fee, estimate.PerUnit.Margin).ShouldBe((Usd(6.00m), Usd(10.29m)));
    }

    [Theory]
    // 6 × 4 × 0.5 in small standard, price 29.99 ($10–50 column). A rate card in ounces: a 2 oz (0.125 lb) band at 2.95
    // before the default 0.25 lb band at 3.06. 0.125 lb is in the 2 oz band; 0.1251 lb is not, though it shows as 0.13
    // to two decimals either way.
    [InlineData(0.125, 0.125, 2.95)]
    [InlineData(0.1251, 0.25, 3.06)]
    public async Task a_band_bound_off_the_cent_grid_is_still_decided_on_the_exact_weight(decimal pounds, decimal bandUpTo, decimal fee)
    {
        var table = Table with { Bands = [new FulfilmentFeeBand(SizeTier.SmallStandard, 0.125m, 2.20m, 2.95m, 3.20m), .. Table.Bands] };
        await App.ChangeSettings(new SelectionSettings { FulfilmentFees = table });

        var whatIf = new EstimateProfitRequest
        {
            TargetPrice = Usd(29.99m), UnitCost = Usd(5.00m), ShippingPerUnit = Usd(1.20m), Size = Inches(6, 4, 0.5m, pounds),
            ExpectedMonthlyUnits = 300, FirstOrderQuantity = 500, TransitDays = 30, LeadTimeDays = 20,
        };
        var estimate = await As(Role.Product, x => x.Post.Json(whatIf).ToUrl($"{CandidatesUrl}/profit-estimate")).Ok<ProfitEstimate>();

        (estimate.Fulfilment.SizeTier, estimate.Fulfilment.BandUpToLb, estimate.Fulfilment.Fee).ShouldBe((SizeTier.SmallStandard, (decimal?)bandUpTo, Usd(fee)));
    }

    [Theory]
    [InlineData("fulfilmentFees.bands")]
    [InlineData("fulfilmentFees.sizeTiers")]
    [InlineData("fulfilmentFees.dimensionalWeightDivisor")]
    [InlineData("fulfilmentFees.highPriceAbove")]
    [InlineData("fulfilmentFees.bands[0].standardFee")]
    [InlineData("maxInvestmentPerSku.currency")]
    public async Task a_fee_table_that_leaves_a_unit_without_a_fee_is_refused(string field)
    {
        var table = field switch
        {
            // Large bulky ends without an open band: a 60 lb bulky unit would find no fee.
            "fulfilmentFees.bands" => Table with { Bands = [.. Table.Bands.Where(b => b is not { Tier: SizeTier.LargeBulky, UpToLb: null })] },
            "fulfilmentFees.sizeTiers" => Table with { SizeTiers = [.. Table.SizeTiers.Where(t => t.Tier != SizeTier.LargeBulky)] },
            "fulfilmentFees.dimensionalWeightDivisor" => Table with { DimensionalWeightDivisor = 0 },
            "fulfilmentFees.highPriceAbove" => Table with { HighPriceAbove = 5 },
            "fulfilmentFees.bands[0].standardFee" => Table with { Bands = [Table.Bands[0] with { StandardFee = -1 }, .. Table.Bands.Skip(1)] },
            _ => Table with { Currency = "EUR" },
        };

        await As(Role.OpsManager, x => x.Put.Json(new SelectionSettings { FulfilmentFees = table }).ToUrl(Settings)).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task tiers_must_nest()
    {
        var table = Table with { SizeTiers = [Table.SizeTiers[0] with { ShortestIn = 9 }, .. Table.SizeTiers.Skip(1)] };

        await As(Role.OpsManager, x => x.Put.Json(new SelectionSettings { FulfilmentFees = table }).ToUrl(Settings))
            .ShouldHaveFieldError("fulfilmentFees.sizeTiers");
    }
}
