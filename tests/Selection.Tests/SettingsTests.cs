using Ops.Selection;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Selection.Tests;

public sealed class SettingsTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task settings_start_at_the_policy_defaults()
    {
        var settings = await As(Role.Product, x => x.Get.Url("/api/selection/settings")).Ok<PolicySettingsView<SelectionSettings>>();

        settings.Version.ShouldBe(0);
        settings.Settings.ShouldBe(new SelectionSettings());
    }

    [Fact]
    public async Task an_ops_manager_changes_a_setting_and_the_change_is_recorded_with_who_made_it()
    {
        var changed = await As(Role.OpsManager, x => x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 45 }).ToUrl("/api/selection/settings"))
            .Ok<PolicySettingsView<SelectionSettings>>();

        changed.Version.ShouldBe(1);
        changed.Settings.WarnDaysBeforeExpiry.ShouldBe(45);
        changed.ChangedBy.ShouldBe("ops-manager@demo.ops");
        changed.ChangedAt.ShouldBe(OpsFixture.Start);
    }

    [Fact]
    public async Task a_product_user_cannot_change_settings()
    {
        await As(Role.Product, x => x.Put.Json(new SelectionSettings()).ToUrl("/api/selection/settings"))
            .ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task a_stale_if_match_is_refused_with_412()
    {
        await As(Role.Admin, x => x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 40 }).ToUrl("/api/selection/settings"));

        await As(Role.Admin, x =>
        {
            x.Put.Json(new SelectionSettings { WarnDaysBeforeExpiry = 50 }).ToUrl("/api/selection/settings");
            x.WithRequestHeader("If-Match", "\"0\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }
}
