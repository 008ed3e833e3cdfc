using Ops.Service.Collaboration;
using Ops.Service.Contracts;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>What performance hears of a collaboration request: its confirmation with the assessment, through the outbox.</summary>
public sealed class CollaborationAnnouncementTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_confirmed_request_is_announced_with_its_timeliness_and_ratings()
    {
        var (request, _) = await App.Raise(); // Monday 09:00
        App.Clock.SetUtcNow(NewYork(6, 16, 0)); // Wednesday: 25 business hours later, an hour late
        await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();
        await App.ResolveRequest(request.Id).Ok<CollaborationRequestDetails>();
        var (_, reopened) = await App.Tracking(() => App.Collaboration(request.Id, "reopen", new { text = "And the weight?" }, Ops.Shared.Role.Listing)
            .Ok<CollaborationRequestDetails>());
        await App.ResolveRequest(request.Id).Ok<CollaborationRequestDetails>();
        App.Clock.SetUtcNow(NewYork(7, 9, 0));

        var (_, confirmed) = await App.Tracking(() => App.ConfirmRequest(request.Id, cooperation: 3, effect: 5).Ok<CollaborationRequestDetails>());
        var (_, refused) = await App.Tracking(() => App.ConfirmRequest(request.Id));

        reopened.Announced<CollaborationResolved>().ShouldBeEmpty();
        confirmed.SingleAnnounced<CollaborationResolved>().ShouldBe(new CollaborationResolved(request.Id, "sales-listing", "product", "product@demo.ops",
            OpsFixture.Start, NewYork(6, 16, 0), RespondedInTime: false, ResponseHours: 25m, CooperationRating: 3, EffectRating: 5, NewYork(7, 9, 0)));
        refused.Announced<CollaborationResolved>().ShouldBeEmpty();
    }
}
