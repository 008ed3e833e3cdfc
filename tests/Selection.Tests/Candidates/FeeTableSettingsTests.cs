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
        (estimate.Fulfilment.Fee, estimate.PerUnit.Margin).ShouldBe((6.00m, 10.29m));
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
