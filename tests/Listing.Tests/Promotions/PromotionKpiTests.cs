using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;
using Ops.Listing.Promotions;
using Ops.Shared.Kpis;
using static Listing.Tests.Promotions.PromotionScenarios;

using Ops.Shared;

namespace Listing.Tests.Promotions;

/// <summary>The promotion indicators the listing KPIs endpoint reports, computed straight from the store.</summary>
public sealed class PromotionKpiTests(ListingApp app) : ListingTest(app)
{
    private async Task<IReadOnlyList<Kpi>> Kpis()
    {
        await using var session = Host.Services.GetRequiredService<IListingStore>().QuerySession();
        return await PromotionKpis.ComputeAsync(session, AutumnOf2030, new ListingKpiTargets(), CancellationToken.None);
    }

    /// <summary>A period holding every week these tests record (September 30 to November 4, 2030).</summary>
    private static readonly KpiPeriod AutumnOf2030 =
        new(new DateTimeOffset(2030, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 12, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>October completed (ACoS 30.77 %, over its 25 % target), November running (ACoS 20 %), September only planned.</summary>
    private async Task TwoDollarPlansWithResults()
    {
        var october = await App.Running();
        await App.RecordResult(october.Id, new DateOnly(2030, 9, 30), Usd(200m), Usd(650m)).Ok<PromotionPlanView>();
        await App.Command(october.Id, "complete").Ok<PromotionPlanView>();
        var november = await App.Running(StorePlan("2030-11"));
        await App.RecordResult(november.Id, new DateOnly(2030, 11, 4), Usd(100m), Usd(500m)).Ok<PromotionPlanView>();
        await App.Planned(StorePlan("2030-09"));
    }

    [Fact]
    public async Task roi_and_acos_add_up_every_recorded_week_of_every_plan()
    {
        await TwoDollarPlansWithResults();

        var kpis = await Kpis();

        var roi = kpis.Single(k => k.Code == "promotions.roi");
        (roi.Value, roi.Unit).ShouldBe((3.83m, KpiUnit.Ratio)); // 1,150 / 300 = 3.833…
        roi.Parts.ShouldBe([new KpiPart("USD", 3.83m)]);
        var acos = kpis.Single(k => k.Code == "promotions.acos");
        (acos.Value, acos.Unit).ShouldBe((26.09m, KpiUnit.Percent)); // 300 / 1,150 × 100 = 26.086…
        var targetMet = kpis.Single(k => k.Code == "promotions.acos_target_met");
        (targetMet.Value, targetMet.Unit).ShouldBe((50.0m, KpiUnit.Percent)); // November's 20 % meets 25 %, October's 30.77 % does not
        var plans = kpis.Single(k => k.Code == "promotions.plans");
        plans.Value.ShouldBe(3);
        plans.Parts.Select(p => (p.Key, p.Value)).ShouldBe([("Planned", 1m), ("Running", 1m), ("Completed", 1m), ("Cancelled", 0m)]);
    }

    [Fact]
    public async Task amounts_of_different_currencies_never_add_up()
    {
        await TwoDollarPlansWithResults();
        var listingId = await App.Listing();
        var euro = await App.Running(StorePlan() with
        {
            StoreId = null, ListingId = listingId, Budget = new Money(500m, "EUR"), SalesTarget = new Money(1_000m, "EUR"),
        });
        await App.RecordResult(euro.Id, new DateOnly(2030, 10, 7), new Money(50m, "EUR"), new Money(400m, "EUR")).Ok<PromotionPlanView>();

        var kpis = await Kpis();

        var roi = kpis.Single(k => k.Code == "promotions.roi");
        roi.Value.ShouldBeNull();
        roi.Parts.ShouldBe([new KpiPart("EUR", 8.00m), new KpiPart("USD", 3.83m)]);
        kpis.Single(k => k.Code == "promotions.acos").Parts.ShouldBe([new KpiPart("EUR", 12.50m), new KpiPart("USD", 26.09m)]);
        kpis.Single(k => k.Code == "promotions.acos_target_met").Value.ShouldBe(66.7m); // 2 of 3, one decimal as every rate KPI
    }

    [Fact]
    public async Task without_results_there_is_no_roi_or_acos_to_report()
    {
        await App.Planned();

        var kpis = await Kpis();

        kpis.Single(k => k.Code == "promotions.roi").Value.ShouldBeNull();
        kpis.Single(k => k.Code == "promotions.acos").Value.ShouldBeNull();
        kpis.Single(k => k.Code == "promotions.acos_target_met").Value.ShouldBeNull();
        kpis.Single(k => k.Code == "promotions.plans").Value.ShouldBe(1);
    }
}
