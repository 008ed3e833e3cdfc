using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Ops.Shared.Settings;
using static Selection.Tests.Candidates.CandidateScenarios;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests.Candidates;

/// <summary>
/// The selection KPIs over a period: the period a report states, the previous period of equal length, the trend, the
/// targets from the settings, and the list behind each figure.
/// </summary>
public sealed class SelectionKpiPeriodTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    [Fact]
    public async Task a_report_covers_the_30_days_up_to_now_by_default_and_compares_them_with_the_30_days_before()
    {
        await Screened("Passed a month ago", Verdict.Pass);
        App.Clock.Advance(TimeSpan.FromDays(31));
        await Screened("Failed today", Verdict.Fail);

        var report = await Report();

        var now = OpsFixture.Start.AddDays(31);
        report.AsOf.ShouldBe(now);
        // Up to the end of the current minute, so what was recorded at this instant is in.
        (report.Period.From, report.Period.To).ShouldBe((now.AddMinutes(1) - Month, now.AddMinutes(1)));
        var rate = Kpi(report, "selection.screening_pass_rate");
        (rate.Scope, rate.Value, rate.Previous).ShouldBe((KpiScope.Period, 0.0m, 100.0m));
    }

    [Fact]
    public async Task a_rate_counts_what_was_decided_within_the_period_with_the_previous_period_and_a_trend_oldest_first()
    {
        await Screened("Bamboo tray", Verdict.Fail);
        await Screened("Bamboo box", Verdict.Pass);
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(25));
        await Screened("Silicone lid", Verdict.Pass);
        await Screened("Silicone bowl", Verdict.Pass);
        await Screened("Silicone cup", Verdict.Fail);
        var period = new KpiPeriod(OpsFixture.Start.AddDays(20), OpsFixture.Start.AddDays(50));
        App.Clock.SetUtcNow(period.To);
        await Screened("Screened as the period ends", Verdict.Fail); // the period ends before its `to`

        var report = await Report(period);

        (report.Period.From, report.Period.To).ShouldBe((period.From, period.To));
        var rate = Kpi(report, "selection.screening_pass_rate");
        (rate.Value, rate.Previous).ShouldBe((66.7m, 50.0m));
        rate.Trend.Select(p => (p.From, p.To)).ShouldBe(Enumerable.Range(0, KpiPeriod.TrendPeriods).Reverse()
            .Select(n => (period.From - Month * n, period.To - Month * n)));
        rate.Trend.Select(p => p.Value).ShouldBe([null, null, null, null, 50.0m, 66.7m]);
    }

    [Fact]
    public async Task days_to_approval_and_the_sample_pass_rate_count_the_approvals_and_tests_within_the_period()
    {
        var approved = await App.Sampling(NewCandidate("Approved in four days"));
        App.Clock.Advance(TimeSpan.FromDays(4));
        await App.RecordResults(approved.Id, approved.Samples.Single().SampleId, Verdict.Pass).Ok<CandidateDetails>();
        await App.Post(approved.Id, "approve").Ok<CandidateDetails>();
        var failing = await App.Sampling(NewCandidate("Failed its sample later"));
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(40));
        await App.RecordResults(failing.Id, failing.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();

        var report = await Report(new KpiPeriod(OpsFixture.Start.AddDays(20), OpsFixture.Start.AddDays(50)));

        var days = Kpi(report, "selection.average_days_proposed_to_approved");
        (days.Unit, days.Value, days.Previous, days.Direction).ShouldBe((KpiUnit.Days, null, 4.0m, KpiDirection.LowerIsBetter));
        var samples = Kpi(report, "selection.sample_pass_rate");
        (samples.Value, samples.Previous).ShouldBe((0.0m, 100.0m));
    }

    [Fact]
    public async Task on_time_delivery_counts_the_receipts_received_within_the_period_and_lists_their_suppliers()
    {
        var early = await App.Registered(NewSupplier("Early Bird Co"));
        var late = await App.Registered(NewSupplier("Late Freight Ltd"));
        var september = await App.Registered(NewSupplier("Only In September Ltd"));
        await App.Published(
            LogisticsReports.Receipt(early.Id, new DateOnly(2030, 9, 15), new DateOnly(2030, 9, 15)),
            LogisticsReports.Receipt(september.Id, new DateOnly(2030, 9, 20), new DateOnly(2030, 9, 18)),
            LogisticsReports.Receipt(early.Id, new DateOnly(2030, 10, 10), new DateOnly(2030, 10, 10)),
            LogisticsReports.Receipt(late.Id, new DateOnly(2030, 10, 15), new DateOnly(2030, 10, 20)));
        var october = new KpiPeriod(new DateTimeOffset(2030, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 10, 31, 0, 0, 0, TimeSpan.Zero));

        var onTime = Kpi(await Report(october), "selection.supplier_on_time_delivery");

        (onTime.Value, onTime.Previous).ShouldBe((50.0m, 100.0m)); // one of October's two receipts late; September's both on time
        var listed = await Follow<SupplierDetails>(onTime.List.ShouldNotBeNull());
        listed.Select(s => s.Name).ShouldBe(["Early Bird Co", "Late Freight Ltd"], ignoreOrder: true);
    }

    [Fact]
    public async Task targets_come_from_the_settings_and_say_whether_they_are_met()
    {
        var approved = await App.Sampling(NewCandidate("Approved in four days"));
        App.Clock.Advance(TimeSpan.FromDays(4));
        await App.RecordResults(approved.Id, approved.Samples.Single().SampleId, Verdict.Pass).Ok<CandidateDetails>();
        await App.Post(approved.Id, "approve").Ok<CandidateDetails>();
        await Screened("Failed its screening", Verdict.Fail); // with the approved one's: 1 of 2 screenings passed

        var before = await Report();
        Kpi(before, "selection.screening_pass_rate").Target.ShouldBeNull(); // the spec sets none
        Kpi(before, "selection.screening_pass_rate").TargetMet.ShouldBeNull();

        await As(Role.OpsManager, x => x.Put.Json(new SelectionSettings
        {
            KpiTargets = new SelectionKpiTargets { ScreeningPassRatePercent = 60m, DaysProposedToApproved = 5m },
        }).ToUrl("/api/selection/settings")).Ok<PolicySettingsView<SelectionSettings>>();
        var report = await Report();

        var screening = Kpi(report, "selection.screening_pass_rate");
        (screening.Value, screening.Target, screening.Direction, screening.TargetMet).ShouldBe((50.0m, 60m, KpiDirection.HigherIsBetter, false));
        var days = Kpi(report, "selection.average_days_proposed_to_approved");
        (days.Value, days.Target, days.Direction, days.TargetMet).ShouldBe((4.0m, 5m, KpiDirection.LowerIsBetter, true));
    }

    [Fact]
    public async Task kpi_targets_are_settings_validated_like_any_other()
    {
        var settings = new SelectionSettings { KpiTargets = new SelectionKpiTargets { SamplePassRatePercent = 120m } };

        await As(Role.OpsManager, x => x.Put.Json(settings).ToUrl("/api/selection/settings")).ShouldHaveFieldError("kpiTargets.samplePassRatePercent");
    }

    [Fact]
    public async Task a_rate_links_the_list_of_exactly_what_it_counted()
    {
        await Screened("Screened before the period", Verdict.Pass);
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(25));
        await Screened("Silicone lid", Verdict.Pass);
        await Screened("Silicone cup", Verdict.Fail);
        await App.Proposed(NewCandidate("Never screened"));
        var period = new KpiPeriod(OpsFixture.Start.AddDays(20), OpsFixture.Start.AddDays(50));

        var rate = Kpi(await Report(period), "selection.screening_pass_rate");

        var list = rate.List.ShouldNotBeNull();
        list.Resource.ShouldBe("/api/selection/candidates");
        list.Query.ShouldBe(new Dictionary<string, string>
        {
            ["activity"] = "Screened", ["from"] = KpiPeriod.Format(period.From), ["to"] = KpiPeriod.Format(period.To),
        }, ignoreOrder: true);
        (await Follow<CandidateSummary>(list)).Select(c => c.Name).ShouldBe(["Silicone lid", "Silicone cup"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_count_of_how_things_stand_now_has_no_previous_value_or_trend_and_each_part_links_its_list()
    {
        await App.Proposed(NewCandidate("Still proposed"));
        await Screened("Screened and passed", Verdict.Pass);

        var stages = Kpi(await Report(), "selection.candidates_by_stage");

        (stages.Scope, stages.Previous, stages.Trend.Count).ShouldBe((KpiScope.Now, null, 0));
        var screened = stages.Parts.Single(p => p.Key == "Screened");
        screened.List.ShouldNotBeNull().Query.ShouldBe(new Dictionary<string, string> { ["stage"] = "Screened" });
        (await Follow<CandidateSummary>(screened.List)).Select(c => c.Name).ShouldBe(["Screened and passed"]);
    }

    [Theory]
    [InlineData("?from=2030-11-04T00:00:00Z&to=2030-11-01T00:00:00Z")] // ends before it starts
    [InlineData("?from=2030-11-04T00:00:00Z&to=2030-11-04T00:00:00Z")] // empty
    [InlineData("?from=2029-01-01T00:00:00Z&to=2030-11-01T00:00:00Z")] // longer than a year
    [InlineData("?from=1999-12-01T00:00:00Z&to=2000-01-02T00:00:00Z")] // before any figure
    [InlineData("?from=2030-12-01T00:00:00Z")] // "from then until now" would end before it starts
    public async Task a_period_that_cannot_be_measured_is_refused_with_a_field_error(string query)
    {
        await As(Role.Auditor, x => x.Get.Url($"/api/selection/kpis{query}")).ShouldHaveFieldError("from");
    }

    [Fact]
    public async Task a_list_bound_by_from_and_to_needs_the_activity_they_bound()
    {
        await As(Role.Auditor, x => x.Get.Url("/api/selection/candidates?from=2030-11-01T00:00:00Z")).ShouldHaveFieldError("activity");
        await As(Role.Auditor, x => x.Get.Url("/api/selection/suppliers?activity=Delivered&from=2030-11-04T00:00:00Z&to=2030-11-01T00:00:00Z"))
            .ShouldHaveFieldError("from");
    }

    private async Task Screened(string name, Verdict verdict)
    {
        var candidate = await App.Proposed(NewCandidate(name));
        await App.Post(candidate.Id, "screening", Screening(verdict)).Ok<CandidateDetails>();
    }

    private Task<KpiReport> Report(KpiPeriod? period = null) => As(Role.Auditor, x => x.Get.Url(
        period is null ? "/api/selection/kpis" : $"/api/selection/kpis?from={KpiPeriod.Format(period.From)}&to={KpiPeriod.Format(period.To)}")).Ok<KpiReport>();

    private static Kpi Kpi(KpiReport report, string code) => report.Kpis.Single(k => k.Code == code);

    /// <summary>The list a KPI links, as an integrator would call it: its resource with its query.</summary>
    private async Task<IReadOnlyList<T>> Follow<T>(KpiList list)
    {
        var query = string.Join('&', list.Query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return (await As(Role.Auditor, x => x.Get.Url($"{list.Resource}?{query}&pageSize={PageRequest.MaxPageSize}")).Ok<Page<T>>()).Items;
    }
}
