using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

/// <summary>
/// Issue 11 §4 through the API: sizes sent with more than two decimals, in inches or centimetres, reach the estimate
/// unrounded and are priced in the tier and band they are in. Fees worked out by hand from the default table.
/// </summary>
public sealed class ExactProfitEstimateTests(SelectionApp app) : SelectionTest(app)
{
    private const string WhatIf = $"{CandidatesUrl}/profit-estimate";

    private static SizeRequest Centimetres(decimal length, decimal width, decimal height, decimal kilograms) => new()
    {
        Length = length, Width = width, Height = height, Weight = kilograms, UnitSystem = UnitSystem.Metric,
    };

    private static EstimateProfitRequest WhatIfFor(SizeRequest size) => new()
    {
        TargetPrice = Usd(29.99m), UnitCost = Usd(5.00m), ShippingPerUnit = Usd(1.20m), Size = size, ExpectedMonthlyUnits = 300,
        FirstOrderQuantity = 500, TransitDays = 30, LeadTimeDays = 20,
    };

    private Task<ProfitEstimate> WhatIfEstimate(SizeRequest size) =>
        As(Role.Product, x => x.Post.Json(WhatIfFor(size)).ToUrl(WhatIf)).Ok<ProfitEstimate>();

    [Fact]
    public async Task a_unit_0_752_in_thick_is_large_standard_and_the_estimate_shows_the_size_it_was_priced_on()
    {
        var estimate = await WhatIfEstimate(Inches(15, 12, 0.752m, 0.2m));

        // 0.752 > 0.75 in: large standard; 15 × 12 × 0.752 / 139 = 0.9738… lb billable; band 0.75–1 lb at $10–50: 4.55.
        estimate.Inputs.Size.ShouldBe(new UnitSize(15, 12, 0.752m, 0.2m));
        (estimate.Fulfilment.SizeTier, estimate.Fulfilment.ShortestIn, estimate.Fulfilment.BillableWeightLb, estimate.Fulfilment.Fee)
            .ShouldBe((SizeTier.LargeStandard, 0.752m, 135.36m / 139, Usd(4.55m)));
        // 29.99 − (6.20 + 4.4985 + 4.55 + 2.999) = 11.7425 → 11.74; 11.7425 / 29.99 = 39.1547… % → 39.15.
        (estimate.PerUnit.Margin, estimate.PerUnit.MarginPercent).ShouldBe((Usd(11.74m), 39.15m));
    }

    [Fact]
    public async Task a_unit_of_1_004_lb_entered_in_kilograms_is_charged_the_band_above_1_lb()
    {
        // 1.004 lb = 0.45540673948 kg; 40.64 × 2.54 × 2.54 cm = 16 × 1 × 1 in: large standard, band 1–1.5 lb: 5.17.
        var estimate = await WhatIfEstimate(Centimetres(40.64m, 2.54m, 2.54m, 0.45540673948m));

        estimate.Inputs.Size.ShouldBe(new UnitSize(16, 1, 1, 1.004m));
        (estimate.Fulfilment.SizeTier, estimate.Fulfilment.BandFromLb, estimate.Fulfilment.BandUpToLb, estimate.Fulfilment.Fee)
            .ShouldBe((SizeTier.LargeStandard, 1m, (decimal?)1.5m, Usd(5.17m)));
    }

    [Theory]
    // 1.904 cm = 0.7496… in: small standard, 0.2 lb billed, band ≤ 0.25 lb: 3.06.
    [InlineData("1.904", SizeTier.SmallStandard, "3.06")]
    // 1.905 cm = 0.75 in exactly: still small standard: 3.06.
    [InlineData("1.905", SizeTier.SmallStandard, "3.06")]
    // 1.906 cm = 0.7504 in: large standard, 15 × 12 × 0.7504 / 139 = 0.9717… lb, band 0.75–1 lb: 4.55.
    [InlineData("1.906", SizeTier.LargeStandard, "4.55")]
    public async Task the_small_standard_thickness_limit_holds_exactly_for_centimetres(string heightCm, SizeTier tier, string fee)
    {
        // 38.1 × 30.48 cm = 15 × 12 in; 0.090718474 kg = 0.2 lb.
        var estimate = await WhatIfEstimate(Centimetres(38.1m, 30.48m, decimal.Parse(heightCm), 0.090718474m));

        (estimate.Fulfilment.SizeTier, estimate.Fulfilment.Fee).ShouldBe((tier, Usd(decimal.Parse(fee))));
    }

    [Fact]
    public async Task a_proposed_candidate_keeps_its_exact_size_and_is_screened_on_it()
    {
        var proposed = await App.Proposed(NewCandidate() with { Size = Inches(15, 12, 0.752m, 0.2m) });

        var screened = await App.Post(proposed.Id, "screening", Screening()).Ok<CandidateDetails>();

        proposed.Numbers.Size.ShouldBe(new UnitSize(15, 12, 0.752m, 0.2m));
        var fulfilment = screened.Screenings.Single().Estimate.Fulfilment;
        (fulfilment.SizeTier, fulfilment.Fee).ShouldBe((SizeTier.LargeStandard, Usd(4.55m)));
    }

    [Fact]
    public async Task a_candidate_stored_with_a_rounded_size_is_priced_from_its_size_as_entered()
    {
        // As proposals were stored before sizes kept full precision: 0.752 in entered, 0.75 in converted.
        var id = Guid.CreateVersion7();
        var rounded = new ProfitInputs(Usd(29.99m), Usd(5.00m), Usd(1.20m), new UnitSize(15, 12, 0.75m, 0.2m), 300, 500, null, 30, 20);
        var proposed = new CandidateProposed(id, new CandidateProfile("Slim tray", "Home & Kitchen", "US", null, "Thinner than the rest"),
            new MeasuredSize(15, 12, 0.752m, 0.2m, UnitSystem.Imperial), rounded, "product@demo.ops", OpsFixture.Start);
        var store = Host.Services.GetRequiredService<ISelectionStore>();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<Candidate>(id, proposed);
            await session.SaveChangesAsync();
        }
        await using (var session = store.LightweightSession())
        {
            // And a read model projected then, before the projection converted afresh.
            var details = await session.LoadAsync<CandidateDetails>(id);
            details!.Numbers.Size.ShouldBe(new UnitSize(15, 12, 0.752m, 0.2m)); // projected from the size as entered
            session.Store(details with { Numbers = rounded });
            await session.SaveChangesAsync();
        }

        var estimate = await As(Role.Product, x => x.Get.Url($"{CandidatesUrl}/{id}/profit-estimate")).Ok<ProfitEstimate>();
        var screened = await App.Post(id, "screening", Screening()).Ok<CandidateDetails>();

        (estimate.Fulfilment.SizeTier, estimate.Fulfilment.Fee).ShouldBe((SizeTier.LargeStandard, Usd(4.55m)));
        screened.Screenings.Single().Estimate.Fulfilment.SizeTier.ShouldBe(SizeTier.LargeStandard);
        (await App.Candidate(id)).SizeAsGiven.ShouldBe(new MeasuredSize(15, 12, 0.752m, 0.2m, UnitSystem.Imperial));
    }
}
