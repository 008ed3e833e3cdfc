using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;
using ListingRecord = Ops.Listing.Listings.Listing;

namespace Listing.Tests.Listings;

public sealed class CreateListingTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task an_operator_drafts_a_listing_by_hand_and_reads_it_where_location_points()
    {
        var result = await App.Create(NewListing());

        await result.ShouldHaveStatus(201);
        var created = (await result.ReadAsJsonAsync<ListingDetails>())!;
        created.Id.ShouldBe(ListingRecord.IdFor(Sku));
        created.Status.ShouldBe(ListingStatus.Draft);
        created.Origin.ShouldBe(ListingOrigin.Manual);
        created.Content.Title.ShouldBe("Lumina LED Desk Lamp");
        created.Content.Price.ShouldBe(new ListingPrice(39.99m, "USD"));
        created.ContentVersion.ShouldBe(1);
        created.DraftedBy.ShouldBe("listing@demo.ops");
        created.DraftedAt.ShouldBe(OpsFixture.Start);
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{ListingsUrl}/{created.Id}");
        result.ETag().ShouldBe("\"2\"");
        (await App.Details(created.Id)).ShouldBeSameAs(created);
    }

    [Fact]
    public async Task a_new_draft_is_checked_at_once_and_its_findings_are_kept()
    {
        var created = await App.Drafted();

        created.Quality.ContentVersion.ShouldBe(1);
        created.Quality.Findings.Select(f => f.Code).ShouldContain(QualityRules.TooFewBullets);
        created.ContentScore.ShouldBe(created.Quality.Score);
        created.ContentScore.ShouldBe(0);
    }

    [Fact]
    public async Task a_sku_has_one_listing_so_a_second_draft_for_it_is_refused()
    {
        await App.Drafted();

        await App.Create(NewListing() with { Title = "Another lamp" }).ShouldBeRefused(ListingRules.SkuAlreadyListed.Code);
        await App.Create(NewListing(" lum-lamp-01 ")).ShouldBeRefused(ListingRules.SkuAlreadyListed.Code);
    }

    [Fact]
    public async Task a_retry_with_the_same_idempotency_key_answers_as_the_first_did()
    {
        var first = await As(Role.Listing, x =>
        {
            x.Post.Json(NewListing()).ToUrl(ListingsUrl);
            x.WithRequestHeader(Idempotency.Header, "draft-lum-1");
        }).Ok<ListingDetails>(201);

        var retry = await As(Role.Listing, x =>
        {
            x.Post.Json(NewListing()).ToUrl(ListingsUrl);
            x.WithRequestHeader(Idempotency.Header, "draft-lum-1");
        }).Ok<ListingDetails>(201);

        retry.ShouldBeSameAs(first);
        (await App.History(first.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task an_approved_product_opens_a_draft_with_what_selection_knows()
    {
        var product = Approved();

        await App.Deliver(product);

        var draft = await App.Details(ListingRecord.IdFor(Sku));
        draft.Status.ShouldBe(ListingStatus.Draft);
        draft.Origin.ShouldBe(ListingOrigin.ProductApproved);
        draft.CandidateId.ShouldBe(product.CandidateId);
        draft.ProductApprovedAt.ShouldBe(product.ApprovedAt);
        draft.Content.ShouldBeSameAs(new ListingContent
        {
            Title = "Lumina LED Desk Lamp",
            BrowseCategory = "Desk Lamps",
            Price = new ListingPrice(39.99m, "USD"),
            Attributes = new ListingAttributes { Size = "12 x 6.5 x 18 in", Weight = "2.1 lb" },
        });
        draft.DraftedBy.ShouldBe("system");
    }

    [Fact]
    public async Task a_redelivered_product_approval_drafts_nothing_twice()
    {
        var product = Approved();

        await App.Deliver(product);
        await App.Deliver(product);

        (await App.History(ListingRecord.IdFor(Sku))).Select(e => (e.Type, e.Actor))
            .ShouldBe([("listing_drafted", "system"), ("listing_quality_checked", "system")]);
    }

    [Fact]
    public async Task a_product_listed_by_hand_first_keeps_its_listing_when_selection_approves_it()
    {
        var byHand = await App.Drafted();

        await App.Deliver(Approved());

        (await App.Details(byHand.Id)).ShouldBeSameAs(byHand);
    }

    [Fact]
    public async Task a_drafted_product_cannot_be_drafted_again_by_hand()
    {
        await App.Deliver(Approved());

        await App.Create(NewListing()).ShouldBeRefused(ListingRules.SkuAlreadyListed.Code);
    }

    [Fact]
    public async Task a_draft_needs_a_usable_sku_and_a_valid_price()
    {
        var problem = await App.Create(new CreateListingRequest { Sku = "lamp 01!", Price = new ListingPrice(0, "usd") })
            .ShouldHaveFieldError("sku");

        problem.Errors!.Keys.ShouldBe(["sku", "price.amount", "price.currency"], ignoreOrder: true);
    }

    [Fact]
    public async Task only_listing_operators_managers_and_admins_draft_listings()
    {
        await App.Create(NewListing(), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Create(NewListing(), Role.Product).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Post.Json(NewListing()).ToUrl(ListingsUrl)).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        await App.Create(NewListing("LUM-2"), Role.OpsManager).Ok<ListingDetails>(201);
        await App.Create(NewListing("LUM-3"), Role.Admin).Ok<ListingDetails>(201);
    }
}
