using Ops.Service.Inquiries;
using Ops.Service.Inspections;
using Ops.Shared;
using static Service.Tests.InquiryScenarios;
using static Service.Tests.InspectionScenarios;

namespace Service.Tests;

/// <summary>
/// An inspection (监督与检查): planned with its checklist, each item checked, findings recorded with severity, owner and due
/// date, the owners' rectifications verified or rejected, closed when every one is verified.
/// </summary>
public sealed class InspectionTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task an_inspection_is_planned_with_the_seed_checks_of_its_area()
    {
        var result = await App.As(Role.OpsManager, x => x.Post.Json(NewInspection() with { PeriodEnd = null, Inspector = " Service@Demo.ops " })
            .ToUrl(InspectionsUrl));
        var planned = await Task.FromResult(result).Ok<InspectionDetails>(201);

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/service/inspections/{planned.Id}");
        (planned.Status, planned.Area, planned.StoreId, planned.TimeZone, planned.PeriodStart, planned.PeriodEnd, planned.Inspector).ShouldBe(
            (InspectionStatus.Planned, InspectionArea.Logistics, DemoStoreId, "America/New_York", new DateOnly(2030, 10, 1), new DateOnly(2030, 10, 1),
                "service@demo.ops"));
        planned.Checklist.ShouldBe([
            new ChecklistItemDetails(1, InspectionCheck.ShipTimeliness, "Ship timeliness", null, null, null, null),
            new ChecklistItemDetails(2, InspectionCheck.Tracking, "Tracking", null, null, null, null),
            new ChecklistItemDetails(3, InspectionCheck.Stock, "Stock", null, null, null, null),
        ]);
        (planned.Findings.Count, planned.DeadlineState, planned.OpenFindings, planned.PlannedBy, planned.PlannedAt).ShouldBe(
            (0, (ResponseDeadlineState?)null, 0, "ops-manager@demo.ops", OpsFixture.Start));
        (await App.InspectionDetails(planned.Id)).ShouldBeEquivalentTo(planned);
    }

    [Theory]
    [InlineData(InspectionArea.Service, new[] { InspectionCheck.ResponseTimes, InspectionCheck.AnswerAccuracy, InspectionCheck.ComplaintHandling })]
    [InlineData(InspectionArea.Operations, new[] { InspectionCheck.DataAccuracy, InspectionCheck.PromotionEffect })]
    [InlineData(InspectionArea.Training, new[] { InspectionCheck.TrainingExecution })]
    public async Task each_area_has_its_own_default_checklist(InspectionArea area, InspectionCheck[] checks)
    {
        var planned = await App.Plan(NewInspection(area));

        planned.Checklist.Select(i => i.Check).ShouldBe(checks.Cast<InspectionCheck?>());
    }

    [Fact]
    public async Task the_planner_edits_the_checklist()
    {
        var planned = await App.Plan(NewInspection(checklist:
        [
            new ChecklistItemRequest { Check = InspectionCheck.Tracking },
            new ChecklistItemRequest { Check = InspectionCheck.Stock, Title = "  Stock of the lamp SKUs  " },
            new ChecklistItemRequest { Title = "Carrier invoices match the rate card" },
        ]));

        planned.Checklist.Select(i => (i.Number, i.Check, i.Title)).ShouldBe([
            (1, (InspectionCheck?)InspectionCheck.Tracking, "Tracking"),
            (2, InspectionCheck.Stock, "Stock of the lamp SKUs"),
            (3, null, "Carrier invoices match the rate card"),
        ]);
    }

    [Fact]
    public async Task a_plan_names_its_store_area_period_and_inspector()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { periodEnd = "2030-10-31", inspector = "the inspector" }).ToUrl(InspectionsUrl))
            .ShouldHaveFieldError("inspector");
        var period = await App.As(Role.Service, x => x.Post.Json(NewInspection() with { PeriodEnd = new DateOnly(2030, 9, 30) }).ToUrl(InspectionsUrl))
            .ShouldHaveFieldError("periodEnd");
        var item = await App.As(Role.Service, x => x.Post.Json(NewInspection(checklist: [new ChecklistItemRequest { Title = " " }])).ToUrl(InspectionsUrl))
            .ShouldHaveFieldError("checklist[0].title");

        problem.Errors!.Keys.ShouldBe(["storeId", "area", "periodStart", "inspector"], ignoreOrder: true);
        period.Errors!.Keys.ShouldBe(["periodEnd"]);
        item.Errors!.Keys.ShouldBe(["checklist[0].title"]);
        (await App.Inspections()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_store_must_be_known()
    {
        await App.As(Role.Service, x => x.Post.Json(NewInspection() with { StoreId = Guid.NewGuid() }).ToUrl(InspectionsUrl))
            .ShouldBeProblem(409, "inspection.store_must_exist");

        (await App.Inspections()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_operations_manager_and_service_plan_and_inspect_owners_report_and_the_auditor_only_reads()
    {
        await App.As(Role.Auditor, x => x.Post.Json(NewInspection()).ToUrl(InspectionsUrl)).ShouldBeProblem(403, "forbidden");
        await App.As(Role.Logistics, x => x.Post.Json(NewInspection()).ToUrl(InspectionsUrl)).ShouldBeProblem(403, "forbidden");
        var inspection = await App.Inspected();

        await App.Check(inspection.Id, 2, CheckResult.Pass, role: Role.Logistics).ShouldBeProblem(403, "forbidden");
        await App.RecordFinding(inspection.Id, role: Role.Auditor).ShouldBeProblem(403, "forbidden");
        await App.ReportRectification(inspection.Id, role: Role.Auditor).ShouldBeProblem(403, "forbidden");
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.VerifyRectification(inspection.Id, role: Role.Logistics).ShouldBeProblem(403, "forbidden");
        await App.Inspection(inspection.Id, "close", role: Role.Auditor).ShouldBeProblem(403, "forbidden");
        (await App.As(Role.Auditor, x => x.Get.Url($"{InspectionsUrl}/{inspection.Id}/history"))).Context.Response.StatusCode.ShouldBe(200);
        (await App.Inspections()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task checking_items_starts_the_inspection_and_a_later_result_replaces_an_earlier_one()
    {
        var inspection = await App.Plan();
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var started = await App.Check(inspection.Id, 2, CheckResult.Fail, "No tracking on two parcels.").Ok<InspectionDetails>();
        App.Clock.SetUtcNow(NewYork(4, 11, 0));
        var corrected = await App.Check(inspection.Id, 2, CheckResult.Pass, "Tracking was uploaded late, all there.").Ok<InspectionDetails>();
        var repeated = await App.Check(inspection.Id, 2, CheckResult.Pass, "Tracking was uploaded late, all there.").Ok<InspectionDetails>();

        (started.Status, started.StartedAt).ShouldBe((InspectionStatus.InProgress, NewYork(4, 10, 0)));
        started.Checklist[1].ShouldBe(new ChecklistItemDetails(2, InspectionCheck.Tracking, "Tracking", CheckResult.Fail, "No tracking on two parcels.",
            "service@demo.ops", NewYork(4, 10, 0)));
        corrected.Checklist[1].ShouldBe(new ChecklistItemDetails(2, InspectionCheck.Tracking, "Tracking", CheckResult.Pass,
            "Tracking was uploaded late, all there.", "service@demo.ops", NewYork(4, 11, 0)));
        (corrected.Checklist[0].Result, corrected.Checklist[2].Result).ShouldBe((null, null));
        repeated.Version.ShouldBe(corrected.Version);
        (await App.InspectionHistory(inspection.Id)).Select(h => h.Type).ShouldBe(
            ["inspection_planned", "inspection_started", "checklist_results_recorded", "checklist_results_recorded"]);
    }

    [Fact]
    public async Task a_result_names_an_item_of_the_checklist_and_a_failed_item_says_what_was_wrong()
    {
        var inspection = await App.Plan();

        await App.Check(inspection.Id, 4, CheckResult.Pass).ShouldBeProblem(409, "inspection.unknown_checklist_item");
        await App.Check(inspection.Id, 1, CheckResult.Fail, note: " ").ShouldHaveFieldError("results[0].note");
        var problem = await App.Inspection(inspection.Id, "checklist", new { results = new object[] { new { number = 0 }, new { number = 0 } } })
            .ShouldHaveFieldError("results[0].number");
        await App.Inspection(inspection.Id, "checklist", new { results = new[] { new { number = 1, result = "Maybe" } } })
            .ShouldHaveFieldError("results[0].result");

        problem.Errors!.Keys.ShouldBe(["results", "results[0].number", "results[0].result", "results[1].number", "results[1].result"], ignoreOrder: true);
        await App.Inspection(inspection.Id, "checklist", new { results = Array.Empty<object>() }).ShouldHaveFieldError("results");
        (await App.InspectionDetails(inspection.Id)).Status.ShouldBe(InspectionStatus.Planned);
    }

    [Fact]
    public async Task only_the_inspector_or_an_operations_manager_inspects()
    {
        var inspection = await App.Plan(NewInspection(inspector: "ops-manager@demo.ops"));

        await App.Check(inspection.Id, 1, CheckResult.Pass).ShouldBeProblem(409, "inspection.only_the_inspector");
        await App.RecordFinding(inspection.Id).ShouldBeProblem(409, "inspection.only_the_inspector");
        await App.Inspection(inspection.Id, "complete").ShouldBeProblem(409, "inspection.only_the_inspector");
        var byInspector = await App.Check(inspection.Id, 1, CheckResult.Pass, role: Role.OpsManager).Ok<InspectionDetails>();
        var byAdmin = await App.Check(inspection.Id, 2, CheckResult.Pass, role: Role.Admin).Ok<InspectionDetails>();

        (byInspector.Checklist[0].CheckedBy, byAdmin.Checklist[1].CheckedBy).ShouldBe(("ops-manager@demo.ops", "admin@demo.ops"));
    }

    [Fact]
    public async Task a_finding_has_a_severity_an_owner_and_a_due_date()
    {
        var inspection = await App.Plan();
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var recorded = await App.RecordFinding(inspection.Id, owner: " Logistics@Demo.ops ", severity: FindingSeverity.Critical).Ok<InspectionDetails>();

        var finding = recorded.Findings.ShouldHaveSingleItem();
        (finding.Number, finding.ChecklistItem, finding.Description, finding.Severity, finding.Owner, finding.DueDate, finding.Status).ShouldBe(
            (1, (int?)1, "Three orders shipped after their handling time.", FindingSeverity.Critical, "logistics@demo.ops", new DateOnly(2030, 11, 8),
                FindingStatus.Open));
        (finding.Deadline.DueAt, finding.Deadline.State, finding.RecordedBy, finding.RecordedAt).ShouldBe(
            (NewYork(8, 18, 0), ResponseDeadlineState.Running, "service@demo.ops", NewYork(4, 10, 0)));
        recorded.Owners.ShouldBe(["logistics@demo.ops"]);
        (recorded.Status, recorded.OpenFindings, recorded.DeadlineState, recorded.UrgencyRank, recorded.NextDueAt).ShouldBe(
            (InspectionStatus.InProgress, 1, (ResponseDeadlineState?)ResponseDeadlineState.Running, 2,
                (DateTimeOffset?)NewYork(8, 18, 0)));
        var second = await App.RecordFinding(inspection.Id, checklistItem: null).Ok<InspectionDetails>();
        second.Findings.Select(f => (f.Number, f.ChecklistItem)).ShouldBe([(1, (int?)1), (2, null)]);
    }

    [Fact]
    public async Task a_finding_names_an_item_of_the_checklist_and_a_due_date_not_past()
    {
        var inspection = await App.Plan();
        App.Clock.SetUtcNow(NewYork(4, 18, 0)); // Monday, the store just closed

        await App.RecordFinding(inspection.Id, checklistItem: 9).ShouldBeProblem(409, "inspection.unknown_checklist_item");
        await App.RecordFinding(inspection.Id, dueDate: new DateOnly(2030, 11, 4)).ShouldBeProblem(409, "inspection.due_date_must_not_be_past");
        var problem = await App.Inspection(inspection.Id, "findings", new { owner = "someone", checklistItem = 0 }).ShouldHaveFieldError("owner");
        var tomorrow = await App.RecordFinding(inspection.Id, dueDate: new DateOnly(2030, 11, 5)).Ok<InspectionDetails>();

        problem.Errors!.Keys.ShouldBe(["description", "severity", "owner", "dueDate", "checklistItem"], ignoreOrder: true);
        tomorrow.Findings.Single().Deadline.DueAt.ShouldBe(NewYork(5, 18, 0));
    }

    [Fact]
    public async Task an_inspection_is_completed_once_every_item_is_checked_and_every_failed_item_has_a_finding()
    {
        var inspection = await App.Plan();
        await App.Check(inspection.Id, 1, CheckResult.Fail).Ok<InspectionDetails>();
        await App.Check(inspection.Id, 2, CheckResult.Pass).Ok<InspectionDetails>();

        await App.Inspection(inspection.Id, "complete").ShouldBeProblem(409, "inspection.checklist_incomplete");
        await App.Check(inspection.Id, 3, CheckResult.NotApplicable).Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "complete").ShouldBeProblem(409, "inspection.failed_item_needs_finding");
        await App.RecordFinding(inspection.Id, checklistItem: null).Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "complete").ShouldBeProblem(409, "inspection.failed_item_needs_finding");
        await App.RecordFinding(inspection.Id, checklistItem: 1).Ok<InspectionDetails>();
        App.Clock.SetUtcNow(NewYork(4, 16, 0));
        var completed = await App.Inspection(inspection.Id, "complete", new { summary = " Shipping is late on Mondays. " }).Ok<InspectionDetails>();
        var repeated = await App.Inspection(inspection.Id, "complete").Ok<InspectionDetails>();

        (completed.Status, completed.Summary, completed.CompletedBy, completed.CompletedAt).ShouldBe(
            (InspectionStatus.Completed, "Shipping is late on Mondays.", "service@demo.ops", NewYork(4, 16, 0)));
        repeated.Version.ShouldBe(completed.Version);
        await App.Check(inspection.Id, 2, CheckResult.Fail).ShouldBeProblem(409, "inspection.not_under_inspection");
        await App.RecordFinding(inspection.Id).ShouldBeProblem(409, "inspection.not_under_inspection");
    }

    [Fact]
    public async Task only_the_owner_reports_the_rectification_of_an_open_finding()
    {
        var inspection = await App.Inspected();
        App.Clock.SetUtcNow(NewYork(6, 11, 0));

        await App.ReportRectification(inspection.Id, role: Role.Service).ShouldBeProblem(409, "inspection.only_the_owner_reports");
        await App.ReportRectification(inspection.Id, number: 2).ShouldBeProblem(409, "inspection.unknown_finding");
        await App.ReportRectification(inspection.Id, text: "").ShouldHaveFieldError("text");
        await App.Finding(inspection.Id, "rectifications", new { text = "Done." }, Role.Logistics).ShouldHaveFieldError("findingNumber");
        var reported = await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.ReportRectification(inspection.Id).ShouldBeProblem(409, "inspection.finding_not_open");

        var finding = reported.Findings.Single();
        (finding.Status, finding.Deadline.State, finding.Deadline.MetAt).ShouldBe((FindingStatus.Reported, ResponseDeadlineState.Met, NewYork(6, 11, 0)));
        finding.Rectification.ShouldBe([new RectificationEntry(RectificationEntryKind.Reported, "Carrier pick-up moved to 14:00; handling times met since.",
            "logistics@demo.ops", NewYork(6, 11, 0))]);
        (reported.DeadlineState, reported.UrgencyRank, reported.OpenFindings, reported.NextDueAt).ShouldBe(
            ((ResponseDeadlineState?)ResponseDeadlineState.Met, 3, 1, (DateTimeOffset?)null));
    }

    [Fact]
    public async Task the_inspector_or_an_operations_manager_verifies_a_reported_rectification()
    {
        var inspection = await App.Plan(NewInspection(inspector: "ops-manager@demo.ops"));
        await App.RecordFinding(inspection.Id, role: Role.OpsManager).Ok<InspectionDetails>();

        await App.VerifyRectification(inspection.Id, role: Role.OpsManager).ShouldBeProblem(409, "inspection.rectification_not_reported");
        await App.RejectRectification(inspection.Id, role: Role.OpsManager).ShouldBeProblem(409, "inspection.rectification_not_reported");
        await App.VerifyRectification(inspection.Id, number: 3, role: Role.OpsManager).ShouldBeProblem(409, "inspection.unknown_finding");
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.VerifyRectification(inspection.Id, role: Role.Service).ShouldBeProblem(409, "inspection.only_the_inspector_verifies");
        await App.RejectRectification(inspection.Id, role: Role.Service).ShouldBeProblem(409, "inspection.only_the_inspector_verifies");
        await App.RejectRectification(inspection.Id, text: " ", role: Role.OpsManager).ShouldHaveFieldError("text");
        var verified = await App.VerifyRectification(inspection.Id, role: Role.Admin).Ok<InspectionDetails>();

        var finding = verified.Findings.Single();
        (finding.Status, finding.Rectification[^1]).ShouldBe((FindingStatus.Verified,
            new RectificationEntry(RectificationEntryKind.Verified, "Checked ten orders.", "admin@demo.ops", OpsFixture.Start)));
        (verified.OpenFindings, verified.OverdueFindings).ShouldBe((0, 0));
        await App.VerifyRectification(inspection.Id, role: Role.OpsManager).ShouldBeProblem(409, "inspection.rectification_not_reported");
    }

    [Fact]
    public async Task a_rejected_rectification_is_back_with_its_owner()
    {
        var inspection = await App.Inspected();
        App.Clock.SetUtcNow(NewYork(5, 10, 0));
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        App.Clock.SetUtcNow(NewYork(5, 11, 0));

        var rejected = await App.RejectRectification(inspection.Id).Ok<InspectionDetails>();
        var reportedAgain = await App.ReportRectification(inspection.Id, text: "Second carrier booked for Mondays.").Ok<InspectionDetails>();

        var finding = rejected.Findings.Single();
        (finding.Status, finding.Deadline.State, finding.Deadline.MetAt, rejected.UrgencyRank, rejected.NextDueAt).ShouldBe(
            (FindingStatus.Open, ResponseDeadlineState.Running, (DateTimeOffset?)null, 2, (DateTimeOffset?)NewYork(8, 18, 0)));
        finding.Rectification[^1].ShouldBe(new RectificationEntry(RectificationEntryKind.Rejected, "Still two late orders this week.", "service@demo.ops",
            NewYork(5, 11, 0)));
        reportedAgain.Findings.Single().Rectification.Select(r => r.Kind).ShouldBe(
            [RectificationEntryKind.Reported, RectificationEntryKind.Rejected, RectificationEntryKind.Reported]);
    }

    [Fact]
    public async Task an_inspection_is_closed_when_it_is_completed_and_every_finding_is_verified()
    {
        var inspection = await App.Inspected();

        await App.Inspection(inspection.Id, "close").ShouldBeProblem(409, "inspection.not_completed");
        await App.Inspection(inspection.Id, "complete").Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "close").ShouldBeProblem(409, "inspection.findings_not_verified");
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "close").ShouldBeProblem(409, "inspection.findings_not_verified");
        await App.VerifyRectification(inspection.Id).Ok<InspectionDetails>();
        App.Clock.SetUtcNow(NewYork(7, 9, 0));
        var closed = await App.Inspection(inspection.Id, "close").Ok<InspectionDetails>();
        var repeated = await App.Inspection(inspection.Id, "close").Ok<InspectionDetails>();

        (closed.Status, closed.ClosedBy, closed.ClosedAt, closed.OpenFindings).ShouldBe((InspectionStatus.Closed, "service@demo.ops", NewYork(7, 9, 0), 0));
        repeated.Version.ShouldBe(closed.Version);
        await App.Inspection(inspection.Id, "complete").ShouldBeProblem(409, "inspection.not_under_inspection");
    }

    [Fact]
    public async Task only_the_inspector_or_an_operations_manager_closes()
    {
        var inspection = await App.Plan(NewInspection(inspector: "ops-manager@demo.ops"));
        foreach (var number in new[] { 1, 2, 3 }) await App.Check(inspection.Id, number, CheckResult.Pass, role: Role.OpsManager).Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "complete", role: Role.OpsManager).Ok<InspectionDetails>();

        await App.Inspection(inspection.Id, "close").ShouldBeProblem(409, "inspection.only_the_inspector");
        (await App.Inspection(inspection.Id, "close", role: Role.OpsManager).Ok<InspectionDetails>()).Status.ShouldBe(InspectionStatus.Closed);
    }

    [Fact]
    public async Task the_list_filters_by_status_area_inspector_owner_and_store()
    {
        var logistics = await App.Inspected();
        App.Clock.SetUtcNow(NewYork(4, 10, 0));
        var training = await App.Plan(NewInspection(InspectionArea.Training, inspector: "ops-manager@demo.ops"));

        (await App.Inspections()).Items.Select(i => i.Id).ShouldBe([logistics.Id, training.Id]); // an open finding first
        (await App.Inspections("?status=Planned")).Items.Select(i => i.Id).ShouldBe([training.Id]);
        (await App.Inspections("?area=Logistics")).Items.Select(i => i.Id).ShouldBe([logistics.Id]);
        (await App.Inspections("?inspector=Ops-Manager@demo.ops")).Items.Select(i => i.Id).ShouldBe([training.Id]);
        (await App.Inspections("?owner=logistics@demo.ops")).Items.Select(i => i.Id).ShouldBe([logistics.Id]);
        (await App.Inspections($"?storeId={Guid.NewGuid()}")).TotalItems.ShouldBe(0);
        (await App.Inspections("?sort=-plannedAt&pageSize=1")).Items.Select(i => i.Id).ShouldBe([training.Id]);
        await App.As(Role.Staff, x => x.Get.Url($"{InspectionsUrl}?sort=owner")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task an_auditor_reads_the_history_and_the_inspection_as_it_was()
    {
        var inspection = await App.Inspected();
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.RejectRectification(inspection.Id).Ok<InspectionDetails>();
        await App.ReportRectification(inspection.Id).Ok<InspectionDetails>();
        await App.VerifyRectification(inspection.Id).Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "complete").Ok<InspectionDetails>();
        await App.Inspection(inspection.Id, "close").Ok<InspectionDetails>();

        var history = await App.InspectionHistory(inspection.Id);
        history.Select(h => (h.Type, h.Actor)).ShouldBe([
            ("inspection_planned", "service@demo.ops"), ("inspection_started", "service@demo.ops"), ("checklist_results_recorded", "service@demo.ops"),
            ("finding_recorded", "service@demo.ops"), ("rectification_reported", "logistics@demo.ops"), ("rectification_rejected", "service@demo.ops"),
            ("rectification_reported", "logistics@demo.ops"), ("rectification_verified", "service@demo.ops"), ("inspection_completed", "service@demo.ops"),
            ("inspection_closed", "service@demo.ops"),
        ]);
        var asFound = await App.InspectionDetails(inspection.Id, "?version=4");
        (asFound.Version, asFound.Status, asFound.Findings.Single().Status).ShouldBe((4L, InspectionStatus.InProgress, FindingStatus.Open));
        var asOf = history[3].Timestamp.ToString("O"); // stored time of the finding
        (await App.InspectionDetails(inspection.Id, $"?asOf={Uri.EscapeDataString(asOf)}")).ShouldBeEquivalentTo(asFound);
    }
}
