using Ops.Listing.Listings;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Kpis;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class KpiTests(ListingApp app) : ListingTest(app)
{
    private static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    [Fact]
    public async Task with_no_listings_there_is_nothing_to_measure_yet()
    {
        var report = await Kpis();

        report.Module.ShouldBe("listing");
        report.AsOf.ShouldBe(OpsFixture.Start);
        report.Kpis.Where(k => k.Code.StartsWith("listing.")).Select(k => (k.Code, k.Value, k.Unit)).ShouldBe([
            ("listing.listings_by_status", 0m, KpiUnit.Count),
            ("listing.first_pass_approval_rate", null, KpiUnit.Percent),
            ("listing.average_days_to_live", null, KpiUnit.Days),
            ("listing.go_live_deadline_met_rate", null, KpiUnit.Percent),
            ("listing.average_content_score", null, KpiUnit.Score),
            ("listing.keyword_coverage", null, KpiUnit.Percent),
        ]);
        // Keyword and promotion indicators follow in the same report.
        report.Kpis.Select(k => k.Code).ShouldContain("keywords.tracked");
        report.Kpis.Select(k => k.Code).ShouldContain("promotions.roi");
    }

    [Fact]
    public async Task the_indicators_measure_status_first_pass_approval_days_to_live_deadlines_and_content()
    {
        // A: approved by selection two days before, live the day after its purchase arrived (deadline met).
        await App.Deliver(Approved("A") with { ApprovedAt = OpsFixture.Start.AddDays(-2) });
        var a = Ops.Listing.Listings.Listing.IdFor("A");
        await App.ChangeContent(GoodContent(a)).Ok<ListingDetails>();
        await App.Post(a, "submit").Ok<ListingDetails>();
        // B: rejected on its first submission. C: a bare draft. D: live a day after its deadline was breached.
        await App.Rejected("B");
        await App.Drafted("C");
        var d = await App.Submitted("D");
        await App.Deliver(Receipt("A"), othersMayRefuse: true);
        var timers = await App.Deliver(Receipt("D"), othersMayRefuse: true);

        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(1));
        await App.Post(a, "review-result", Approval("B0AAAAAAAA")).Ok<ListingDetails>();
        var breach = timers.Scheduled.SingleEnvelope<BreachGoLiveDeadline>();
        App.Clock.SetUtcNow(breach.ScheduledTime!.Value);
        await Host.InvokeMessageAndWaitAsync(breach.Message!);
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(4));
        await App.Post(d.Id, "review-result", Approval("B0DDDDDDDD")).Ok<ListingDetails>();

        var kpis = (await Kpis()).Kpis.ToDictionary(k => k.Code);

        kpis["listing.listings_by_status"].Value.ShouldBe(4);
        kpis["listing.listings_by_status"].Parts.Select(p => (p.Key, p.Value)).ShouldBe([
            ("Draft", 1m), ("Submitted", 0m), ("Live", 2m), ("Rejected", 1m), ("Revised", 0m), ("Suppressed", 0m), ("Delisted", 0m), ("Relisted", 0m),
        ]);
        kpis["listing.first_pass_approval_rate"].Value.ShouldBe(66.7m);
        kpis["listing.average_days_to_live"].Value.ShouldBe(3.5m); // A: 3 days from product approval; D: 4 days from its draft
        kpis["listing.go_live_deadline_met_rate"].Value.ShouldBe(50m);
        kpis["listing.average_content_score"].Value.ShouldBe(75m); // 100, 100, 0, 100
        kpis["listing.keyword_coverage"].Value.ShouldBe(100m); // A, B, D cover all three target keywords; C has none set
    }

    [Fact]
    public async Task indicators_are_named_in_the_requests_language()
    {
        var report = await As(Role.Auditor, x =>
        {
            x.Get.Url("/api/listing/kpis");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).Ok<KpiReport>();

        report.Kpis.Where(k => k.Code.StartsWith("listing.")).Select(k => k.Name)
            .ShouldBe(["各状态商品数", "首次提交通过率", "从批准到上架平均天数", "按时上架率", "平均内容评分", "目标关键词覆盖率"]);
    }

    [Fact]
    public async Task everyone_signed_in_reads_the_indicators()
    {
        await Anonymous(x => x.Get.Url("/api/listing/kpis")).ShouldBeProblem(401, "unauthenticated");
        await As(Role.Staff, x => x.Get.Url("/api/listing/kpis")).Ok<KpiReport>();
    }

    private Task<KpiReport> Kpis() => As(Role.OpsManager, x => x.Get.Url("/api/listing/kpis")).Ok<KpiReport>();

    private static PurchaseReceived Receipt(string sku) => new(Guid.CreateVersion7(), DemoStoreId, sku, Guid.CreateVersion7(), 100, 100,
        DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime), DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime), OpsFixture.Start);
}
