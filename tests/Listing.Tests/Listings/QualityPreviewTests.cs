using Alba;
using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

/// <summary>The quality check of content being edited: the server's own check, run on content not saved.</summary>
public sealed class QualityPreviewTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task the_preview_of_unsaved_content_is_the_check_saving_it_records()
    {
        var draft = await App.Drafted();
        var edited = Flawed(GoodContent(draft.Id));

        var preview = await App.PreviewQuality(edited).Ok<ListingQualityReport>();
        var unsaved = await App.Details(draft.Id);
        var saved = await App.ChangeContent(edited).Ok<ListingDetails>();

        preview.Codes().ShouldBe([QualityRules.BannedWord, QualityRules.TooFewImages, QualityRules.SearchTermsRepeatTitle, QualityRules.PriceRequired]);
        preview.ShouldBeSameAs(saved.Quality);
        (unsaved.Version, unsaved.ContentVersion).ShouldBe((draft.Version, 1));
    }

    [Fact]
    public async Task previewing_the_saved_content_reports_the_current_content_version()
    {
        var ready = await App.Ready();

        var preview = await App.PreviewQuality(GoodContent(ready.Id)).Ok<ListingQualityReport>();

        preview.ShouldBeSameAs(ready.Quality);
        preview.ContentVersion.ShouldBe(2);
    }

    [Fact]
    public async Task the_preview_applies_the_settings_in_force()
    {
        var draft = await App.Drafted();
        await App.ChangeSettings(new ListingSettings { MaxTitleLength = 30, ScorePenaltyPerError = 35 });

        var preview = await App.PreviewQuality(GoodContent(draft.Id)).Ok<ListingQualityReport>();

        preview.ShouldFind(QualityRules.TitleTooLong, QualitySeverity.Error, "title");
        preview.Score.ShouldBe(65);
    }

    [Fact]
    public async Task content_a_save_would_refuse_is_refused_by_the_preview_on_the_same_fields()
    {
        var draft = await App.Drafted();
        var invalid = GoodContent(draft.Id) with { Images = [new ListingImageRequest { Url = "not a url", Role = ListingImageRole.Main }] };

        var problem = await App.PreviewQuality(invalid).ShouldHaveFieldError("images[0].url");

        problem.Errors!.Keys.ShouldBe((await App.ChangeContent(invalid).ShouldHaveFieldError("images[0].url")).Errors!.Keys);
    }

    [Fact]
    public async Task only_those_who_edit_listings_preview_their_quality()
    {
        var draft = await App.Drafted();

        await App.PreviewQuality(GoodContent(draft.Id), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.PreviewQuality(GoodContent(draft.Id), Role.Finance).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.PreviewQuality(GoodContent(draft.Id), Role.OpsManager).Ok<ListingQualityReport>();
        await App.PreviewQuality(GoodContent(Guid.NewGuid())).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    /// <summary>Three errors (a banned word in bullet 2, five images, no price) and one warning (search terms repeating "desk").</summary>
    internal static ChangeListingContentRequest Flawed(ChangeListingContentRequest good) => good with
    {
        Bullets = [good.Bullets[0], good.Bullets[1] + " Free shipping!", .. good.Bullets.Skip(2)],
        Images = [.. good.Images.Take(5)],
        SearchTerms = good.SearchTerms + " desk",
        Price = null,
    };
}

internal static class QualityPreviews
{
    public static Task<IScenarioResult> PreviewQuality(this ListingApp app, ChangeListingContentRequest content, string role = Role.Listing) =>
        app.As(role, x => x.Post.Json(content).ToUrl($"{ListingsUrl}/{content.Id}/quality-preview"));
}
