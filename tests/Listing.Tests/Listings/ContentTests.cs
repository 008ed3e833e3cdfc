using Ops.Listing.Contracts;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class ContentTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task every_content_change_is_the_next_content_version_checked_at_once()
    {
        var draft = await App.Drafted();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        var changed = await App.ChangeContent(GoodContent(draft.Id)).Ok<ListingDetails>();

        changed.ContentVersion.ShouldBe(2);
        changed.Content.Bullets.Count.ShouldBe(5);
        changed.Quality.ShouldBeSameAs(new ListingQualityReport(2, 100, 100m, [], OpsFixture.Start.AddMinutes(10)));
        changed.ContentScore.ShouldBe(100);
        var history = await App.History(draft.Id);
        history.Select(e => (e.Type, e.Actor)).ShouldBe([
            ("listing_drafted", "listing@demo.ops"), ("listing_quality_checked", "listing@demo.ops"),
            ("listing_content_changed", "listing@demo.ops"), ("listing_quality_checked", "listing@demo.ops"),
        ]);
    }

    [Fact]
    public async Task the_same_content_again_changes_nothing()
    {
        var ready = await App.Ready();

        var again = await App.ChangeContent(GoodContent(ready.Id) with { Title = $"  {GoodContent(ready.Id).Title} " }).Ok<ListingDetails>();

        again.Version.ShouldBe(ready.Version);
        again.ContentVersion.ShouldBe(2);
    }

    [Fact]
    public async Task a_change_on_a_stale_version_is_refused()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(GoodContent(draft.Id)).Ok<ListingDetails>();

        await As(Role.Listing, x =>
        {
            x.Put.Json(GoodContent(draft.Id) with { Title = "Lumina lamp" }).ToUrl($"{ListingsUrl}/{draft.Id}/content");
            x.WithRequestHeader("If-Match", $"\"{draft.Version}\"");
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
    }

    [Fact]
    public async Task content_cannot_change_while_the_platform_reviews_it()
    {
        var submitted = await App.Submitted();

        await App.ChangeContent(GoodContent(submitted.Id) with { Title = "Lumina lamp" }).ShouldBeRefused(ListingRules.UnderReview.Code);
    }

    [Fact]
    public async Task content_cannot_change_while_a_relisting_is_reviewed()
    {
        var relisted = await App.Relisted();

        await App.ChangeContent(GoodContent(relisted.Id) with { Title = "Lumina lamp" }).ShouldBeRefused(ListingRules.UnderReview.Code);
    }

    [Fact]
    public async Task changing_a_rejected_listing_revises_it()
    {
        var rejected = await App.Rejected();

        var revised = await App.ChangeContent(GoodContent(rejected.Id) with { Images = [.. GoodContent(rejected.Id).Images.Skip(1).Prepend(Image(9, ListingImageRole.Main))] })
            .Ok<ListingDetails>();

        revised.Status.ShouldBe(ListingStatus.Revised);
        revised.Rejection.ShouldNotBeNull().ReasonCodes.ShouldBe(["8541"]);
    }

    [Fact]
    public async Task a_live_listing_stays_live_when_its_content_changes_and_a_new_price_is_announced()
    {
        var live = await App.Live();
        App.Clock.Advance(TimeSpan.FromHours(1));

        var (result, messages) = await App.Tracking(() =>
            App.ChangeContent(GoodContent(live.Id) with { Price = new ListingPrice(34.5m, "USD") }));

        var changed = (await result.ReadAsJsonAsync<ListingDetails>())!;
        changed.Status.ShouldBe(ListingStatus.Live);
        changed.Content.Price.ShouldBe(new ListingPrice(34.5m, "USD"));
        messages.Sent.SingleMessage<ListingPriceChanged>().ShouldBe(
            new ListingPriceChanged(live.Id, Sku, "B0LUMINA01", 39.99m, "USD", 34.5m, "USD", OpsFixture.Start.AddHours(1)));
    }

    [Fact]
    public async Task a_live_listing_whose_price_stays_the_same_announces_no_price()
    {
        var live = await App.Live();

        var (result, messages) = await App.Tracking(() =>
            App.ChangeContent(GoodContent(live.Id) with { Description = "Now with a longer cable.", Price = new ListingPrice(39.990m, "USD") }));

        await result.ShouldHaveStatus(200);
        messages.Sent.MessagesOf<ListingPriceChanged>().ShouldBeEmpty();
    }

    [Fact]
    public async Task a_price_change_before_going_live_is_not_announced()
    {
        var draft = await App.Drafted();

        var (result, messages) = await App.Tracking(() =>
            App.ChangeContent(GoodContent(draft.Id) with { Price = new ListingPrice(29m, "USD") }));

        await result.ShouldHaveStatus(200);
        messages.Sent.MessagesOf<ListingPriceChanged>().ShouldBeEmpty();
    }

    [Fact]
    public async Task content_versions_list_who_changed_the_content_and_when()
    {
        var draft = await App.Drafted();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.ChangeContent(GoodContent(draft.Id), Role.OpsManager).Ok<ListingDetails>();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.ChangeContent(GoodContent(draft.Id) with { Title = "Lumina LED Desk Lamp" }).Ok<ListingDetails>();

        var versions = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{draft.Id}/versions")).Ok<List<ListingContentVersionSummary>>();

        versions.ShouldBe([
            new ListingContentVersionSummary(1, 1, "listing@demo.ops", OpsFixture.Start),
            new ListingContentVersionSummary(2, 3, "ops-manager@demo.ops", OpsFixture.Start.AddMinutes(5)),
            new ListingContentVersionSummary(3, 5, "listing@demo.ops", OpsFixture.Start.AddMinutes(10)),
        ]);
        var second = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{draft.Id}?version={versions[1].ListingVersion}")).Ok<ListingDetails>();
        second.ContentVersion.ShouldBe(2);
        second.Content.Title.ShouldBe(GoodContent(draft.Id).Title);
    }

    [Fact]
    public async Task a_diff_shows_each_changed_field_against_the_version_before()
    {
        var ready = await App.Ready();
        var good = GoodContent(ready.Id);
        await App.ChangeContent(good with
        {
            Bullets = [.. good.Bullets.Take(2), "Touch controls on the base.", good.Bullets[3]],
            Images = [Image(7, ListingImageRole.Main), .. good.Images.Skip(1)],
            Price = new ListingPrice(35m, "USD"),
        }).Ok<ListingDetails>();

        var diff = await Diff(ready.Id, "3");

        diff.ContentVersion.ShouldBe(3);
        diff.Against.ShouldBe(2);
        diff.Changes.ShouldBe([
            new ListingFieldChange("bullets[2]", good.Bullets[2], "Touch controls on the base."),
            new ListingFieldChange("bullets[4]", good.Bullets[4], null),
            new ListingFieldChange("images[0].url", "https://images.example/lumina/1.jpg", "https://images.example/lumina/7.jpg"),
            new ListingFieldChange("images[0].altText", "Lumina lamp, view 1", "Lumina lamp, view 7"),
            new ListingFieldChange("price.amount", "39.99", "35"),
        ]);
    }

    [Fact]
    public async Task a_diff_against_an_earlier_version_or_against_nothing()
    {
        var ready = await App.Ready();

        var fromDraft = await Diff(ready.Id, "2", against: 1);
        var fromNothing = await Diff(ready.Id, "1", against: 0);
        var firstByDefault = await Diff(ready.Id, "1");

        fromDraft.Changes.Select(c => c.Field).ShouldContain("bullets[4]");
        fromDraft.Changes.ShouldContain(new ListingFieldChange("attributes.brand", "", "Lumina"));
        fromDraft.Changes.ShouldNotContain(c => c.Field.StartsWith("price."));
        fromNothing.Changes.ShouldBe([
            new ListingFieldChange("title", "", "Lumina LED Desk Lamp"),
            new ListingFieldChange("browseCategory", "", "Home & Kitchen > Lighting"),
            new ListingFieldChange("price.amount", null, "39.99"),
            new ListingFieldChange("price.currency", null, "USD"),
        ]);
        firstByDefault.ShouldBeSameAs(fromNothing);
    }

    [Fact]
    public async Task a_diff_of_a_version_that_does_not_exist_is_not_found_and_a_version_is_a_number()
    {
        var ready = await App.Ready();

        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{ready.Id}/versions/3/diff")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{ready.Id}/versions/2/diff?against=7")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{Guid.NewGuid()}/versions")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{ready.Id}/versions/two/diff")).ShouldHaveFieldError("v");
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{ready.Id}/versions/0/diff")).ShouldHaveFieldError("v");
    }

    [Fact]
    public async Task content_beyond_what_a_page_can_hold_is_a_bad_request()
    {
        var draft = await App.Drafted();
        var good = GoodContent(draft.Id);

        var problem = await App.ChangeContent(good with
        {
            Bullets = [.. good.Bullets, "A sixth bullet"],
            Images = [new ListingImageRequest { Url = "ftp://images.example/1.jpg" }],
            Price = new ListingPrice(-1m, "US"),
            TargetKeywords = ["desk lamp", "Desk Lamp "],
        }).ShouldHaveFieldError("bullets");

        problem.Errors!.Keys.ShouldBe(["bullets", "images[0].url", "images[0].role", "price.amount", "price.currency", "targetKeywords"], ignoreOrder: true);
    }

    [Fact]
    public async Task only_listing_operators_managers_and_admins_change_content()
    {
        var draft = await App.Drafted();

        await App.ChangeContent(GoodContent(draft.Id), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.ChangeContent(GoodContent(draft.Id), Role.Service).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Put.Json(GoodContent(draft.Id)).ToUrl($"{ListingsUrl}/{draft.Id}/content"))
            .ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        await App.ChangeContent(GoodContent(draft.Id), Role.Admin).Ok<ListingDetails>();
    }

    [Fact]
    public async Task content_of_a_listing_that_does_not_exist_is_not_found()
    {
        await App.ChangeContent(GoodContent(Guid.NewGuid())).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    private Task<ListingContentDiff> Diff(Guid id, string version, int? against = null) =>
        As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{id}/versions/{version}/diff{(against is null ? "" : $"?against={against}")}"))
            .Ok<ListingContentDiff>();
}
