using Ops.Logistics;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Logistics.Tests;

public sealed class SettingsTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/settings";

    [Fact]
    public async Task the_policy_parameters_default_to_the_spec()
    {
        var settings = (await As(Role.Logistics, x => x.Get.Url(Url)).Ok<PolicySettingsView<LogisticsSettings>>()).Settings;

        settings.ShouldSatisfyAllConditions(
            s => s.ShipWithinWorkingDays.ShouldBe(2),
            s => s.ConfirmOrderHours.ShouldBe(4),
            s => s.TrackingUpdateHours.ShouldBe(24),
            s => s.ExceptionContactHours.ShouldBe(4),
            s => s.VelocityWindowDays.ShouldBe(30),
            s => s.SafetyDays.ShouldBe(14),
            s => s.TargetCoverDays.ShouldBe(60),
            s => s.SlowMovingCoverDays.ShouldBe(120),
            s => s.ExcessCoverDays.ShouldBe(90),
            s => s.StocktakeEveryDays.ShouldBe(7),
            s => s.VarianceReviewPercent.ShouldBe(2m),
            s => s.ChannelWeights.ShouldBe(new ChannelWeights(40, 35, 25)));
    }

    [Fact]
    public async Task the_operations_manager_changes_them_and_the_change_is_kept()
    {
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { ShipWithinWorkingDays = 3, ChannelWeights = new(50, 30, 20) }).ToUrl(Url))
            .Ok<PolicySettingsView<LogisticsSettings>>();

        var settings = (await As(Role.Auditor, x => x.Get.Url(Url)).Ok<PolicySettingsView<LogisticsSettings>>()).Settings;
        (settings.ShipWithinWorkingDays, settings.ChannelWeights).ShouldBe((3, new ChannelWeights(50, 30, 20)));
    }

    [Fact]
    public async Task channel_weights_must_add_up_to_a_hundred()
    {
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { ChannelWeights = new(50, 35, 25) }).ToUrl(Url))
            .ShouldHaveFieldError("channelWeights");
    }

    [Fact]
    public async Task a_replenishment_covers_more_days_than_the_safety_stock()
    {
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { SafetyDays = 60, TargetCoverDays = 60 }).ToUrl(Url))
            .ShouldHaveFieldError("targetCoverDays");
    }

    [Fact]
    public async Task logistics_staff_may_read_but_not_change_the_policy()
    {
        await As(Role.Logistics, x => x.Put.Json(new LogisticsSettings()).ToUrl(Url)).ShouldBeProblem(403, Ops.Shared.Http.ProblemCodes.Forbidden);
    }
}
