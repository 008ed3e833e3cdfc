using Ops.Selection.Suppliers;
using Ops.Shared;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class QualityIncidentTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly DateTimeOffset Now = OpsFixture.Start;

    [Fact]
    public async Task an_incident_is_recorded_on_the_supplier()
    {
        var supplier = await App.Approved();

        var recorded = await App.ReportIncident(supplier.Id, Now.AddDays(-3)).Ok<SupplierDetails>();

        var incident = recorded.QualityIncidents.ShouldHaveSingleItem();
        (incident.OccurredAt, incident.Sku, incident.Description, incident.Source)
            .ShouldBe((Now.AddDays(-3), "BR-LAMP-01", "Cracked housing", QualityIncidentSource.Return));
        recorded.ReviewRequired.ShouldBeFalse();
    }

    [Fact]
    public async Task three_incidents_within_90_days_make_the_supplier_due_for_review_once()
    {
        var supplier = await App.Approved();
        await App.ReportIncident(supplier.Id, Now.AddDays(-89));
        var afterTwo = await App.ReportIncident(supplier.Id, Now.AddDays(-40)).Ok<SupplierDetails>();

        var afterThree = await App.ReportIncident(supplier.Id, Now.AddDays(-1), Role.Service).Ok<SupplierDetails>();
        await App.ReportIncident(supplier.Id, Now, Role.OpsManager).Ok<SupplierDetails>();

        afterTwo.ReviewRequired.ShouldBeFalse();
        afterThree.ReviewRequired.ShouldBeTrue();
        var history = await App.History(supplier.Id);
        history.Count(e => e.Type == "supplier_review_required").ShouldBe(1);
    }

    [Fact]
    public async Task incidents_older_than_the_window_do_not_count_towards_a_review()
    {
        var supplier = await App.Approved();
        await App.ReportIncident(supplier.Id, Now.AddDays(-91));
        await App.ReportIncident(supplier.Id, Now.AddDays(-40));

        var afterThird = await App.ReportIncident(supplier.Id, Now.AddDays(-1)).Ok<SupplierDetails>();

        afterThird.ReviewRequired.ShouldBeFalse();
    }

    [Fact]
    public async Task the_review_threshold_and_window_are_settings()
    {
        await App.ChangeSettings(new Ops.Selection.SelectionSettings { IncidentsBeforeReview = 2, IncidentWindowDays = 120 });
        var supplier = await App.Approved();
        await App.ReportIncident(supplier.Id, Now.AddDays(-100));

        var afterSecond = await App.ReportIncident(supplier.Id, Now.AddDays(-1)).Ok<SupplierDetails>();

        afterSecond.ReviewRequired.ShouldBeTrue();
    }

    [Fact]
    public async Task the_next_evaluation_clears_the_review()
    {
        var supplier = await App.Approved();
        for (var day = 3; day > 0; day--) await App.ReportIncident(supplier.Id, Now.AddDays(-day));

        var evaluated = await App.Evaluate(supplier.Id, GradeA);

        evaluated.ReviewRequired.ShouldBeFalse();
        evaluated.LatestEvaluation!.QualityIncidentsCounted.ShouldBe(3);
    }

    [Fact]
    public async Task a_rejected_supplier_is_not_put_up_for_review()
    {
        var supplier = await App.Rejected();

        for (var day = 3; day > 0; day--) await App.ReportIncident(supplier.Id, Now.AddDays(-day));

        (await App.Details(supplier.Id)).ReviewRequired.ShouldBeFalse();
    }

    [Fact]
    public async Task an_incident_cannot_lie_in_the_future()
    {
        var supplier = await App.Approved();

        await App.ReportIncident(supplier.Id, Now.AddMinutes(1)).ShouldHaveFieldError("occurredAt");
    }

    [Fact]
    public async Task an_incident_names_its_source()
    {
        var supplier = await App.Approved();

        await As(Role.Logistics, x => x.Post.Json(new { occurredAt = Now, description = "Cracked housing" })
            .ToUrl($"{Suppliers}/{supplier.Id}/incidents")).ShouldHaveFieldError("source");
    }

    [Fact]
    public async Task a_finance_user_cannot_report_an_incident()
    {
        var supplier = await App.Approved();

        await App.ReportIncident(supplier.Id, Now, Role.Finance).ShouldBeProblem(403, "forbidden");
    }
}
