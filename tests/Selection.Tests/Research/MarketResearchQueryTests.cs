using Ops.Selection.Research;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class MarketResearchQueryTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_study_is_read_by_every_role_with_its_version_as_etag()
    {
        var study = await App.Started();
        var concluded = await App.ChangeConclusion(study.Id, ResearchConclusion.Promising).Ok<MarketResearchDetails>();

        foreach (var role in new[] { Role.Auditor, Role.Listing, Role.Staff })
        {
            var result = await As(role, x => x.Get.Url($"{Research}/{study.Id}"));
            await result.ShouldHaveStatus(200);
            result.ETag().ShouldBe("\"2\"");
            (await result.ReadAsJsonAsync<MarketResearchDetails>()).ShouldBeEquivalentTo(concluded);
        }
    }

    [Fact]
    public async Task history_lists_the_events_in_order_with_who_did_them()
    {
        var study = await App.Started();
        await App.RecordFinding(study.Id, role: Role.Admin).Ok<MarketResearchDetails>();
        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, role: Role.OpsManager).Ok<MarketResearchDetails>();
        await App.Archive(study.Id).Ok<MarketResearchDetails>();

        var history = await App.ResearchHistory(study.Id);

        history.Select(e => (e.Version, e.Type, e.Actor)).ShouldBe([
            (1, "market_research_started", "product@demo.ops"),
            (2, "research_finding_recorded", "admin@demo.ops"),
            (3, "research_conclusion_changed", "ops-manager@demo.ops"),
            (4, "market_research_archived", "ops-manager@demo.ops"),
        ]);
    }

    [Fact]
    public async Task a_study_is_read_as_it_was_at_an_earlier_version_or_time()
    {
        var study = await App.Started();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising).Ok<MarketResearchDetails>();
        await App.Archive(study.Id).Ok<MarketResearchDetails>();
        var history = await App.ResearchHistory(study.Id);

        var atVersion = await As(Role.Auditor, x => x.Get.Url($"{Research}/{study.Id}?version=2")).Ok<MarketResearchDetails>();
        var atTime = await As(Role.Auditor, x => x.Get.Url($"{Research}/{study.Id}?asOf={Uri.EscapeDataString(history[0].Timestamp.ToString("O"))}"))
            .Ok<MarketResearchDetails>();

        (atVersion.Version, atVersion.Conclusion, atVersion.Archived).ShouldBe((2, ResearchConclusion.Promising, false));
        (atTime.Version, atTime.Conclusion).ShouldBe((1, ResearchConclusion.Open));
    }

    [Fact]
    public async Task an_unknown_study_is_not_found_and_has_no_history()
    {
        var id = Guid.CreateVersion7();

        await As(Role.Product, x => x.Get.Url($"{Research}/{id}")).ShouldBeProblem(404, "not_found");
        await As(Role.Product, x => x.Get.Url($"{Research}/{id}/history")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task studies_are_listed_newest_first_by_page()
    {
        foreach (var category in new[] { "Desk lamps", "Yoga mats", "Phone stands" })
        {
            await App.Started(NewStudy(category));
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await List("pageSize=2");
        var second = await List("pageSize=2&page=2");

        first.Items.Select(s => s.Category).ShouldBe(["Phone stands", "Yoga mats"]);
        (first.TotalItems, first.TotalPages, first.PageNumber).ShouldBe((3, 2, 1));
        second.Items.Select(s => s.Category).ShouldBe(["Desk lamps"]);
        (await List("sort=category")).Items.Select(s => s.Category).ShouldBe(["Desk lamps", "Phone stands", "Yoga mats"]);
    }

    [Fact]
    public async Task studies_are_filtered_by_category_marketplace_conclusion_and_archived()
    {
        var lampsUs = await App.Started(NewStudy("Desk lamps"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var lampsDe = await App.Started(NewStudy("Desk lamps", "DE"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var lampShades = await App.Started(NewStudy("Desk lamp shades"));
        await App.ChangeConclusion(lampsDe.Id, ResearchConclusion.Promising).Ok<MarketResearchDetails>();
        await App.Archive(lampShades.Id).Ok<MarketResearchDetails>();

        (await List("category=desk%20LAMPS")).Items.Select(s => s.Id).ShouldBe([lampsDe.Id, lampsUs.Id]);
        (await List("marketplace=de")).Items.Select(s => s.Id).ShouldBe([lampsDe.Id]);
        (await List("conclusion=Promising")).Items.Select(s => s.Id).ShouldBe([lampsDe.Id]);
        (await List("conclusion=Open")).Items.Select(s => s.Id).ShouldBe([lampShades.Id, lampsUs.Id]);
        (await List("archived=true")).Items.Select(s => s.Id).ShouldBe([lampShades.Id]);
        (await List("archived=false")).Items.Select(s => s.Id).ShouldBe([lampsDe.Id, lampsUs.Id]);
    }

    [Fact]
    public async Task a_search_looks_in_the_category_and_the_studys_text()
    {
        var lamps = await App.Started(NewStudy("Desk lamps") with { CompetitorSummary = "Brightlux leads", TrendNotes = null });
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var mats = await App.Started(NewStudy("Yoga mats") with { TrendNotes = "Cork mats rising", CompetitorSummary = null });
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var stands = await App.Started(new StartMarketResearchRequest { Category = "Phone stands", PriceBand = Usd(8, 15), ConsumerPreferences = "Foldable, cork base" });

        (await List("search=LAMP")).Items.Select(s => s.Id).ShouldBe([lamps.Id]);
        (await List("search=brightlux")).Items.Select(s => s.Id).ShouldBe([lamps.Id]);
        (await List("search=cork")).Items.Select(s => s.Id).ShouldBe([stands.Id, mats.Id]);
        (await List("search=school%20term")).Items.Select(s => s.Id).ShouldBe([mats.Id, lamps.Id]);
    }

    [Fact]
    public async Task an_unknown_sort_page_size_or_conclusion_is_a_validation_error()
    {
        await As(Role.Product, x => x.Get.Url($"{Research}?sort=colour")).ShouldHaveFieldError("sort");
        await As(Role.Product, x => x.Get.Url($"{Research}?pageSize=0")).ShouldHaveFieldError("pageSize");
        await As(Role.Product, x => x.Get.Url($"{Research}?conclusion=Maybe")).ShouldHaveFieldError("conclusion");
    }

    private Task<Page<MarketResearchDetails>> List(string query) =>
        As(Role.Product, x => x.Get.Url($"{Research}?{query}")).Ok<Page<MarketResearchDetails>>();
}
