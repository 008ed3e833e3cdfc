using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using static Selection.Tests.Candidates.CandidateScenarios;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests.Candidates;

public sealed class SelectionKpiTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task kpis_count_candidates_by_stage_pass_rates_days_to_approval_and_suppliers_by_grade()
    {
        // Approved ten days after its proposal, with one failed and one passed sample (its supplier: grade A).
        var approved = await App.Sampling();
        await App.RecordResults(approved.Id, approved.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();
        var retried = await App.Post(approved.Id, "samples").Ok<CandidateDetails>();
        await App.RecordResults(approved.Id, retried.Samples.Last().SampleId, Verdict.Pass).Ok<CandidateDetails>();
        App.Clock.Advance(TimeSpan.FromDays(10));
        await App.Post(approved.Id, "approve").Ok<CandidateDetails>();
        // Failed its screening: still proposed.
        var failed = await App.Proposed(NewCandidate("Pet bowl set"));
        await App.Post(failed.Id, "screening", Screening(Verdict.Fail)).Ok<CandidateDetails>();
        await App.Registered(NewSupplier("Ungraded Ltd"));
        await App.Evaluated(GradeD);

        var report = await As(Role.Auditor, x => x.Get.Url("/api/selection/kpis")).Ok<KpiReport>();

        (report.Module, report.AsOf).ShouldBe(("selection", OpsFixture.Start.AddDays(10)));
        var kpis = report.Kpis.ToDictionary(k => k.Code);
        kpis.Keys.ShouldBe([
            "selection.candidates_by_stage", "selection.screening_pass_rate", "selection.average_days_proposed_to_approved",
            "selection.sample_pass_rate", "selection.suppliers_by_grade", "selection.supplier_on_time_delivery",
        ]);
        var stages = kpis["selection.candidates_by_stage"];
        (stages.Name, stages.Value, stages.Unit).ShouldBe(("Candidates by stage", 2m, KpiUnit.Count));
        stages.Parts.Select(p => (p.Key, p.Value)).ShouldBe([
            ("Proposed", 1m), ("Screened", 0m), ("Sourcing", 0m), ("Sampling", 0m), ("Approved", 1m), ("Rejected", 0m), ("Shelved", 0m)]);
        (kpis["selection.screening_pass_rate"].Value, kpis["selection.screening_pass_rate"].Unit).ShouldBe((50.0m, KpiUnit.Percent));
        (kpis["selection.average_days_proposed_to_approved"].Value, kpis["selection.average_days_proposed_to_approved"].Unit).ShouldBe((10.0m, KpiUnit.Days));
        kpis["selection.sample_pass_rate"].Value.ShouldBe(50.0m);
        var grades = kpis["selection.suppliers_by_grade"];
        grades.Value.ShouldBe(3);
        grades.Parts.Select(p => (p.Key, p.Value)).ShouldBe([("A", 1m), ("B", 0m), ("C", 0m), ("D", 1m), ("ungraded", 1m)]);
    }

    [Fact]
    public async Task a_report_is_kept_until_the_module_records_an_event_and_for_at_most_a_few_seconds()
    {
        await App.Registered(NewSupplier("Kept Report Ltd"));
        (await SuppliersCounted()).ShouldBe(1);

        // A read-model row written behind the store's back (no event; Ops never does this) is not seen while the
        // kept report is fresh: the report was not computed again.
        await Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            insert into selection.mt_doc_supplierdetails (id, data, mt_last_modified, mt_dotnet_type, mt_version, grade, deliveriescount, deliverieson_time_count)
            select gen_random_uuid(), data, mt_last_modified, mt_dotnet_type, mt_version, grade, deliveriescount, deliverieson_time_count
            from selection.mt_doc_supplierdetails
            """).ExecuteNonQueryAsync();
        (await SuppliersCounted()).ShouldBe(1);
        App.Clock.Advance(StoreResults.MaxAge);
        (await SuppliersCounted()).ShouldBe(2);

        // An event is seen at once, whichever host committed it: the report is kept under the latest event's number.
        await App.Registered(NewSupplier("Second Report Ltd"));
        (await SuppliersCounted()).ShouldBe(3);
    }

    private async Task<decimal?> SuppliersCounted() =>
        (await As(Role.Auditor, x => x.Get.Url("/api/selection/kpis")).Ok<KpiReport>()).Kpis.Single(k => k.Code == "selection.suppliers_by_grade").Value;

    [Fact]
    public async Task on_time_delivery_counts_every_receipt_of_every_supplier()
    {
        var first = await App.Registered(NewSupplier("Early Bird Co"));
        var second = await App.Registered(NewSupplier("Late Freight Ltd"));
        var due = new DateOnly(2030, 10, 20);
        await App.Published(
            LogisticsReports.Receipt(first.Id, due, due), LogisticsReports.Receipt(first.Id, due, due.AddDays(-2)),
            LogisticsReports.Receipt(second.Id, due, due.AddDays(1)));

        var report = await As(Role.Auditor, x => x.Get.Url("/api/selection/kpis")).Ok<KpiReport>();

        var onTime = report.Kpis.Single(k => k.Code == "selection.supplier_on_time_delivery");
        (onTime.Value, onTime.Unit).ShouldBe((66.7m, KpiUnit.Percent)); // 2 of 3 receipts on or before the expected day
    }

    [Fact]
    public async Task rates_over_nothing_are_unknown_not_zero()
    {
        var report = await As(Role.Product, x => x.Get.Url("/api/selection/kpis")).Ok<KpiReport>();

        report.Kpis.Where(k => k.Unit is KpiUnit.Percent or KpiUnit.Days).ShouldAllBe(k => k.Value == null);
        report.Kpis.Single(k => k.Code == "selection.candidates_by_stage").Parts.ShouldAllBe(p => p.Value == 0);
    }

    [Fact]
    public async Task kpi_names_follow_the_requests_language()
    {
        var report = await As(Role.Product, x =>
        {
            x.Get.Url("/api/selection/kpis");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).Ok<KpiReport>();

        report.Kpis.Single(k => k.Code == "selection.sample_pass_rate").Name.ShouldBe("样品通过率");
    }

}
