using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Service.FollowUps;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Kpis;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>The quality KPIs, hand-computed from records made through the API (service.md, "KPIs").</summary>
public sealed class ServiceQualityKpiTests(ServiceApp app) : ServiceTest(app)
{
    private async Task<Dictionary<string, Kpi>> Kpis() =>
        (await App.As(Role.Auditor, x => x.Get.Url("/api/service/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code);

    [Fact]
    public async Task with_nothing_measured_the_rates_have_no_value()
    {
        var kpis = await Kpis();

        foreach (var code in new[] { "service.answer_accuracy", "service.satisfaction", "service.complaint_timeliness", "service.collaboration_timeliness",
                     "service.collaboration_cooperation", "service.follow_up_completion" })
            kpis[code].Value.ShouldBeNull(code);
        kpis["service.complaints_registered"].Value.ShouldBe(0);
    }

    [Fact]
    public async Task accuracy_and_satisfaction_count_reviews_and_ratings_with_their_targets()
    {
        var first = (await App.Receive(NewInquiry(subject: "A"))).Result;
        var second = (await App.Receive(NewInquiry(subject: "B"))).Result;
        await App.Respond(first.Id).Ok<InquiryDetails>();
        await App.Respond(second.Id).Ok<InquiryDetails>();
        await App.Review(first.Id, 1, accurate: true).Ok<InquiryDetails>();
        await App.Review(second.Id, 1, accurate: false, note: "Quoted the wrong delivery date.").Ok<InquiryDetails>();
        await App.RateSatisfaction(first.Id, 4).Ok<InquiryDetails>();
        await App.RateSatisfaction(second.Id, 3).Ok<InquiryDetails>();

        var kpis = await Kpis();

        (kpis["service.answer_accuracy"].Value, kpis["service.answer_accuracy"].Target, kpis["service.answer_accuracy"].TargetMet)
            .ShouldBe((50m, 98m, false));
        kpis["service.answer_accuracy"].Parts.ShouldBe([new KpiPart("service@demo.ops", 50m)]);
        (kpis["service.satisfaction"].Value, kpis["service.satisfaction"].Target).ShouldBe((50m, 90m)); // 4 counts, 3 does not
    }

    [Fact]
    public async Task complaint_timeliness_counts_the_latest_resolution_against_the_resolution_deadline()
    {
        await App.ResolvedComplaint(); // at once: in time
        var (late, _) = await App.Register(NewComplaint(orderNumber: "111-0000002-0000002"));
        await App.Acknowledge(late.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(10)); // 48 business hours are long past
        await App.ResolveComplaint(late.Id).Ok<ComplaintDetails>();

        var kpis = await Kpis();

        (kpis["service.complaint_timeliness"].Value, kpis["service.complaint_timeliness"].Target).ShouldBe((50m, 95m));
        kpis["service.complaints_registered"].Value.ShouldBe(2);
    }

    [Fact]
    public async Task collaboration_is_assessed_per_helping_department_and_follow_up_plans_by_this_months_completion()
    {
        var request = await App.ResolvedRequest();
        await App.ConfirmRequest(request.Id, cooperation: 5, effect: 4).Ok<CollaborationRequestDetails>();
        var plan = await App.As(Role.Service, x => x.Post.Json(new
        {
            storeId = DemoStoreId, marketplace = "US", agent = "service@demo.ops", month = "2030-11", targetCustomers = 4,
        }).ToUrl("/api/service/follow-up-plans")).Ok<FollowUpPlanDetails>(201);
        await App.As(Role.Service, x => x.Post.Json(new
        {
            customer = "Jane Doe", method = "Phone", productExperience = "Fine.", serviceSatisfaction = 5,
        }).ToUrl($"/api/service/follow-up-plans/{plan.Id}/follow-ups")).Ok<FollowUpPlanDetails>();

        var kpis = await Kpis();

        kpis["service.collaboration_timeliness"].Value.ShouldBe(100m); // approved at once
        kpis["service.collaboration_timeliness"].Parts.ShouldBe([new KpiPart("product", 100m)]);
        (kpis["service.collaboration_cooperation"].Value, kpis["service.collaboration_effect"].Value).ShouldBe((5m, 4m));
        kpis["service.follow_up_completion"].Value.ShouldBe(25m); // 1 of 4
        kpis["service.follow_up_completion"].List!.Query["month"].ShouldBe("2030-11");
    }
}
