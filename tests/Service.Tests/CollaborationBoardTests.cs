using Ops.Service.Collaboration;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Paging;
using static Service.Tests.ComplaintScenarios;

namespace Service.Tests;

/// <summary>The collaboration board: requests grouped by status, filtered by department, paged; unanswered ones by time left.</summary>
public sealed class CollaborationBoardTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task requests_are_grouped_by_status_in_board_order_and_filtered_by_department()
    {
        var (raised, timers) = await App.Raise();
        var (breached, breachedTimers) = await App.Raise(NewRequest("logistics"), Role.Logistics);
        await App.Fire(breachedTimers.Scheduled.SingleEnvelope<BreachCollaborationResponse>());
        var (approved, _) = await App.Raise(NewRequest("finance"), Role.Finance);
        await App.ApproveRequest(approved.Id).Ok<CollaborationRequestDetails>();
        var resolved = await App.ResolvedRequest();

        (await App.Requests()).Items.Select(r => r.Id).ShouldBe([breached.Id, raised.Id, approved.Id, resolved.Id]);
        (await App.Requests("?status=Raised")).Items.Select(r => r.Id).ShouldBe([breached.Id, raised.Id]);
        (await App.Requests("?department=logistics")).Items.Select(r => r.Id).ShouldBe([breached.Id]);
        (await App.Requests("?department=product")).Items.Select(r => r.Id).ShouldBe([approved.Id, resolved.Id]); // helping
        (await App.Requests("?deadlineState=Breached")).Items.Select(r => r.Id).ShouldBe([breached.Id]);
        (await App.Requests("?pageSize=3&page=2")).ShouldSatisfyAllConditions(
            p => p.Items.Select(r => r.Id).ShouldBe([resolved.Id]), p => p.TotalItems.ShouldBe(4), p => p.TotalPages.ShouldBe(2));

        var board = await App.As(Role.Staff, x => x.Get.Url($"{CollaborationUrl}/board?pageSize=1")).Ok<IReadOnlyList<CollaborationBoardColumn>>();
        board.Select(c => (c.Status, c.Requests.TotalItems)).ShouldBe([
            (CollaborationStatus.Raised, 2), (CollaborationStatus.Approved, 1), (CollaborationStatus.InProgress, 0), (CollaborationStatus.Reopened, 0),
            (CollaborationStatus.Resolved, 1), (CollaborationStatus.Confirmed, 0), (CollaborationStatus.Declined, 0),
        ]);
        board[0].Requests.Items.Select(r => r.Id).ShouldBe([breached.Id]); // the least time left
        var product = await App.As(Role.Staff, x => x.Get.Url($"{CollaborationUrl}/board?department=product&status=Resolved"))
            .Ok<IReadOnlyList<CollaborationBoardColumn>>();
        product.ShouldHaveSingleItem().Requests.Items.Select(r => r.Id).ShouldBe([resolved.Id]);
        timers.Scheduled.Envelopes().Count().ShouldBe(2);
        (await App.RequestDetails(breached.Id)).DeadlineState.ShouldBe(ResponseDeadlineState.Breached);
    }

    [Fact]
    public async Task an_unknown_sort_or_a_page_too_large_is_a_field_error()
    {
        await App.As(Role.Staff, x => x.Get.Url($"{CollaborationUrl}?sort=owner")).ShouldHaveFieldError("sort");
        await App.As(Role.Staff, x => x.Get.Url($"{CollaborationUrl}/board?pageSize=500")).ShouldHaveFieldError("pageSize");
    }
}
