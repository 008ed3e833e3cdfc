using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Paging;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

public sealed class ListingQueryTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task listings_are_paged_and_filtered_by_status_sku_and_search()
    {
        var draft = await App.Drafted("LAMP-A");
        var ready = await App.Ready("LAMP-B");
        var live = await App.Live("FAN-C");

        var drafts = await List("status=Draft");
        var bySku = await List("sku=fan-c");
        var bySearch = await List("search=WIRELESS");
        var firstPage = await List("pageSize=2&sort=-sku");

        drafts.Items.Select(l => l.Id).ShouldBe([draft.Id, ready.Id], ignoreOrder: true);
        bySku.Items.Select(l => l.Id).ShouldBe([live.Id]);
        bySearch.Items.Select(l => l.Id).ShouldBe([live.Id, ready.Id]);
        firstPage.Items.Select(l => l.Sku).ShouldBe(["LAMP-B", "LAMP-A"]);
        (firstPage.TotalItems, firstPage.TotalPages).ShouldBe((3, 2));
    }

    [Fact]
    public async Task listings_sort_by_content_score()
    {
        await App.Drafted("LAMP-A");
        await App.Ready("LAMP-B");

        var best = await List("sort=-contentScore");

        best.Items.Select(l => (l.Sku, l.ContentScore)).ShouldBe([("LAMP-B", 100), ("LAMP-A", 0)]);
    }

    [Fact]
    public async Task a_list_sorts_only_by_what_it_offers()
    {
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?sort=asin")).ShouldHaveFieldError("sort");
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?pageSize=500")).ShouldHaveFieldError("pageSize");
    }

    [Fact]
    public async Task a_listing_is_read_as_it_was_at_a_time()
    {
        var draft = await App.Drafted();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.ChangeContent(GoodContent(draft.Id)).Ok<ListingDetails>();
        var history = await App.History(draft.Id);

        var before = await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{draft.Id}?asOf={Uri.EscapeDataString(history[1].Timestamp.ToString("O"))}"))
            .Ok<ListingDetails>();

        before.ContentVersion.ShouldBe(1);
        before.Content.Title.ShouldBe("Lumina LED Desk Lamp");
    }

    [Fact]
    public async Task a_listing_answers_with_its_version_as_etag_and_an_unknown_one_is_not_found()
    {
        var draft = await App.Drafted();

        var result = await As(Role.Staff, x => x.Get.Url($"{ListingsUrl}/{draft.Id}"));

        result.ETag().ShouldBe($"\"{draft.Version}\"");
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{Guid.NewGuid()}")).ShouldBeProblem(404, "not_found");
        await As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}/{Guid.NewGuid()}/history")).ShouldBeProblem(404, "not_found");
        await Anonymous(x => x.Get.Url($"{ListingsUrl}/{draft.Id}")).ShouldBeProblem(401, "unauthenticated");
    }

    private Task<Page<ListingDetails>> List(string query) => As(Role.Auditor, x => x.Get.Url($"{ListingsUrl}?{query}")).Ok<Page<ListingDetails>>();
}
