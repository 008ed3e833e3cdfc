using Ops.Service.Collaboration;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// A collaboration request (跨部門協作申請表): a department raises it, a manager approves (helping department, owner) or
/// declines, the owner posts progress and the result, the raising side confirms with its assessment or reopens.
/// </summary>
public sealed class CollaborationTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_department_raises_a_request_for_help()
    {
        var result = await App.As(Role.Listing, x => x.Post.Json(NewRequest() with { Problem = "  Wrong dimensions.  " }).ToUrl(CollaborationUrl));
        var raised = await Task.FromResult(result).Ok<CollaborationRequestDetails>(201);

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/service/collaboration-requests/{raised.Id}");
        (raised.Status, raised.StoreId, raised.RaisingDepartment, raised.RequestedDepartment, raised.HelpingDepartment, raised.Owner).ShouldBe(
            (CollaborationStatus.Raised, DemoStoreId, "sales-listing", "product", (string?)null, (string?)null));
        (raised.Problem, raised.AssistanceNeeded, raised.ExpectedResolutionDate, raised.ComplaintId).ShouldBe(
            ("Wrong dimensions.", "Measure the product and send the true dimensions.", new DateOnly(2030, 11, 8), (Guid?)null));
        (raised.RaisedBy, raised.RaisedAt, raised.Response, raised.Assessment).ShouldBe(("listing@demo.ops", OpsFixture.Start, null, null));
        (await App.RequestDetails(raised.Id)).ShouldBeEquivalentTo(raised);
    }

    [Fact]
    public async Task the_problem_the_help_needed_and_the_expected_date_are_required()
    {
        var problem = await App.As(Role.Listing, x => x.Post.Json(new { raisingDepartment = "Sales Listing", requestedDepartment = "x y" }).ToUrl(CollaborationUrl))
            .ShouldHaveFieldError("problem");

        problem.Errors!.Keys.ShouldBe(["storeId", "raisingDepartment", "requestedDepartment", "problem", "assistanceNeeded", "expectedResolutionDate"],
            ignoreOrder: true);
        (await App.Requests()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_expected_date_cannot_be_past_and_the_store_must_be_known()
    {
        App.Clock.SetUtcNow(NewYork(4, 20, 0)); // Monday evening in New York, already Tuesday in UTC

        await App.Raise(NewRequest(expected: new DateOnly(2030, 11, 4))); // today in the store's time zone: fine
        await App.As(Role.Listing, x => x.Post.Json(NewRequest(expected: new DateOnly(2030, 11, 3))).ToUrl(CollaborationUrl))
            .ShouldBeProblem(409, "collaboration.expected_date_must_not_be_past");
        await App.As(Role.Listing, x => x.Post.Json(NewRequest() with { StoreId = Guid.NewGuid() }).ToUrl(CollaborationUrl))
            .ShouldBeProblem(409, "collaboration.store_must_exist");
        (await App.Requests()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_same_request_sent_again_with_its_idempotency_key_is_raised_once()
    {
        async Task<CollaborationRequestDetails> Send() => await App.As(Role.Listing, x =>
        {
            x.Post.Json(NewRequest()).ToUrl(CollaborationUrl);
            x.WithRequestHeader("Idempotency-Key", "form-17");
        }).Ok<CollaborationRequestDetails>(201);

        (await Send()).Id.ShouldBe((await Send()).Id);
        (await App.Requests()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task a_manager_approves_assigning_the_helping_department_and_an_owner_and_that_is_the_first_response()
    {
        var (request, _) = await App.Raise(); // Monday 09:00
        App.Clock.SetUtcNow(NewYork(5, 10, 30));

        var approved = await App.ApproveRequest(request.Id, owner: " Product@Demo.ops ").Ok<CollaborationRequestDetails>();

        (approved.Status, approved.HelpingDepartment, approved.Owner).ShouldBe((CollaborationStatus.Approved, "product", "product@demo.ops"));
        approved.Response.ShouldBe(new CollaborationResponse(true, null, true, 10.5m, "ops-manager@demo.ops", NewYork(5, 10, 30)));
        await App.ApproveRequest(request.Id).ShouldBeProblem(409, "collaboration.not_awaiting_approval");
        await App.Collaboration(request.Id, "decline", new { reason = "No." }, Role.OpsManager).ShouldBeProblem(409, "collaboration.not_awaiting_approval");
    }

    [Fact]
    public async Task an_approval_names_a_department_code_and_an_owners_login()
    {
        var (request, _) = await App.Raise();

        var problem = await App.Collaboration(request.Id, "approve", new { helpingDepartment = "Product", owner = "the product manager" }, Role.OpsManager)
            .ShouldHaveFieldError("owner");

        problem.Errors!.Keys.ShouldBe(["helpingDepartment", "owner"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_declined_request_says_why_and_takes_no_work()
    {
        var (request, _) = await App.Raise();

        await App.Collaboration(request.Id, "decline", new { reason = " " }, Role.OpsManager).ShouldHaveFieldError("reason");
        var declined = await App.Collaboration(request.Id, "decline", new { reason = "Listing can measure it." }, Role.OpsManager)
            .Ok<CollaborationRequestDetails>();

        (declined.Status, declined.Response!.Approved, declined.Response.Reason, declined.Response.InTime).ShouldBe(
            (CollaborationStatus.Declined, false, "Listing can measure it.", true));
        await App.PostProgress(request.Id).ShouldBeProblem(409, "collaboration.not_with_the_owner");
    }

    [Fact]
    public async Task only_the_owner_posts_progress_and_the_result_and_only_once_approved()
    {
        var (request, _) = await App.Raise();
        await App.PostProgress(request.Id).ShouldBeProblem(409, "collaboration.not_with_the_owner");
        await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();

        await App.PostProgress(request.Id, role: Role.Logistics).ShouldBeProblem(409, "collaboration.only_the_owner_reports");
        await App.ResolveRequest(request.Id, role: Role.OpsManager).ShouldBeProblem(409, "collaboration.only_the_owner_reports");
        await App.PostProgress(request.Id, text: "").ShouldHaveFieldError("text");
        var progressing = await App.PostProgress(request.Id).Ok<CollaborationRequestDetails>();
        var resolved = await App.ResolveRequest(request.Id).Ok<CollaborationRequestDetails>();

        progressing.Status.ShouldBe(CollaborationStatus.InProgress);
        resolved.Status.ShouldBe(CollaborationStatus.Resolved);
        resolved.Entries.ShouldBe([
            new CollaborationEntry(CollaborationEntryKind.Progress, "Measuring today.", "product@demo.ops", OpsFixture.Start),
            new CollaborationEntry(CollaborationEntryKind.Result, "12 × 8 × 30 cm, sent to listing.", "product@demo.ops", OpsFixture.Start),
        ]);
        await App.PostProgress(request.Id).ShouldBeProblem(409, "collaboration.not_with_the_owner");
    }

    [Fact]
    public async Task the_raising_side_confirms_with_its_assessment()
    {
        var (request, _) = await App.Raise();
        await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();
        await App.ConfirmRequest(request.Id).ShouldBeProblem(409, "collaboration.not_awaiting_confirmation");
        await App.ResolveRequest(request.Id).Ok<CollaborationRequestDetails>();

        await App.ConfirmRequest(request.Id, role: Role.Service).ShouldBeProblem(409, "collaboration.only_the_raising_side_assesses");
        var confirmed = await App.ConfirmRequest(request.Id, cooperation: 5, effect: 4).Ok<CollaborationRequestDetails>();

        confirmed.Status.ShouldBe(CollaborationStatus.Confirmed);
        confirmed.Assessment.ShouldBe(new CollaborationAssessment(true, 0m, 5, 4, "Quick and exact.", "listing@demo.ops", OpsFixture.Start));
        await App.ConfirmRequest(request.Id).ShouldBeProblem(409, "collaboration.not_awaiting_confirmation");
    }

    [Fact]
    public async Task the_operations_manager_may_assess_for_the_raising_department()
    {
        var request = await App.ResolvedRequest();

        (await App.ConfirmRequest(request.Id, role: Role.OpsManager).Ok<CollaborationRequestDetails>()).Assessment!.ConfirmedBy
            .ShouldBe("ops-manager@demo.ops");
    }

    [Theory]
    [InlineData(0, 3, "cooperationRating")]
    [InlineData(6, 3, "cooperationRating")]
    [InlineData(3, 0, "effectRating")]
    [InlineData(3, 6, "effectRating")]
    public async Task ratings_are_one_to_five(int cooperation, int effect, string field)
    {
        var request = await App.ResolvedRequest();

        await App.ConfirmRequest(request.Id, cooperation, effect).ShouldHaveFieldError(field);
        await App.Collaboration(request.Id, "confirm", new { }, Role.Listing).ShouldHaveFieldError("cooperationRating");
        (await App.RequestDetails(request.Id)).Status.ShouldBe(CollaborationStatus.Resolved);
    }

    [Fact]
    public async Task the_raising_side_reopens_with_further_requests_and_the_owner_works_on()
    {
        var request = await App.ResolvedRequest();

        await App.Collaboration(request.Id, "reopen", new { text = "Also the weight." }, Role.Service)
            .ShouldBeProblem(409, "collaboration.only_the_raising_side_assesses");
        var reopened = await App.Collaboration(request.Id, "reopen", new { text = "Also the weight." }, Role.Listing).Ok<CollaborationRequestDetails>();
        await App.Collaboration(request.Id, "reopen", new { text = "Again." }, Role.Listing).ShouldBeProblem(409, "collaboration.not_awaiting_confirmation");
        var resolvedAgain = await App.ResolveRequest(request.Id, "1.2 kg.").Ok<CollaborationRequestDetails>();

        reopened.Status.ShouldBe(CollaborationStatus.Reopened);
        reopened.Entries.Last().ShouldBe(new CollaborationEntry(CollaborationEntryKind.FurtherRequests, "Also the weight.", "listing@demo.ops", OpsFixture.Start));
        resolvedAgain.Status.ShouldBe(CollaborationStatus.Resolved);
    }

    [Fact]
    public async Task an_unknown_request_is_not_found_and_a_stale_if_match_is_refused()
    {
        await App.ApproveRequest(Guid.NewGuid()).ShouldBeProblem(404, ProblemCodes.NotFound);
        var (request, _) = await App.Raise();
        await App.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();

        await App.As(Role.Product, x =>
        {
            x.Post.Json(new { text = "Done." }).ToUrl($"{CollaborationUrl}/{request.Id}/progress");
            x.WithRequestHeader("If-Match", Versioning.ETagFor(request.Version));
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
    }

    [Theory]
    [InlineData(Role.Listing)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Service)]
    public async Task only_a_manager_approves_or_declines(string role)
    {
        var (request, _) = await App.Raise();

        await App.ApproveRequest(request.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Collaboration(request.Id, "decline", new { reason = "No." }, role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.ApproveRequest(request.Id, role: Role.Admin).Ok<CollaborationRequestDetails>()).Status.ShouldBe(CollaborationStatus.Approved);
    }

    [Fact]
    public async Task the_auditor_reads_requests_but_cannot_write()
    {
        var request = await App.ResolvedRequest();

        await App.As(Role.Auditor, x => x.Post.Json(NewRequest()).ToUrl(CollaborationUrl)).ShouldBeProblem(403, ProblemCodes.Forbidden);
        foreach (var action in new[] { "approve", "decline", "progress", "resolve", "confirm", "reopen" })
            await App.Collaboration(request.Id, action, new { }, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.RequestDetails(request.Id)).Status.ShouldBe(CollaborationStatus.Resolved);
        (await App.As(Role.Auditor, x => x.Get.Url($"{CollaborationUrl}/board")).Ok<IReadOnlyList<CollaborationBoardColumn>>()).Count.ShouldBe(7);
    }

    [Fact]
    public async Task the_request_is_shown_as_it_was_and_its_history_tells_every_step()
    {
        var request = await App.ResolvedRequest();
        await App.ConfirmRequest(request.Id).Ok<CollaborationRequestDetails>();

        var raised = await App.As(Role.Auditor, x => x.Get.Url($"{CollaborationUrl}/{request.Id}?version=1")).Ok<CollaborationRequestDetails>();

        (raised.Status, raised.Owner, raised.Version).ShouldBe((CollaborationStatus.Raised, null, 1));
        (await App.RequestHistory(request.Id)).Select(h => (h.Type, h.Actor)).ShouldBe([
            ("collaboration_request_raised", "listing@demo.ops"), ("collaboration_request_approved", "ops-manager@demo.ops"),
            ("collaboration_request_resolved", "product@demo.ops"), ("collaboration_request_confirmed", "listing@demo.ops"),
        ]);
    }
}
