using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Shared;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

/// <summary>Each quality rule, from content that passes them all: take one rule out and its test fails.</summary>
public sealed class QualityRuleTests(ListingApp app) : ListingTest(app)
{
    private static readonly string[] NineKeywords =
        ["gooseneck", "usb port", "night light", "clamp", "touch dimmer", "timer", "memory", "bedside lamp", "architect"];

    [Fact]
    public async Task content_that_meets_every_rule_has_no_findings_and_scores_100()
    {
        var report = await Check(c => c);

        report.Findings.ShouldBeEmpty();
        report.Score.ShouldBe(100);
        report.KeywordCoveragePercent.ShouldBe(100m);
    }

    [Fact]
    public async Task a_title_is_required()
    {
        var report = await Check(c => c with { Title = "   ", TargetKeywords = ["desk lamp"] });

        report.ShouldFind(QualityRules.TitleRequired, QualitySeverity.Error, "title");
    }

    [Fact]
    public async Task a_title_is_at_most_200_characters_counting_an_emoji_once()
    {
        var tooLong = await Check(c => c with { Title = c.Title + new string('x', 200 - c.Title.Length + 1) });
        var longest = await Check(c => c with { Title = c.Title + new string('x', 200 - c.Title.Length) });
        var emoji = await Check(c => c with { Title = c.Title + string.Concat(Enumerable.Repeat("💡", 200 - c.Title.Length)) });

        tooLong.ShouldFind(QualityRules.TitleTooLong, QualitySeverity.Error, "title");
        longest.Codes().ShouldNotContain(QualityRules.TitleTooLong);
        emoji.Codes().ShouldNotContain(QualityRules.TitleTooLong);
    }

    [Fact]
    public async Task the_title_length_is_a_setting()
    {
        await App.ChangeSettings(new ListingSettings { MaxTitleLength = 40 });

        var report = await Check(c => c);

        report.ShouldFind(QualityRules.TitleTooLong, QualitySeverity.Error, "title");
    }

    [Fact]
    public async Task banned_words_are_found_in_the_title_and_the_bullets_whatever_their_case()
    {
        var report = await Check(c => c with
        {
            Title = c.Title + " BEST SELLER",
            Bullets = [c.Bullets[0], c.Bullets[1] + " Free shipping!", .. c.Bullets.Skip(2)],
        });

        report.Findings.Where(f => f.Code == QualityRules.BannedWord).Select(f => (f.Field, f.Severity))
            .ShouldBe([("title", QualitySeverity.Error), ("bullets[1]", QualitySeverity.Error)]);
    }

    [Fact]
    public async Task the_banned_words_are_a_setting()
    {
        await App.ChangeSettings(new ListingSettings { BannedWords = ["dimmable"] });

        var report = await Check(c => c with { Bullets = [c.Bullets[0] + " Guarantee.", .. c.Bullets.Skip(1)] });

        report.Findings.Where(f => f.Code == QualityRules.BannedWord).Select(f => f.Field).ShouldBe(["title"]);
    }

