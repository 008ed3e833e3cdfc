using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>A complaint's life: registration, acknowledgement, escalation, resolution, the customer's answer, closing; and who may do what.</summary>
public sealed class ComplaintTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_complaint_is_registered_as_the_customer_made_it()
    {
        var result = await App.As(Role.Service, x => x.Post.Json(NewComplaint() with { Problem = "  The lamp flickers after two days.  ", Sku = " " })
            .ToUrl(ComplaintsUrl));
        var created = await Task.FromResult(result).Ok<ComplaintDetails>(201);

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/service/complaints/{created.Id}");
        (created.Status, created.StoreId, created.Marketplace, created.OrderNumber, created.Problem, created.Category, created.Sku).ShouldBe(
            (ComplaintStatus.Registered, DemoStoreId, "US", "111-0000001-0000001", "The lamp flickers after two days.", ComplaintCategory.ProductQuality,
                (string?)null));
        created.Customer.ShouldBe(new ComplaintCustomer("Jane Doe", "jane@marketplace.amazon.com"));
        (created.ReceivedAt, created.RegisteredAt, created.RegisteredBy, created.HandledInTime).ShouldBe(
            (OpsFixture.Start, OpsFixture.Start, "service@demo.ops", (bool?)null));
        (await App.ComplaintDetails(created.Id)).ShouldBeEquivalentTo(created);
    }

    [Fact]
    public async Task customer_name_order_number_problem_and_contact_are_required()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { customer = new { } }).ToUrl(ComplaintsUrl)).ShouldHaveFieldError("orderNumber");

        problem.Errors!.Keys.ShouldBe(["storeId", "marketplace", "customer.name", "customer.contact", "orderNumber", "problem"], ignoreOrder: true);
        (await App.Complaints()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task a_complaint_cannot_arrive_in_the_future_nor_for_an_unknown_store()
    {
        await App.As(Role.Service, x => x.Post.Json(NewComplaint(receivedAt: OpsFixture.Start.AddMinutes(1))).ToUrl(ComplaintsUrl))
            .ShouldHaveFieldError("receivedAt");
        await App.As(Role.Service, x => x.Post.Json(NewComplaint() with { StoreId = Guid.NewGuid() }).ToUrl(ComplaintsUrl))
            .ShouldBeProblem(409, "complaint.store_must_exist");
        (await App.Complaints()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_same_complaint_sent_again_with_its_idempotency_key_is_registered_once()
    {
        async Task<ComplaintDetails> Send() => await App.As(Role.Service, x =>
        {
            x.Post.Json(NewComplaint()).ToUrl(ComplaintsUrl);
            x.WithRequestHeader("Idempotency-Key", "complaint-4711");
        }).Ok<ComplaintDetails>(201);

        var first = await Send();
        var again = await Send();

        again.Id.ShouldBe(first.Id);
        (await App.Complaints()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_customer_is_acknowledged_once_and_only_while_the_complaint_is_new()
    {
        var (complaint, _) = await App.Register();

        var acknowledged = await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        var repeat = await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();

        acknowledged.Status.ShouldBe(ComplaintStatus.Acknowledged);
        acknowledged.Acknowledgement.ShouldBe(new ComplaintStep("We are sorry; we are on it.", "service@demo.ops", OpsFixture.Start));
        repeat.Version.ShouldBe(acknowledged.Version);
        await App.Acknowledge(complaint.Id).ShouldBeProblem(409, "complaint.only_a_registered_complaint_is_acknowledged");
    }

    [Fact]
    public async Task a_complaint_is_acknowledged_before_it_is_escalated_or_resolved()
    {
        var (complaint, _) = await App.Register();

        await App.Escalate(complaint.Id).ShouldBeProblem(409, "complaint.acknowledge_before_handling");
        await App.ResolveComplaint(complaint.Id).ShouldBeProblem(409, "complaint.acknowledge_before_handling");
        (await App.Requests()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task escalating_raises_a_collaboration_request_to_the_responsible_department_and_records_its_id()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        var (escalated, timers) = await App.Tracking(() => App.Escalate(complaint.Id, "product").Ok<ComplaintDetails>());

        escalated.Status.ShouldBe(ComplaintStatus.Escalated);
        var escalation = escalated.Escalations.ShouldHaveSingleItem();
        (escalation.Department, escalation.Target.Kind, escalation.InTime, escalation.EscalatedBy).ShouldBe(
            ("product", EscalationKind.Collaboration, true, "service@demo.ops"));
        var request = await App.RequestDetails(escalation.Target.Id);
        (request.Status, request.RaisingDepartment, request.RequestedDepartment, request.ComplaintId, request.RaisedBy).ShouldBe(
            (CollaborationStatus.Raised, "customer-service", "product", complaint.Id, "service@demo.ops"));
        request.Problem.ShouldBe("Complaint about order 111-0000001-0000001: The lamp flickers after two days.");
        (request.AssistanceNeeded, request.ExpectedResolutionDate).ShouldBe(("Check the lamp batch for faulty switches.", new DateOnly(2030, 11, 8)));
        timers.Scheduled.SingleEnvelope<BreachCollaborationResponse>().Message.ShouldBe(
            new BreachCollaborationResponse(request.Id, request.ResponseDeadline.DueAt));
        (await App.Requests($"?complaintId={complaint.Id}")).Items.Select(r => r.Id).ShouldBe([request.Id]);
    }

    [Fact]
    public async Task a_complaint_is_escalated_once_until_the_customer_reopens_it()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        await App.Escalate(complaint.Id).Ok<ComplaintDetails>();

        await App.Escalate(complaint.Id, "logistics").ShouldBeProblem(409, "complaint.already_escalated");
        await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
        await App.Escalate(complaint.Id).ShouldBeProblem(409, "complaint.not_at_work");
        await App.Complaint(complaint.Id, "reopen", new { reason = "Still flickers." }).Ok<ComplaintDetails>();
        var again = await App.Escalate(complaint.Id, "logistics").Ok<ComplaintDetails>();

        again.Escalations.Select(e => e.Department).ShouldBe(["product", "logistics"]);
        (await App.Requests()).TotalItems.ShouldBe(2);
    }

    [Fact]
    public async Task an_escalation_whose_request_is_refused_writes_nothing()
    {
        var (complaint, _) = await App.Register();
        var acknowledged = await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();

        await App.Escalate(complaint.Id, expected: new DateOnly(2030, 11, 3)).ShouldBeProblem(409, "collaboration.expected_date_must_not_be_past");
        await App.Escalate(complaint.Id, department: "Product Team").ShouldHaveFieldError("department");

        (await App.ComplaintDetails(complaint.Id)).ShouldBeEquivalentTo(acknowledged);
        (await App.Requests()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task a_resolution_tells_the_customer_the_result_and_a_satisfied_customer_lets_it_close()
    {
        var resolved = await App.ResolvedComplaint();
        await App.Complaint(resolved.Id, "close").ShouldBeProblem(409, "complaint.close_only_when_confirmed");

        var confirmed = await App.Complaint(resolved.Id, "confirm", new { note = "Thanks, works now." }).Ok<ComplaintDetails>();
        var closed = await App.Complaint(resolved.Id, "close").Ok<ComplaintDetails>();

        resolved.Status.ShouldBe(ComplaintStatus.Resolved);
        resolved.Resolutions.ShouldBe([new ComplaintResolution(1, "A replacement lamp ships today.", true, "service@demo.ops", OpsFixture.Start)]);
        confirmed.CustomerAnswer.ShouldBe(new CustomerAnswer(true, "Thanks, works now.", "service@demo.ops", OpsFixture.Start));
        (closed.Status, closed.HandledInTime).ShouldBe((ComplaintStatus.Closed, true));
        await App.Complaint(resolved.Id, "confirm").ShouldBeProblem(409, "complaint.not_awaiting_the_customer");
    }

    [Fact]
    public async Task a_customer_who_is_not_satisfied_reopens_the_complaint_and_it_is_back_at_work()
    {
        var resolved = await App.ResolvedComplaint();

        var reopened = await App.Complaint(resolved.Id, "reopen", new { reason = "The replacement flickers too." }).Ok<ComplaintDetails>();
        await App.Complaint(resolved.Id, "reopen", new { reason = "Again." }).ShouldBeProblem(409, "complaint.not_awaiting_the_customer");
        await App.Complaint(resolved.Id, "close").ShouldBeProblem(409, "complaint.close_only_when_confirmed");
        var again = await App.ResolveComplaint(resolved.Id, "A refund is on its way.").Ok<ComplaintDetails>();

        (reopened.Status, reopened.HandledInTime, reopened.CustomerAnswer!.Satisfied, reopened.CustomerAnswer.Comment).ShouldBe(
            (ComplaintStatus.Reopened, (bool?)null, false, "The replacement flickers too."));
        reopened.UrgencyRank.ShouldBe(2);
        again.Resolutions.Select(r => (r.Round, r.Result)).ShouldBe([(1, "A replacement lamp ships today."), (2, "A refund is on its way.")]);
        await App.Complaint(resolved.Id, "reopen").ShouldHaveFieldError("reason");
    }

    [Fact]
    public async Task a_resolution_needs_its_result_and_a_resolved_complaint_is_not_resolved_again()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();

        await App.ResolveComplaint(complaint.Id, " ").ShouldHaveFieldError("result");
        await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
        await App.ResolveComplaint(complaint.Id).ShouldBeProblem(409, "complaint.not_at_work");
    }

    [Fact]
    public async Task an_unknown_complaint_is_not_found()
    {
        await App.Acknowledge(Guid.NewGuid()).ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.Escalate(Guid.NewGuid()).ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.As(Role.Auditor, x => x.Get.Url($"{ComplaintsUrl}/{Guid.NewGuid()}")).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();

        await App.As(Role.Service, x =>
        {
            x.Post.Json(new { result = "Done." }).ToUrl($"{ComplaintsUrl}/{complaint.Id}/resolve");
            x.WithRequestHeader("If-Match", Versioning.ETagFor(complaint.Version));
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
    }

    [Theory]
    [InlineData(Role.Service)]
    [InlineData(Role.OpsManager)]
    public async Task service_agents_and_the_operations_manager_handle_complaints(string role)
    {
        var (complaint, _) = await App.Register(role: role);
        await App.Acknowledge(complaint.Id, role).Ok<ComplaintDetails>();

        (await App.Escalate(complaint.Id, role: role).Ok<ComplaintDetails>()).Status.ShouldBe(ComplaintStatus.Escalated);
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Listing)]
    [InlineData(Role.Staff)]
    public async Task others_read_complaints_but_neither_register_nor_handle_them(string role)
    {
        var (complaint, _) = await App.Register();

        await App.As(role, x => x.Post.Json(NewComplaint()).ToUrl(ComplaintsUrl)).ShouldBeProblem(403, ProblemCodes.Forbidden);
        foreach (var action in new[] { "acknowledge", "escalate", "resolve", "confirm", "reopen", "close" })
            await App.Complaint(complaint.Id, action, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.As(role, x => x.Get.Url($"{ComplaintsUrl}/{complaint.Id}")).Ok<ComplaintDetails>()).Status.ShouldBe(ComplaintStatus.Registered);
        (await App.As(role, x => x.Get.Url($"{ComplaintsUrl}/{complaint.Id}/history")).Ok<IReadOnlyList<Ops.Shared.Audit.HistoryEntry>>()).Count
            .ShouldBe(1);
    }

    [Fact]
    public async Task the_complaint_is_shown_as_it_was_and_its_history_tells_every_step()
    {
        var (complaint, _) = await App.Register();
        await App.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        await Task.Delay(50);
        await App.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
        await App.Complaint(complaint.Id, "confirm").Ok<ComplaintDetails>();

        var registered = await App.As(Role.Auditor, x => x.Get.Url($"{ComplaintsUrl}/{complaint.Id}?version=1")).Ok<ComplaintDetails>();
        var asOf = (await App.ComplaintHistory(complaint.Id))[1].Timestamp.ToString("O"); // stored time of the acknowledgement
        var acknowledged = await App.As(Role.Auditor, x => x.Get.Url($"{ComplaintsUrl}/{complaint.Id}?asOf={Uri.EscapeDataString(asOf)}"))
            .Ok<ComplaintDetails>();

        (registered.Status, registered.Acknowledgement, registered.Version).ShouldBe((ComplaintStatus.Registered, null, 1));
        (acknowledged.Status, acknowledged.Resolutions.Count).ShouldBe((ComplaintStatus.Acknowledged, 0));
        (await App.ComplaintHistory(complaint.Id)).Select(h => (h.Type, h.Actor)).ShouldBe([
            ("complaint_registered", "service@demo.ops"), ("complaint_acknowledged", "service@demo.ops"),
            ("complaint_resolved", "service@demo.ops"), ("complaint_confirmed", "service@demo.ops"),
        ]);
    }
}
