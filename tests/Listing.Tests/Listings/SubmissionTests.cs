using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class SubmissionTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task a_draft_that_passes_the_check_is_submitted_for_review()
    {
        var ready = await App.Ready();
        App.Clock.Advance(TimeSpan.FromHours(2));

        var submitted = await App.Post(ready.Id, "submit").Ok<ListingDetails>();

        submitted.Status.ShouldBe(ListingStatus.Submitted);
        submitted.Submissions.ShouldBe(1);
        submitted.SubmittedAt.ShouldBe(OpsFixture.Start.AddHours(2));
        (await App.History(ready.Id)).TakeLast(2).Select(e => (e.Type, e.Actor))
            .ShouldBe([("listing_quality_checked", "listing@demo.ops"), ("listing_submitted", "listing@demo.ops")]);
    }

    [Theory]
    [InlineData(QualityRules.TitleTooLong)]
    [InlineData(QualityRules.TooFewImages)]
    [InlineData(QualityRules.PriceRequired)]
    public async Task an_error_level_finding_refuses_submission_under_its_rule_code(string code)
    {
        var draft = await App.Drafted();
        var good = GoodContent(draft.Id);
        await App.ChangeContent(code switch
        {
            QualityRules.TitleTooLong => good with { Title = good.Title + new string('x', 200) },
            QualityRules.TooFewImages => good with { Images = [.. good.Images.Take(5)] },
            _ => good with { Price = null },
        }).Ok<ListingDetails>();

        await App.Post(draft.Id, "submit").ShouldBeRefused(code);
        (await App.Details(draft.Id)).Status.ShouldBe(ListingStatus.Draft);
    }

    [Fact]
    public async Task a_submission_breaking_three_rules_is_refused_naming_all_three_on_their_fields()
    {
        var draft = await App.Drafted();
        await App.ChangeSettings(new ListingSettings { ScorePenaltyPerError = 10 });
        var flawed = QualityPreviewTests.Flawed(GoodContent(draft.Id));
        var check = await App.ChangeContent(flawed).Ok<ListingDetails>();

        var problem = await App.Post(draft.Id, "submit").ShouldBeRefused(QualityRules.BannedWord);

        problem.Rules.ShouldNotBeNull().Select(r => (r.Code, r.Field)).ShouldBe(
            [(QualityRules.BannedWord, "bullets[1]"), (QualityRules.TooFewImages, "images"), (QualityRules.PriceRequired, "price")]);
        problem.Rules.Select(r => r.Message).ShouldBe(check.Quality.Findings.Where(f => f.Severity == QualitySeverity.Error).Select(f => f.Message));
        foreach (var rule in problem.Rules) problem.Detail.ShouldNotBeNull().ShouldContain(rule.Message);
        (await App.Details(draft.Id)).Status.ShouldBe(ListingStatus.Draft);
    }

    [Fact]
    public async Task a_score_below_the_minimum_is_named_beside_the_errors_that_caused_it_in_the_callers_language()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(QualityPreviewTests.Flawed(GoodContent(draft.Id))).Ok<ListingDetails>();

        var problem = await App.As(Role.Listing, x =>
        {
            x.Post.Json(new { }).ToUrl($"{ListingsUrl}/{draft.Id}/submit");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).ShouldBeRefused(QualityRules.BannedWord);

        problem.Rules.ShouldNotBeNull().Select(r => (r.Code, r.Field, r.Message)).ShouldBe(
        [
            (QualityRules.BannedWord, "bullets[1]", "标题和要点中不得出现“free shipping”。"),
            (QualityRules.TooFewImages, "images", "共 5 张图片，至少需要 6 张。"),
            (QualityRules.PriceRequired, "price", "商品必须有价格。"),
            ("listing.content_score_below_minimum", null, "内容评分为 35，至少需要 60 分才能提交平台。"),
        ]);
    }

    [Fact]
    public async Task relisting_names_every_rule_the_content_breaks_too()
    {
        var delisted = await App.Delisted();
        var good = GoodContent(delisted.Id);
        await App.ChangeContent(good with { Images = [.. good.Images.Skip(1)] }).Ok<ListingDetails>();

        var problem = await App.Post(delisted.Id, "relist").ShouldBeRefused(QualityRules.TooFewImages);

        problem.Rules.ShouldNotBeNull().Select(r => r.Code).ShouldBe([QualityRules.TooFewImages, QualityRules.ExactlyOneMainImage]);
    }

    [Fact]
    public async Task warnings_do_not_stop_a_submission()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(GoodContent(draft.Id) with { SearchTerms = "desk gooseneck" }).Ok<ListingDetails>();

        var submitted = await App.Post(draft.Id, "submit").Ok<ListingDetails>();

        submitted.Status.ShouldBe(ListingStatus.Submitted);
        submitted.ContentScore.ShouldBe(95);
    }

    [Fact]
    public async Task a_score_below_60_refuses_submission_even_without_errors()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(GoodContent(draft.Id) with
        {
            TargetKeywords = ["gooseneck", "usb port", "night light", "clamp", "touch dimmer", "timer", "memory", "bedside lamp", "architect"],
        }).Ok<ListingDetails>();

        await App.Post(draft.Id, "submit").ShouldBeRefused("listing.content_score_below_minimum");
    }

    [Fact]
    public async Task the_minimum_score_is_a_setting()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(GoodContent(draft.Id) with { SearchTerms = "desk gooseneck" }).Ok<ListingDetails>();
        await App.ChangeSettings(new ListingSettings { MinContentScoreToSubmit = 100 });

        await App.Post(draft.Id, "submit").ShouldBeRefused("listing.content_score_below_minimum");
    }

    [Fact]
    public async Task submission_checks_again_under_the_settings_in_force()
    {
        var ready = await App.Ready();
        await App.ChangeSettings(new ListingSettings { MaxTitleLength = 30 });

        await App.Post(ready.Id, "submit").ShouldBeRefused(QualityRules.TitleTooLong);
    }

    [Fact]
    public async Task a_submitted_listing_is_not_submitted_twice()
    {
        var submitted = await App.Submitted();

        await App.Post(submitted.Id, "submit").ShouldBeRefused(ListingRules.UnderReview.Code);
    }

    [Fact]
    public async Task a_rejected_listing_is_revised_before_it_is_submitted_again()
    {
        var rejected = await App.Rejected();

        await App.Post(rejected.Id, "submit").ShouldBeRefused(ListingRules.RejectedListingMustBeRevised.Code);
        await App.ChangeContent(GoodContent(rejected.Id) with { Description = "Watermark removed from the main image." }).Ok<ListingDetails>();
        var resubmitted = await App.Post(rejected.Id, "submit").Ok<ListingDetails>();

        resubmitted.Status.ShouldBe(ListingStatus.Submitted);
        resubmitted.Submissions.ShouldBe(2);
    }

    [Fact]
    public async Task a_live_listing_is_not_submitted()
    {
        var live = await App.Live();

        await App.Post(live.Id, "submit").ShouldBeRefused(ListingRules.OnlyDraftOrRevisedCanBeSubmitted.Code);
    }

    [Fact]
    public async Task only_listing_operators_managers_and_admins_submit()
    {
        var ready = await App.Ready();

        await App.Post(ready.Id, "submit", role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Post(ready.Id, "submit", role: Role.Finance).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Post.Url($"{ListingsUrl}/{ready.Id}/submit")).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        await App.Post(ready.Id, "submit", role: Role.OpsManager).Ok<ListingDetails>();
    }

    [Fact]
    public async Task a_listing_that_does_not_exist_is_not_found()
    {
        await App.Post(Guid.NewGuid(), "submit").ShouldBeProblem(404, ProblemCodes.NotFound);
    }
}
