using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class BrowseCategoryTests(ListingApp app) : ListingTest(app)
{
    private const string CategoriesUrl = "/api/listing/browse-categories";

    [Fact]
    public async Task the_browse_categories_in_use_are_listed_once_each_a_to_z()
    {
        await App.Create(NewListing("PET-1") with { BrowseCategory = "Pet Supplies > Dogs" }).Ok<ListingDetails>(201);
        await App.Create(NewListing("PET-2") with { BrowseCategory = "pet supplies > dogs" }).Ok<ListingDetails>(201);
        await App.Create(NewListing("CABLE-1") with { BrowseCategory = "Electronics > Cables" }).Ok<ListingDetails>(201);
        await App.Create(NewListing("BLANK-1") with { BrowseCategory = "" }).Ok<ListingDetails>(201);
        var lamp = await App.Drafted("LAMP-1");
        await App.ChangeContent(GoodContent(lamp.Id)).Ok<ListingDetails>();

        var categories = await As(Role.Auditor, x => x.Get.Url(CategoriesUrl)).Ok<IReadOnlyList<string>>();

        // The lamp's first category ("Home & Kitchen > Lighting") is no longer in use: its content moved on.
        categories.ShouldBe(["Electronics > Cables", "Home & Kitchen > Lighting > Desk Lamps", "Pet Supplies > Dogs"]);
    }

    [Fact]
    public async Task without_listings_there_are_no_categories()
    {
        var categories = await As(Role.Listing, x => x.Get.Url(CategoriesUrl)).Ok<IReadOnlyList<string>>();

        categories.ShouldBeEmpty();
    }

    [Fact]
    public async Task every_signed_in_role_reads_the_categories_and_nobody_else()
    {
        await As(Role.Staff, x => x.Get.Url(CategoriesUrl)).Ok<IReadOnlyList<string>>();
        await Anonymous(x => x.Get.Url(CategoriesUrl)).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
    }
}
