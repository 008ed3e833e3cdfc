using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;
using Contracts = Ops.Listing.Contracts;

namespace Listing.Tests.Listings;

/// <summary>The platform's answer, posted by an operator or by the platform adapter (an API client).</summary>
public sealed class ReviewTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task an_approved_listing_goes_live_under_its_asin_and_other_modules_hear_it()
    {
        var submitted = await App.Submitted();
        App.Clock.Advance(TimeSpan.FromDays(1));

        var (result, messages) = await App.Tracking(() => App.Post(submitted.Id, "review-result", Approval("B0LUMINA01")));

        var live = (await result.ReadAsJsonAsync<ListingDetails>())!;
        live.Status.ShouldBe(ListingStatus.Live);
        live.Asin.ShouldBe("B0LUMINA01");
        live.ApprovedOnFirstSubmission.ShouldBe(true);
        live.WentLiveAt.ShouldBe(OpsFixture.Start.AddDays(1));
        messages.SinglePublished<Contracts.ListingWentLive>()
            .ShouldBe(new Contracts.ListingWentLive(submitted.Id, Sku, "B0LUMINA01", 39.99m, "USD", OpsFixture.Start.AddDays(1)));
    }

    [Fact]
    public async Task a_rejected_listing_keeps_the_platforms_reasons_and_other_modules_hear_it()
    {
        var submitted = await App.Submitted();

        var (result, messages) = await App.Tracking(() => App.Post(submitted.Id, "review-result",
            new { result = "Rejected", reasonCodes = new[] { "8541", "5665" }, reasonText = "Main image has a watermark." }));

        var rejected = (await result.ReadAsJsonAsync<ListingDetails>())!;
        rejected.Status.ShouldBe(ListingStatus.Rejected);
        rejected.ApprovedOnFirstSubmission.ShouldBe(false);
        rejected.Rejection.ShouldBeSameAs(new ListingRejection(["8541", "5665"], "Main image has a watermark.", OpsFixture.Start));
        var announced = messages.Sent.SingleMessage<Contracts.ListingRejected>();
        (announced.ListingId, announced.Sku, announced.ReasonText, announced.RejectedAt)
            .ShouldBe((submitted.Id, Sku, "Main image has a watermark.", OpsFixture.Start));
        announced.ReasonCodes.ShouldBe(["8541", "5665"]);
    }

    [Fact]
    public async Task rejected_revised_and_resubmitted_then_approved_is_not_a_first_pass_approval()
    {
        var rejected = await App.Rejected();
        await App.ChangeContent(GoodContent(rejected.Id) with { Description = "Watermark removed." }).Ok<ListingDetails>();
        await App.Post(rejected.Id, "submit").Ok<ListingDetails>();

        var live = await App.Post(rejected.Id, "review-result", Approval()).Ok<ListingDetails>();

        live.Status.ShouldBe(ListingStatus.Live);
        live.ApprovedOnFirstSubmission.ShouldBe(false);
        (await App.History(rejected.Id)).Select(e => e.Type).ShouldBe([
            "listing_drafted", "listing_quality_checked", "listing_content_changed", "listing_quality_checked",
            "listing_quality_checked", "listing_submitted", "listing_rejected",
            "listing_content_changed", "listing_quality_checked", "listing_quality_checked", "listing_submitted", "listing_went_live",
        ]);
    }

    [Fact]
    public async Task the_listing_shows_its_review_loop_each_submission_and_each_answer_with_its_reasons()
    {
        var rejected = await App.Rejected();
        await App.ChangeContent(GoodContent(rejected.Id) with { Description = "Watermark removed." }).Ok<ListingDetails>();
        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.Post(rejected.Id, "submit").Ok<ListingDetails>();
        App.Clock.Advance(TimeSpan.FromHours(3));

        var live = await App.Post(rejected.Id, "review-result", Approval("B0LUMINA02")).Ok<ListingDetails>();

        live.ReviewLoop.Select(s => s.Kind).ShouldBe([
            ListingReviewStepKind.Submitted, ListingReviewStepKind.Rejected, ListingReviewStepKind.Submitted, ListingReviewStepKind.WentLive,
        ]);
        var rejection = live.ReviewLoop[1];
        rejection.ReasonCodes.ShouldBe(live.Rejection!.ReasonCodes);
        rejection.Reason.ShouldBe(live.Rejection.ReasonText);
        live.ReviewLoop[2].At.ShouldBe(OpsFixture.Start.AddHours(2));
        live.ReviewLoop[2].ContentVersion.ShouldBe(live.ContentVersion);
        live.ReviewLoop[3].ShouldBe(new ListingReviewStep(ListingReviewStepKind.WentLive, OpsFixture.Start.AddHours(5), live.ReviewLoop[3].By,
            Asin: "B0LUMINA02"));
        live.ReviewLoop[3].By.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task the_same_answer_posted_again_changes_nothing_and_announces_nothing()
    {
        var live = await App.Live();
        var rejected = await App.Rejected("LUM-LAMP-02");

        var (_, approvedAgain) = await App.Tracking(() => App.Post(live.Id, "review-result", Approval()).Ok<ListingDetails>());
        var (_, rejectedAgain) = await App.Tracking(() => App.Post(rejected.Id, "review-result", Rejection()).Ok<ListingDetails>());

        (await App.Details(live.Id)).Version.ShouldBe(live.Version);
        (await App.Details(rejected.Id)).Version.ShouldBe(rejected.Version);
        approvedAgain.Sent.MessagesOf<Contracts.ListingWentLive>().ShouldBeEmpty();
        rejectedAgain.Sent.MessagesOf<Contracts.ListingRejected>().ShouldBeEmpty();
    }

    [Fact]
    public async Task a_review_result_needs_a_listing_under_review()
    {
        var ready = await App.Ready();
        var live = await App.Live("LUM-LAMP-02");
        var rejected = await App.Rejected("LUM-LAMP-03");

        await App.Post(ready.Id, "review-result", Approval()).ShouldBeRefused(ListingRules.NotUnderReview.Code);
        await App.Post(live.Id, "review-result", Rejection()).ShouldBeRefused(ListingRules.NotUnderReview.Code);
        await App.Post(live.Id, "review-result", Approval("B0OTHER001")).ShouldBeRefused(ListingRules.NotUnderReview.Code);
        await App.Post(rejected.Id, "review-result", Approval()).ShouldBeRefused(ListingRules.NotUnderReview.Code);
    }

    [Fact]
    public async Task an_approval_names_the_asin_and_a_rejection_names_a_reason_code()
    {
        var submitted = await App.Submitted();

        await App.Post(submitted.Id, "review-result", new { result = "Approved", asin = "b0-short" }).ShouldHaveFieldError("asin");
        await App.Post(submitted.Id, "review-result", new { result = "Rejected", reasonText = "No reason code" }).ShouldHaveFieldError("reasonCodes");
        await App.Post(submitted.Id, "review-result", new { asin = "B0LUMINA01" }).ShouldHaveFieldError("result");
    }

    [Fact]
    public async Task the_platform_adapter_posts_results_with_a_listing_write_key()
    {
        var submitted = await App.Submitted();
        var adapter = await App.IntegratorKey("listing:write");

        var live = await App.WithKey(adapter, x => x.Post.Json(Approval()).ToUrl($"{ListingsUrl}/{submitted.Id}/review-result")).Ok<ListingDetails>();

        live.Status.ShouldBe(ListingStatus.Live);
        (await App.History(submitted.Id)).Last().Actor.ShouldBe("api-client:Platform adapter");
    }

    [Fact]
    public async Task a_read_only_key_cannot_post_results_and_nor_can_the_auditor()
    {
        var submitted = await App.Submitted();
        var reader = await App.IntegratorKey("listing:read");

        await App.WithKey(reader, x => x.Post.Json(Approval()).ToUrl($"{ListingsUrl}/{submitted.Id}/review-result"))
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Post(submitted.Id, "review-result", Approval(), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Post.Json(Approval()).ToUrl($"{ListingsUrl}/{submitted.Id}/review-result"))
            .ShouldBeProblem(401, ProblemCodes.Unauthenticated);
    }

    [Fact]
    public async Task an_integration_key_cannot_do_what_only_people_do()
    {
        var ready = await App.Ready();
        var adapter = await App.IntegratorKey("listing:write");

        await App.WithKey(adapter, x => x.Post.Url($"{ListingsUrl}/{ready.Id}/submit")).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