    [Fact]
    public async Task at_least_five_bullets()
    {
        var four = await Check(c => c with { Bullets = [.. c.Bullets.Take(4)] });
        await App.ChangeSettings(new ListingSettings { MinBullets = 4 });
        var fourAllowed = await Check(c => c with { Bullets = [.. c.Bullets.Take(4)] });

        four.ShouldFind(QualityRules.TooFewBullets, QualitySeverity.Error, "bullets");
        fourAllowed.Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_bullet_is_at_most_500_characters()
    {
        var report = await Check(c => c with { Bullets = [c.Bullets[0], new string('b', 501), c.Bullets[2], c.Bullets[3], new string('b', 500)] });

        report.Findings.Where(f => f.Code == QualityRules.BulletTooLong).Select(f => (f.Field, f.Severity))
            .ShouldBe([("bullets[1]", QualitySeverity.Error)]);
    }

    [Fact]
    public async Task at_least_six_images()
    {
        var report = await Check(c => c with { Images = [.. c.Images.Take(5)] });

        report.ShouldFind(QualityRules.TooFewImages, QualitySeverity.Error, "images");
        report.Codes().ShouldNotContain(QualityRules.ExactlyOneMainImage);
    }

    [Fact]
    public async Task exactly_one_main_image()
    {
        var none = await Check(c => c with { Images = [.. c.Images.Skip(1), Image(7, ListingImageRole.Secondary)] });
        var two = await Check(c => c with { Images = [.. c.Images, Image(7, ListingImageRole.Main)] });

        none.ShouldFind(QualityRules.ExactlyOneMainImage, QualitySeverity.Error, "images");
        two.ShouldFind(QualityRules.ExactlyOneMainImage, QualitySeverity.Error, "images");
    }

    [Fact]
    public async Task search_terms_are_at_most_249_utf8_bytes_not_characters()
    {
        var chinese84 = await Check(c => c with { SearchTerms = new string('灯', 84) }); // 84 characters, 252 bytes
        var chinese83 = await Check(c => c with { SearchTerms = new string('灯', 83) }); // 249 bytes
        var emoji = await Check(c => c with { SearchTerms = string.Concat(Enumerable.Repeat("💡", 63)) }); // 126 chars, 252 bytes

        chinese84.ShouldFind(QualityRules.SearchTermsTooLong, QualitySeverity.Error, "searchTerms");
        chinese83.Codes().ShouldNotContain(QualityRules.SearchTermsTooLong);
        emoji.ShouldFind(QualityRules.SearchTermsTooLong, QualitySeverity.Error, "searchTerms");
    }

    [Fact]
    public async Task search_terms_should_not_repeat_title_words()
    {
        var report = await Check(c => c with { SearchTerms = "Desk gooseneck READING" });

        var finding = report.ShouldFind(QualityRules.SearchTermsRepeatTitle, QualitySeverity.Warning, "searchTerms");
        finding.Message.ShouldContain("desk, reading");
        report.Score.ShouldBe(95);
    }

    [Fact]
    public async Task required_attributes_are_present()
    {
        var report = await Check(c => c with { Attributes = c.Attributes with { Brand = "", Colour = " " } });

        report.Findings.Where(f => f.Code == QualityRules.RequiredAttributeMissing).Select(f => (f.Field, f.Severity))
            .ShouldBe([("attributes.brand", QualitySeverity.Error), ("attributes.colour", QualitySeverity.Error)]);
    }

    [Fact]
    public async Task the_required_attributes_are_a_setting()
    {
        await App.ChangeSettings(new ListingSettings { RequiredAttributes = ["usage"] });

        var report = await Check(c => c with { Attributes = new() { Usage = "" } });

        report.Findings.Select(f => (f.Code, f.Field)).ShouldBe([(QualityRules.RequiredAttributeMissing, "attributes.usage")]);
    }

    [Fact]
    public async Task a_listing_needs_a_price()
    {
        var report = await Check(c => c with { Price = null });

        report.ShouldFind(QualityRules.PriceRequired, QualitySeverity.Error, "price");
    }

    [Fact]
    public async Task each_target_keyword_should_appear_in_the_title_or_bullets_and_coverage_is_reported()
    {
        var report = await Check(c => c with { TargetKeywords = [.. c.TargetKeywords, "Gooseneck Lamp"] });

        report.ShouldFind(QualityRules.TargetKeywordNotCovered, QualitySeverity.Warning, "targetKeywords[3]");
        report.KeywordCoveragePercent.ShouldBe(75m);
        report.Score.ShouldBe(95);
    }

    [Fact]
    public async Task without_target_keywords_there_is_no_coverage_to_report()
    {
        var report = await Check(c => c with { TargetKeywords = [] });

        report.KeywordCoveragePercent.ShouldBeNull();
        report.Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_score_is_100_less_20_per_error_and_5_per_warning_never_below_0()
    {
        var twoErrorsOneWarning = await Check(c => c with { Price = null, Images = [.. c.Images.Take(5)], SearchTerms = "desk" });
        var hopeless = await Check(_ => new ChangeListingContentRequest());
        await App.ChangeSettings(new ListingSettings { ScorePenaltyPerError = 10, ScorePenaltyPerWarning = 1 });
        var lenient = await Check(c => c with { Price = null, Images = [.. c.Images.Take(5)], SearchTerms = "desk" });

        twoErrorsOneWarning.Score.ShouldBe(55);
        hopeless.Score.ShouldBe(0);
        lenient.Score.ShouldBe(79);
    }

    [Fact]
    public async Task findings_are_stored_with_the_listing_in_english_and_chinese()
    {
        var draft = await App.Drafted();

        var stored = await App.ChangeContent(GoodContent(draft.Id) with { Price = null }).Ok<ListingDetails>();

        var finding = stored.Quality.Findings.ShouldHaveSingleItem();
        finding.ShouldBe(new ListingQualityFinding(QualityRules.PriceRequired, QualitySeverity.Error, "price",
            "A listing needs a price.", "商品必须有价格。"));
        (await App.Details(draft.Id)).Quality.ShouldBeSameAs(stored.Quality);
    }

    [Fact]
    public async Task checking_quality_on_demand_applies_the_settings_in_force_without_recording_anything()
    {
        var ready = await App.Ready();
        await App.ChangeSettings(new ListingSettings { MinImages = 8 });

        var now = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{ready.Id}/quality")).Ok<ListingQualityReport>();

        now.ContentVersion.ShouldBe(2);
        now.Codes().ShouldBe([QualityRules.TooFewImages]);
        var after = await App.Details(ready.Id);
        after.Version.ShouldBe(ready.Version);
        after.Quality.Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task quality_of_a_listing_that_does_not_exist_is_not_found()
    {
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{Guid.NewGuid()}/quality")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task nine_uncovered_keywords_alone_bring_the_score_below_60()
    {
        var report = await Check(c => c with { TargetKeywords = NineKeywords });

        report.Findings.ShouldAllBe(f => f.Severity == QualitySeverity.Warning);
        report.Score.ShouldBe(55);
        report.KeywordCoveragePercent.ShouldBe(0m);
    }

    /// <summary>Stores good content changed by <paramref name="change"/> on a fresh draft and returns the check recorded with it.</summary>
    private async Task<ListingQualityReport> Check(Func<ChangeListingContentRequest, ChangeListingContentRequest> change)
    {
        var sku = $"Q-{Guid.NewGuid():N}"[..20];
        var draft = await App.Drafted(sku);
        var changed = await App.ChangeContent(change(GoodContent(draft.Id)) with { Id = draft.Id }).Ok<ListingDetails>();
        return changed.Quality;
    }
}

internal static class QualityReports
{
    public static IReadOnlyList<string> Codes(this ListingQualityReport report) => [.. report.Findings.Select(f => f.Code)];

    public static ListingQualityFinding ShouldFind(this ListingQualityReport report, string code, QualitySeverity severity, string field)
    {
        var finding = report.Findings.ShouldHaveSingleItem(string.Join(", ", report.Codes()));
        finding.Code.ShouldBe(code);
        finding.Severity.ShouldBe(severity);
        finding.Field.ShouldBe(field);
        finding.Message.ShouldNotBeNullOrWhiteSpace();
        finding.ChineseMessage.ShouldNotBeNullOrWhiteSpace();
        return finding;
    }
}
