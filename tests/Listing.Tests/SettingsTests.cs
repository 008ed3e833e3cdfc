using Ops.Listing;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Listing.Tests;

public sealed class SettingsTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task the_go_live_deadline_defaults_to_three_working_days_warned_one_day_before()
    {
        var settings = await As(Role.Listing, x => x.Get.Url("/api/listing/settings")).Ok<PolicySettingsView<ListingSettings>>();

        settings.Settings.GoLiveWorkingDays.ShouldBe(3);
        settings.Settings.GoLiveWarnWorkingDaysBefore.ShouldBe(1);
    }

    [Fact]
    public async Task the_warning_must_come_before_the_deadline()
    {
        await As(Role.OpsManager, x => x.Put.Json(new ListingSettings { GoLiveWorkingDays = 2, GoLiveWarnWorkingDaysBefore = 2 })
            .ToUrl("/api/listing/settings")).ShouldHaveFieldError("goLiveWarnWorkingDaysBefore");
    }
}
