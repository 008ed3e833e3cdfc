using Ops.Logistics.Contracts;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Outcomes;
using Wolverine.Tracking;
using static Selection.Tests.SupplierScenarios;
using static Selection.Tests.LogisticsReports;

namespace Selection.Tests;

public sealed class ReportedQualityIssueTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly DateTimeOffset Now = OpsFixture.Start;

    [Fact]
    public async Task a_reported_quality_issue_is_recorded_on_the_supplier_under_its_own_id()
    {
        var supplier = await App.Approved();
        var report = QualityIssue(supplier.Id, Now.AddDays(-2));

        await Host.InvokeMessageAndWaitAsync(report);

        var details = await App.Details(supplier.Id);
        details.QualityIncidents.ShouldBe([
            new QualityIncident(report.IncidentId, Now.AddDays(-2), "BR-LAMP-01", "Loose switch", QualityIncidentSource.Return),
        ]);
        var recorded = (await App.History(supplier.Id)).Last();
        (recorded.Type, recorded.Actor).ShouldBe(("quality_incident_recorded", Actors.System));
    }

    [Theory]
    [InlineData(QualityIssueOrigin.ReturnInspection, QualityIncidentSource.Return)]
    [InlineData(QualityIssueOrigin.InboundInspection, QualityIncidentSource.Inspection)]
    [InlineData(QualityIssueOrigin.CustomerComplaint, QualityIncidentSource.Complaint)]
    public async Task where_the_defect_was_found_becomes_the_incidents_source(QualityIssueOrigin origin, QualityIncidentSource source)
    {
        var supplier = await App.Approved();

        await Host.InvokeMessageAndWaitAsync(QualityIssue(supplier.Id, Now, origin));

        (await App.Details(supplier.Id)).QualityIncidents.ShouldHaveSingleItem().Source.ShouldBe(source);
    }

    [Fact]
    public async Task a_redelivered_report_is_recorded_once()
    {
        var supplier = await App.Approved();
        var report = QualityIssue(supplier.Id, Now.AddDays(-1));

        await Host.InvokeMessageAndWaitAsync(report);
        var once = await App.Details(supplier.Id);
        await Host.InvokeMessageAndWaitAsync(report);

        var twice = await App.Details(supplier.Id);
        twice.Version.ShouldBe(once.Version);
        twice.QualityIncidents.ShouldHaveSingleItem().IncidentId.ShouldBe(report.IncidentId);
        (await App.History(supplier.Id)).Count(e => e.Type == "quality_incident_recorded").ShouldBe(1);
    }

    [Fact]
    public async Task a_reported_issue_counts_towards_a_review_like_any_incident()
    {
        var supplier = await App.Approved();
        await App.ReportIncident(supplier.Id, Now.AddDays(-60)).Ok<SupplierDetails>();
        await App.ReportIncident(supplier.Id, Now.AddDays(-30)).Ok<SupplierDetails>();

        await Host.InvokeMessageAndWaitAsync(QualityIssue(supplier.Id, Now.AddDays(-1)));

        (await App.Details(supplier.Id)).ReviewRequired.ShouldBeTrue();
        var review = (await App.History(supplier.Id)).Last();
        (review.Type, review.Actor).ShouldBe(("supplier_review_required", Actors.System));
    }

    [Fact]
    public async Task one_issue_delivered_three_times_does_not_make_a_supplier_due_for_review()
    {
        var supplier = await App.Approved();
        await App.ReportIncident(supplier.Id, Now.AddDays(-30)).Ok<SupplierDetails>();
        var report = QualityIssue(supplier.Id, Now.AddDays(-1));

        for (var delivery = 0; delivery < 3; delivery++) await Host.InvokeMessageAndWaitAsync(report);

        var details = await App.Details(supplier.Id);
        details.QualityIncidents.Count.ShouldBe(2);
        details.ReviewRequired.ShouldBeFalse();
    }

    [Fact]
    public async Task a_reported_issue_lowers_the_quality_score_at_the_next_evaluation()
    {
        var supplier = await App.Approved();
        await Host.InvokeMessageAndWaitAsync(QualityIssue(supplier.Id, Now.AddDays(-10)));

        var evaluated = await App.Evaluate(supplier.Id, GradeA);

        (evaluated.LatestEvaluation!.QualityIncidentsCounted, evaluated.LatestEvaluation.AdjustedQualityScore).ShouldBe((1, 85));
    }

    [Fact]
    public async Task an_issue_naming_an_unknown_supplier_goes_to_the_dead_letters_without_retries()
    {
        var report = QualityIssue(Guid.CreateVersion7(), Now);

        var session = await App.Published(report);

        session.MovedToErrorQueue.SingleMessage<SupplierQualityIssueReported>().ShouldBe(report);
        session.AllExceptions().ShouldHaveSingleItem().ShouldBeOfType<UnknownSupplierException>();
        await As(Role.Product, x => x.Get.Url($"{Suppliers}/{report.SupplierId}")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task issues_for_one_supplier_arriving_together_are_all_recorded()
    {
        var supplier = await App.Approved();
        var reports = Enumerable.Range(1, 12).Select(hours => (object)QualityIssue(supplier.Id, Now.AddHours(-hours))).ToArray();

        var session = await App.Published(reports);

        session.MovedToErrorQueue.Envelopes().ShouldBeEmpty();
        (await App.Details(supplier.Id)).QualityIncidents.Count.ShouldBe(12);
    }
}
