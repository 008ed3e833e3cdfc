using Ops.Selection;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Selection.Tests;

public sealed class SettingsTests(SelectionApp app) : SelectionTest(app)
{
    private const string Settings = "/api/selection/settings";

    [Fact]
    public async Task settings_start_at_the_policy_defaults()
    {
        var view = await As(Role.Product, x => x.Get.Url(Settings)).Ok<PolicySettingsView<SelectionSettings>>();

        view.Version.ShouldBe(0);
        var settings = view.Settings;
        settings.ShouldBe(new SelectionSettings());
        (settings.MinMarginPercent, settings.ReferralFeePercent, settings.ExpectedAcosPercent).ShouldBe((25m, 15m, 10m));
        settings.MaxInvestmentPerSku.ShouldBe(new Money(30_000m, "USD"));
        var weights = settings.SupplierScoreWeights;
        new[] { weights.Qualification, weights.Reputation, weights.Capacity, weights.Quality, weights.Price, weights.LeadTime, weights.AfterSales }
            .ShouldBe([10m, 15m, 15m, 25m, 15m, 10m, 10m]);
        (settings.GradeThresholds.A, settings.GradeThresholds.B, settings.GradeThresholds.C).ShouldBe((85m, 70m, 60m));
        (settings.WarnDaysBeforeExpiry, settings.IncidentsBeforeReview, settings.IncidentWindowDays, settings.QualityPenaltyPerIncident)
            .ShouldBe((30, 3, 90, 5));
    }

    [Fact]
    public async Task an_ops_manager_changes_a_setting_and_the_change_is_recorded_with_who_made_it()
    {
        var changed = await As(Role.OpsManager, x => x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 45 }).ToUrl(Settings))
            .Ok<PolicySettingsView<SelectionSettings>>();

        changed.Version.ShouldBe(1);
        changed.Settings.WarnDaysBeforeExpiry.ShouldBe(45);
        changed.ChangedBy.ShouldBe("ops-manager@demo.ops");
        changed.ChangedAt.ShouldBe(OpsFixture.Start);
    }

    [Fact]
    public async Task a_product_user_cannot_change_settings()
    {
        await As(Role.Product, x => x.Put.Json(new SelectionSettings()).ToUrl(Settings)).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task a_stale_if_match_is_refused_with_412()
    {
        await As(Role.Admin, x => x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 40 }).ToUrl(Settings));

        await As(Role.Admin, x =>
        {
            x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 50 }).ToUrl(Settings);
            x.WithRequestHeader("If-Match", "\"0\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }

    [Fact]
    public async Task supplier_score_weights_must_sum_to_exactly_100()
    {
        var settings = new SelectionSettings { SupplierScoreWeights = new SupplierScoreWeights { Quality = 30 } };

        var problem = await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("supplierScoreWeights");

        problem.Errors!["supplierScoreWeights"].ShouldHaveSingleItem().ShouldContain("105");
        (await As(Role.Admin, x => x.Get.Url(Settings)).Ok<PolicySettingsView<SelectionSettings>>()).Version.ShouldBe(0);
    }

    [Fact]
    public async Task each_supplier_score_weight_lies_between_0_and_100()
    {
        var settings = new SelectionSettings { SupplierScoreWeights = new SupplierScoreWeights { Quality = -5, Price = 45 } };

        var problem = await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("supplierScoreWeights.quality");

        problem.Errors!.Keys.ShouldNotContain("supplierScoreWeights.price");
    }

    [Theory]
    [InlineData(85, 85, 60)]
    [InlineData(85, 70, 75)]
    public async Task grade_thresholds_descend_strictly(int a, int b, int c)
    {
        var settings = new SelectionSettings { GradeThresholds = new GradeThresholds { A = a, B = b, C = c } };

        await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("gradeThresholds");
    }

    [Fact]
    public async Task a_grade_threshold_lies_between_0_and_100()
    {
        var settings = new SelectionSettings { GradeThresholds = new GradeThresholds { A = 101 } };

        await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("gradeThresholds.a");
    }

    [Fact]
    public async Task the_investment_limit_is_money_with_an_iso_currency_code()
    {
        var settings = new SelectionSettings { MaxInvestmentPerSku = new Money(0, "dollars") };

        var problem = await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("maxInvestmentPerSku.currency");

        problem.Errors!.Keys.ShouldContain("maxInvestmentPerSku.amount");
    }

    [Fact]
    public async Task percentages_and_day_counts_stay_within_their_ranges()
    {
        var settings = new SelectionSettings { MinMarginPercent = 120, WarnDaysBeforeExpiry = 0, IncidentsBeforeReview = 0, IncidentWindowDays = 0 };

        var problem = await As(Role.Admin, x => x.Put.Json(settings).ToUrl(Settings)).ShouldHaveFieldError("minMarginPercent");

        problem.Errors!.Keys.ShouldBe(["minMarginPercent", "warnDaysBeforeExpiry", "incidentsBeforeReview", "incidentWindowDays"], ignoreOrder: true);
    }
}
