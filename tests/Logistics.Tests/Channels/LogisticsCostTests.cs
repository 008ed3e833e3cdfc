using Ops.Logistics.Channels;
using Ops.Logistics.Contracts;
using Ops.Selection.Contracts;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using static Logistics.Tests.Channels.ChannelScenarios;
using static Logistics.Tests.Channels.ChannelQualityTests;

namespace Logistics.Tests.Channels;

public sealed class LogisticsCostTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string CostsUrl = "/api/logistics/costs";

    [Fact]
    public async Task monthly_cost_per_channel_takes_the_actual_cost_or_estimates_it_from_the_cost_model_and_compares_it_with_sales()
    {
        // A 0.35 lb unit: two weigh 0.7 × 0.45359237 = 0.317514659 kg; estimate 5 + 2 × 0.317514659 + 0.5 × 2 = 6.635029318.
        await App.Deliver(new ProductApproved(Guid.NewGuid(), "OPS-CH-1", "Baking mat", "Kitchen", "US", Guid.NewGuid(), "Ningbo Home", "USD", 2.10m,
            14.99m, 25, 300, new ProductSize(16.5m, 11.6m, 0.4m, 0.35m), OpsFixture.Start), othersMayRefuse: true);
        var dhl = await App.RegisteredChannel(DhlExpress());
        Guid actual = Guid.NewGuid(), estimated = Guid.NewGuid(), october = Guid.NewGuid();
        await App.Deliver(Shipped(actual, dhl.Id, "O-1", cost: 8.40m), othersMayRefuse: true);
        await App.Deliver(Shipped(estimated, dhl.Id, "O-2"), othersMayRefuse: true);
        await App.Deliver(Shipped(estimated, dhl.Id, "O-2"), othersMayRefuse: true);
        await App.Deliver(Shipped(october, dhl.Id, "O-3", cost: 3m, at: OpsFixture.Start.AddMonths(-1)), othersMayRefuse: true);

        var report = await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}?from=2030-10&to=2030-11")).Ok<LogisticsCostReport>();

        report.Months.Select(m => m.Month).ShouldBe(["2030-10", "2030-11"]);
        var november = report.Months[1];
        november.Channels.Single().ShouldBe(new ChannelMonthCost(dhl.Id, "DHL-EXP-US", "DHL Express US", new Money(15.035029318m, "USD"), 2, 1));
        // Sales: two orders × 2 × 20 = 80; 15.035029318 / 80 = 18.79 %.
        november.Totals.Single().ShouldBe(new MonthCostTotal(new Money(15.035029318m, "USD"), new Money(80m, "USD"), 18.79m));
        report.Months[0].Totals.Single().ShouldBe(new MonthCostTotal(new Money(3m, "USD"), new Money(40m, "USD"), 7.5m));
    }

    [Fact]
    public async Task the_months_asked_for_are_checked()
    {
        await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}?from=2030-13")).ShouldHaveFieldError("from");
        await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}?from=2030-11&to=2030-10")).ShouldHaveFieldError("from");
        await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}?from=2028-10&to=2030-10")).ShouldHaveFieldError("from");
        // The default: the six months up to the current one.
        (await App.As(Role.Auditor, x => x.Get.Url(CostsUrl)).Ok<LogisticsCostReport>()).ShouldSatisfyAllConditions(
            r => r.From.ShouldBe("2030-06"), r => r.To.ShouldBe("2030-11"), r => r.Months.Count.ShouldBe(6));
    }

    [Fact]
    public async Task cost_saving_notes_are_written_per_channel_and_month_and_shown_in_the_report()
    {
        var dhl = await App.RegisteredChannel(DhlExpress());

        var note = await App.As(Role.Logistics, x => x.Post.Json(new WriteCostSavingNoteRequest
        {
            ChannelId = dhl.Id, Month = "2030-11", Text = "Consolidate two weekly pickups into one",
        }).ToUrl($"{CostsUrl}/notes")).Ok<CostSavingNoteView>(201);

        note.ShouldSatisfyAllConditions(n => n.Month.ShouldBe("2030-11"), n => n.ChannelId.ShouldBe(dhl.Id), n => n.WrittenAt.ShouldBe(OpsFixture.Start));
        (await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}/notes?channelId={dhl.Id}&from=2030-11")).Ok<Page<CostSavingNoteView>>())
            .Items.Select(n => n.Id).ShouldBe([note.Id]);
        (await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}/notes?to=2030-10")).Ok<Page<CostSavingNoteView>>()).Items.ShouldBeEmpty();
        (await App.As(Role.Auditor, x => x.Get.Url($"{CostsUrl}?from=2030-11&to=2030-11")).Ok<LogisticsCostReport>())
            .Months.Single().Notes.Single().Text.ShouldBe("Consolidate two weekly pickups into one");
    }

    [Fact]
    public async Task a_note_needs_a_registered_channel_and_a_month_not_in_the_future()
    {
        await App.As(Role.Logistics, x => x.Post.Json(new WriteCostSavingNoteRequest { ChannelId = Guid.NewGuid(), Month = "2030-11", Text = "x" })
            .ToUrl($"{CostsUrl}/notes")).ShouldBeProblem(409, CostSavingNoteRules.ChannelMustExist.Code);
        await App.As(Role.Logistics, x => x.Post.Json(new WriteCostSavingNoteRequest { ChannelId = Guid.NewGuid(), Month = "2030-12", Text = "x" })
            .ToUrl($"{CostsUrl}/notes")).ShouldHaveFieldError("month");
        await App.As(Role.Auditor, x => x.Post.Json(new WriteCostSavingNoteRequest { ChannelId = Guid.NewGuid(), Month = "2030-11", Text = "x" })
            .ToUrl($"{CostsUrl}/notes")).ShouldBeProblem(403, Ops.Shared.Http.ProblemCodes.Forbidden);
    }

    [Fact]
    public async Task the_kpi_gives_logistics_cost_as_a_percentage_of_sales_over_the_period()
    {
        var dhl = await App.RegisteredChannel(DhlExpress());
        var order = Guid.NewGuid();
        await App.Deliver(Shipped(order, dhl.Id, "O-1", cost: 6m, at: OpsFixture.Start.AddDays(-1)), othersMayRefuse: true);

        var kpis = await App.As(Role.Auditor, x => x.Get.Url("/api/logistics/kpis")).Ok<KpiReport>();

        // 6 / 40 = 15 %.
        kpis.Kpis.Single(k => k.Code == "costs.cost_of_sales").ShouldSatisfyAllConditions(
            k => k.Value.ShouldBe(15m), k => k.Previous.ShouldBeNull(), k => k.Parts.Single().ShouldBe(new KpiPart("USD", 15m)),
            k => k.Direction.ShouldBe(KpiDirection.LowerIsBetter));
    }
}
