using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Listing.Promotions;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using static Listing.Tests.Listings.ListingScenarios;
using static Listing.Tests.Promotions.PromotionScenarios;

namespace Listing.Tests.Listings;

/// <summary>
/// The listing KPIs over a period: what each counts within it, the previous period, the trend, the targets from the
/// settings (ACoS ≤ 25 % by default, as data.md sets it), and the list behind each figure.
/// </summary>
public sealed class KpiPeriodTests(ListingApp app) : ListingTest(app)
{
    private static readonly KpiPeriod Period = new(OpsFixture.Start.AddDays(20), OpsFixture.Start.AddDays(50));

    [Fact]
    public async Task first_pass_approval_counts_the_first_answers_within_the_period_and_links_those_listings()
    {
        await App.Rejected("BEFORE-REJECTED");
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(25));
        await App.Live("IN-LIVE");
        await App.Rejected("IN-REJECTED");
        await App.Drafted("IN-DRAFT"); // no answer yet: not counted, not listed

        var rate = Kpi(await Report(Period), "listing.first_pass_approval_rate");

        (rate.Scope, rate.Value, rate.Previous, rate.Direction).ShouldBe((KpiScope.Period, 50.0m, 0.0m, KpiDirection.HigherIsBetter));
        rate.Trend.Select(p => p.Value).ShouldBe([null, null, null, null, 0.0m, 50.0m]);
        (await Follow<ListingDetails>(rate.List.ShouldNotBeNull())).Select(l => l.Sku).ShouldBe(["IN-LIVE", "IN-REJECTED"], ignoreOrder: true);
    }

    [Fact]
    public async Task days_to_live_count_the_listings_first_live_within_the_period()
    {
        var early = await App.Submitted("LIVE-IN-TWO-DAYS");
        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.Post(early.Id, "review-result", Approval()).Ok<ListingDetails>();
        var late = await App.Submitted("LIVE-IN-THREE-WEEKS");
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(23));
        await App.Post(late.Id, "review-result", Approval("B0LUMINA02")).Ok<ListingDetails>();

        var days = Kpi(await Report(Period), "listing.average_days_to_live");

        (days.Unit, days.Value, days.Previous, days.Direction).ShouldBe((KpiUnit.Days, 21.0m, 2.0m, KpiDirection.LowerIsBetter));
        (await Follow<ListingDetails>(days.List.ShouldNotBeNull())).Select(l => l.Sku).ShouldBe(["LIVE-IN-THREE-WEEKS"]);
    }

    [Fact]
    public async Task promotion_acos_is_a_percentage_measured_against_25_percent_by_default_and_roi_a_ratio()
    {
        var october = await App.Running();
        await App.RecordResult(october.Id, new DateOnly(2030, 9, 30), Usd(200m), Usd(650m)).Ok<PromotionPlanView>(); // the previous period
        await App.RecordResult(october.Id, new DateOnly(2030, 10, 28), Usd(100m), Usd(500m)).Ok<PromotionPlanView>();

        var report = await Report();

        var acos = Kpi(report, "promotions.acos");
        (acos.Unit, acos.Value, acos.Previous).ShouldBe((KpiUnit.Percent, 20.00m, 30.77m));
        (acos.Target, acos.Direction, acos.TargetMet).ShouldBe((25m, KpiDirection.LowerIsBetter, true));
        var roi = Kpi(report, "promotions.roi");
        (roi.Unit, roi.Value, roi.Previous, roi.Direction, roi.Target).ShouldBe((KpiUnit.Ratio, 5.00m, 3.25m, KpiDirection.HigherIsBetter, null));

        await App.ChangeSettings(new ListingSettings { KpiTargets = new ListingKpiTargets { PromotionAcosPercent = 15m, PromotionRoi = 6m } });
        var stricter = await Report();

        (Kpi(stricter, "promotions.acos").Target, Kpi(stricter, "promotions.acos").TargetMet).ShouldBe((15m, false));
        (Kpi(stricter, "promotions.roi").Target, Kpi(stricter, "promotions.roi").TargetMet).ShouldBe((6m, false));
    }

    [Fact]
    public async Task the_promotion_figures_link_the_plans_with_results_in_the_period()
    {
        var october = await App.Running();
        await App.RecordResult(october.Id, new DateOnly(2030, 10, 28), Usd(100m), Usd(500m)).Ok<PromotionPlanView>();
        var september = await App.Running(StorePlan("2030-09"));
        await App.RecordResult(september.Id, new DateOnly(2030, 9, 9), Usd(100m), Usd(300m)).Ok<PromotionPlanView>();
        await App.Planned(StorePlan("2030-11"));

        var roi = Kpi(await Report(), "promotions.roi");

        (await Follow<PromotionPlanView>(roi.List.ShouldNotBeNull())).Select(p => p.Month).ShouldBe(["2030-10"]);
    }

    [Fact]
    public async Task a_period_that_ends_before_it_starts_is_refused_with_a_field_error()
    {
        await As(Role.Auditor, x => x.Get.Url("/api/listing/kpis?from=2030-11-04T00:00:00Z&to=2030-10-04T00:00:00Z")).ShouldHaveFieldError("from");
    }

    private Task<KpiReport> Report(KpiPeriod? period = null) => As(Role.OpsManager, x => x.Get.Url(
        period is null ? "/api/listing/kpis" : $"/api/listing/kpis?from={KpiPeriod.Format(period.From)}&to={KpiPeriod.Format(period.To)}")).Ok<KpiReport>();

    private static Kpi Kpi(KpiReport report, string code) => report.Kpis.Single(k => k.Code == code);

    /// <summary>The list a KPI links, as an integrator would call it: its resource with its query.</summary>
    private async Task<IReadOnlyList<T>> Follow<T>(KpiList list)
    {
        var query = string.Join('&', list.Query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return (await As(Role.Auditor, x => x.Get.Url($"{list.Resource}?{query}&pageSize={PageRequest.MaxPageSize}")).Ok<Page<T>>()).Items;
    }
}
