using Ops.Listing;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Listing.Tests.Listings;

public sealed class QualitySettingsTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task the_quality_thresholds_default_to_the_policy()
    {
        var settings = (await As(Role.Listing, x => x.Get.Url("/api/listing/settings")).Ok<PolicySettingsView<ListingSettings>>()).Settings;

        (settings.MaxTitleLength, settings.MinBullets, settings.MaxBulletLength, settings.MinImages, settings.MaxSearchTermBytes,
            settings.MinContentScoreToSubmit, settings.ScorePenaltyPerError, settings.ScorePenaltyPerWarning)
            .ShouldBe((200, 5, 500, 6, 249, 60, 20, 5));
        settings.BannedWords.ShouldBe(["best seller", "free shipping", "#1", "guarantee"]);
        settings.RequiredAttributes.ShouldBe(["brand", "model", "size", "weight", "material", "colour"]);
    }

    [Fact]
    public async Task quality_settings_stay_within_what_a_listing_can_hold()
    {
        var problem = await As(Role.OpsManager, x => x.Put.Json(new ListingSettings
        {
            MinBullets = 6, MaxTitleLength = 0, MinContentScoreToSubmit = 101, RequiredAttributes = ["brand", "price"], BannedWords = [""],
        }).ToUrl("/api/listing/settings")).ShouldHaveFieldError("minBullets");

        problem.Errors!.Keys.ShouldBe(
            ["minBullets", "maxTitleLength", "minContentScoreToSubmit", "requiredAttributes[1]", "bannedWords[0]"], ignoreOrder: true);
    }
}
