using Ops.Service.Complaints;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>What other modules hear of a complaint (service.md, "Messages"): its registration and each resolution, through the outbox.</summary>
public sealed class ComplaintAnnouncementTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_registered_complaint_is_announced_with_what_risk_and_data_count()
    {
        var (complaint, messages) = await App.Register();

        messages.SingleAnnounced<Ops.Service.Contracts.ComplaintRegistered>().ShouldBe(new Ops.Service.Contracts.ComplaintRegistered(
            complaint.Id, DemoStoreId, "US", "111-0000001-0000001", "OPS-LAMP", "ProductQuality", "The lamp flickers after two days.", OpsFixture.Start,
            NewYork(4, 11, 0), NewYork(11, 12, 0)));
    }

    [Fact]
    public async Task each_resolution_is_announced_with_whether_it_was_in_time_and_a_refusal_announces_nothing()
    {
        var (complaint, _) = await App.Register(NewComplaint(category: null) with { Sku = null });
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(5, 9, 0));

        var (_, first) = await App.Tracking(() => App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>());
        var (_, refused) = await App.Tracking(() => App.ResolveComplaint(complaint.Id));
        await App.Complaint(complaint.Id, "reopen", new { reason = "No." }).Ok<ComplaintDetails>();
        App.Clock.SetUtcNow(NewYork(12, 9, 0));
        var (_, second) = await App.Tracking(() => App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>());

        first.SingleAnnounced<Ops.Service.Contracts.ComplaintResolved>().ShouldBe(new Ops.Service.Contracts.ComplaintResolved(complaint.Id, DemoStoreId,
            "US", "111-0000001-0000001", null, null, OpsFixture.Start, NewYork(11, 12, 0), NewYork(5, 9, 0), InTime: true, Round: 1));
        refused.Announced<Ops.Service.Contracts.ComplaintResolved>().ShouldBeEmpty();
        (second.SingleAnnounced<Ops.Service.Contracts.ComplaintResolved>() is { InTime: false, Round: 2 }).ShouldBeTrue();
    }
}
