using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Kpis;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// The response KPIs, hand-computed: an inquiry counts in the period of its first response, on each of its clocks; the
/// rates break down per agent. The demo store opens at 09:00 New York, which is <see cref="OpsFixture.Start"/>.
/// </summary>
public sealed class InquiryKpiTests(ServiceApp app) : ServiceTest(app)
{
    private Task<KpiReport> Kpis() => App.As(Role.Auditor, x => x.Get.Url("/api/service/kpis")).Ok<KpiReport>();

    [Fact]
    public async Task with_nothing_answered_the_rates_have_no_value_and_nothing_was_received()
    {
        var kpis = (await Kpis()).Kpis.ToDictionary(k => k.Code);

        kpis["service.timely_response_rate"].Value.ShouldBeNull();
        kpis["service.amazon_timely_response_rate"].Value.ShouldBeNull();
        kpis["service.average_response_minutes"].Value.ShouldBeNull();
        kpis["service.inquiries_received"].Value.ShouldBe(0);
    }

    [Fact]
    public async Task both_clocks_are_reported_with_their_targets_and_per_agent()
    {
        var onTime = (await App.Receive(NewInquiry(InquiryChannel.Email, subject: "A"))).Result;
        var lateOnOurs = (await App.Receive(NewInquiry(InquiryChannel.AmazonBuyerMessage, subject: "B"))).Result;
        var lateOnBoth = (await App.Receive(NewInquiry(InquiryChannel.AmazonBuyerMessage, subject: "C"))).Result;
        await App.Receive(NewInquiry(InquiryChannel.Email, subject: "D (never answered)"));

        App.Clock.SetUtcNow(OpsFixture.Start.AddMinutes(30));
        await App.Respond(onTime.Id).Ok<InquiryDetails>(); // 30 of 60 business minutes: in time
        App.Clock.SetUtcNow(OpsFixture.Start.AddMinutes(90));
        await App.Respond(lateOnOurs.Id, role: Role.OpsManager).Ok<InquiryDetails>(); // 90 > 60 on ours, within Amazon's 24 h
        App.Clock.SetUtcNow(OpsFixture.Start.AddHours(25));
        await App.Respond(lateOnBoth.Id).Ok<InquiryDetails>(); // late on both

        var kpis = (await Kpis()).Kpis.ToDictionary(k => k.Code);

        var timely = kpis["service.timely_response_rate"];
        (timely.Value, timely.Target, timely.TargetMet).ShouldBe((33.3m, 95m, false)); // 1 of 3
        timely.Parts.ShouldBe([new KpiPart("ops-manager@demo.ops", 0m), new KpiPart("service@demo.ops", 50m)]);
        timely.List!.Query.ShouldBe(new Dictionary<string, string> { ["status"] = "Responded" });
        var amazon = kpis["service.amazon_timely_response_rate"];
        (amazon.Value, amazon.Target, amazon.TargetMet).ShouldBe((50m, 100m, false)); // B in time, C late
        amazon.Parts.ShouldBe([new KpiPart("ops-manager@demo.ops", 100m), new KpiPart("service@demo.ops", 0m)]);
        kpis["service.average_response_minutes"].Value.ShouldBe(540m); // (30 + 90 + 1500) / 3
        kpis["service.average_response_minutes"].Direction.ShouldBe(KpiDirection.LowerIsBetter);
        kpis["service.inquiries_received"].Value.ShouldBe(4);
    }

    [Fact]
    public async Task an_answer_counts_in_the_period_it_was_given_not_the_one_the_inquiry_arrived_in()
    {
        var inquiry = (await App.Receive(NewInquiry(InquiryChannel.Email))).Result;
        App.Clock.SetUtcNow(OpsFixture.Start.AddMinutes(10));
        await App.Respond(inquiry.Id).Ok<InquiryDetails>();

        var before = await App.As(Role.Auditor, x => x.Get.Url(
            $"/api/service/kpis?from={KpiPeriod.Format(OpsFixture.Start.AddDays(-30))}&to={KpiPeriod.Format(OpsFixture.Start.AddMinutes(5))}")).Ok<KpiReport>();
        var timely = before.Kpis.Single(k => k.Code == "service.timely_response_rate");

        timely.Value.ShouldBeNull(); // received in that period, answered after it
        before.Kpis.Single(k => k.Code == "service.inquiries_received").Value.ShouldBe(1);
        (await Kpis()).Kpis.Single(k => k.Code == "service.timely_response_rate").Value.ShouldBe(100m);
    }
}
