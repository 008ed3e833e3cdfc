using Ops.Listing;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;
using Contracts = Ops.Listing.Contracts;

namespace Listing.Tests.Listings;

/// <summary><c>Live → Suppressed | Delisted → Relisted → Live</c>.</summary>
public sealed class PlatformStatusTests(ListingApp app) : ListingTest(app)
{
    private static readonly object Reason = new { reason = "Pricing error reported by the platform" };

    [Fact]
    public async Task a_suppressed_live_listing_is_announced_with_its_reason()
    {
        var live = await App.Live();

        var (result, messages) = await App.Tracking(() => App.Post(live.Id, "suppress", Reason));

        var suppressed = (await result.ReadAsJsonAsync<ListingDetails>())!;
        suppressed.Status.ShouldBe(ListingStatus.Suppressed);
        suppressed.SuppressionReason.ShouldBe("Pricing error reported by the platform");
        messages.Sent.SingleMessage<Contracts.ListingSuppressed>().ShouldBe(
            new Contracts.ListingSuppressed(live.Id, Sku, "B0LUMINA01", "Pricing error reported by the platform", OpsFixture.Start));
    }

    [Fact]
    public async Task suppressing_again_changes_nothing_and_announces_nothing()
    {
        var suppressed = await App.Suppressed();

        var (_, messages) = await App.Tracking(() => App.Post(suppressed.Id, "suppress", Reason).Ok<ListingDetails>());

        (await App.Details(suppressed.Id)).Version.ShouldBe(suppressed.Version);
        messages.Sent.MessagesOf<Contracts.ListingSuppressed>().ShouldBeEmpty();
    }

    [Fact]
    public async Task only_a_live_listing_is_suppressed()
    {
        var ready = await App.Ready();
        var delisted = await App.Delisted("LUM-LAMP-02");

        await App.Post(ready.Id, "suppress", Reason).ShouldBeRefused(ListingRules.OnlyLiveListingCanBeSuppressed.Code);
        await App.Post(delisted.Id, "suppress", Reason).ShouldBeRefused(ListingRules.OnlyLiveListingCanBeSuppressed.Code);
    }

    [Fact]
    public async Task the_platform_adapter_may_report_a_suppression()
    {
        var live = await App.Live();
        var adapter = await App.IntegratorKey("listing:write");

        var suppressed = await App.WithKey(adapter, x => x.Post.Json(Reason).ToUrl($"{ListingsUrl}/{live.Id}/suppress")).Ok<ListingDetails>();

        suppressed.Status.ShouldBe(ListingStatus.Suppressed);
    }

    [Fact]
    public async Task a_live_or_suppressed_listing_is_delisted_with_a_reason()
    {
        var live = await App.Live();
        var suppressed = await App.Suppressed("LUM-LAMP-02");

        var delisted = await App.Post(live.Id, "delist", new { reason = "Season over" }).Ok<ListingDetails>();
        var alsoDelisted = await App.Post(suppressed.Id, "delist", new { reason = "Supplier stopped the model" }).Ok<ListingDetails>();

        (delisted.Status, delisted.DelistReason).ShouldBe((ListingStatus.Delisted, "Season over"));
        (alsoDelisted.Status, alsoDelisted.DelistReason).ShouldBe((ListingStatus.Delisted, "Supplier stopped the model"));
    }

    [Fact]
    public async Task only_a_live_or_suppressed_listing_is_delisted()
    {
        var submitted = await App.Submitted();

        await App.Post(submitted.Id, "delist", new { reason = "Changed our mind" })
            .ShouldBeRefused(ListingRules.OnlyLiveOrSuppressedListingCanBeDelisted.Code);
    }

    [Fact]
    public async Task delisting_and_suppressing_say_why()
    {
        var live = await App.Live();

        await App.Post(live.Id, "delist", new { reason = " " }).ShouldHaveFieldError("reason");
        await App.Post(live.Id, "suppress").ShouldHaveFieldError("reason");
    }

    [Fact]
    public async Task a_relisted_listing_is_live_again_once_the_platform_confirms_it()
    {
        var delisted = await App.Delisted();

        var relisted = await App.Post(delisted.Id, "relist").Ok<ListingDetails>();
        var (result, messages) = await App.Tracking(() => App.Post(delisted.Id, "review-result", Approval()));

        relisted.Status.ShouldBe(ListingStatus.Relisted);
        var live = (await result.ReadAsJsonAsync<ListingDetails>())!;
        (live.Status, live.DelistReason, live.FirstWentLiveAt).ShouldBe((ListingStatus.Live, null, OpsFixture.Start));
        messages.SinglePublished<Contracts.ListingWentLive>().Asin.ShouldBe("B0LUMINA01");
    }

    [Fact]
    public async Task a_suppressed_listing_is_fixed_and_relisted()
    {
        var suppressed = await App.Suppressed();

        await App.ChangeContent(GoodContent(suppressed.Id) with { Price = new ListingPrice(37m, "USD") }).Ok<ListingDetails>();
        var relisted = await App.Post(suppressed.Id, "relist").Ok<ListingDetails>();

        relisted.Status.ShouldBe(ListingStatus.Relisted);
    }

    [Fact]
    public async Task a_relisting_passes_the_same_quality_gate_as_a_submission()
    {
        var delisted = await App.Delisted();
        await App.ChangeContent(GoodContent(delisted.Id) with { Images = [] }).Ok<ListingDetails>();

        await App.Post(delisted.Id, "relist").ShouldBeRefused(QualityRules.TooFewImages);
        await App.ChangeSettings(new ListingSettings { MinImages = 0, MinContentScoreToSubmit = 90 });
        await App.Post(delisted.Id, "relist").ShouldBeRefused(QualityRules.ExactlyOneMainImage);
    }

    [Fact]
    public async Task only_a_suppressed_or_delisted_listing_is_relisted()
    {
        var live = await App.Live();

        await App.Post(live.Id, "relist").ShouldBeRefused(ListingRules.OnlySuppressedOrDelistedListingCanBeRelisted.Code);
    }

    [Fact]
    public async Task a_relisting_may_be_rejected_too()
    {
        var relisted = await App.Relisted();

        var rejected = await App.Post(relisted.Id, "review-result", Rejection("5461")).Ok<ListingDetails>();

        rejected.Status.ShouldBe(ListingStatus.Rejected);
        rejected.ApprovedOnFirstSubmission.ShouldBe(true);
    }

    [Fact]
    public async Task the_auditor_changes_no_platform_status()
    {
        var live = await App.Live();

        await App.Post(live.Id, "suppress", Reason, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Post(live.Id, "delist", Reason, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Post(live.Id, "relist", role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
