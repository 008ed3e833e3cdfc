using Ops.Selection;
using Ops.Selection.Research;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class StartMarketResearchTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_product_user_starts_a_study_of_a_category_in_the_us_marketplace_with_its_conclusion_open()
    {
        var result = await App.Start(NewStudy() with { DataSources = [" Category report, October 2030 "] });

        await result.ShouldHaveStatus(201);
        var study = (await result.ReadAsJsonAsync<MarketResearchDetails>())!;
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{Research}/{study.Id}");
        result.ETag().ShouldBe("\"1\"");
        (study.Category, study.Marketplace, study.PriceBand).ShouldBe(("Desk lamps", "US", Usd(25, 60)));
        (study.DemandCharacteristics, study.ConsumerPreferences, study.TrendNotes, study.CompetitorSummary).ShouldBe((
            "Steady all year, peaks before the school term", "Dimmable, USB-C charging, warm light", "Search volume up 18% year on year",
            "Three brands hold 60% of the first page; reviews complain about flicker"));
        study.DataSources.ShouldBe(["Category report, October 2030"]);
        study.Findings.ShouldBeEmpty();
        (study.Conclusion, study.ConclusionNote, study.Archived).ShouldBe((ResearchConclusion.Open, (string?)null, false));
        (study.StartedBy, study.StartedAt).ShouldBe(("product@demo.ops", OpsFixture.Start));
    }

    [Fact]
    public async Task a_study_names_its_marketplace_and_may_leave_the_narrative_for_its_findings()
    {
        var study = await App.Started(new StartMarketResearchRequest { Category = "Yoga mats", Marketplace = "DE", PriceBand = Usd(20, 20) });

        (study.Marketplace, study.DemandCharacteristics, study.TrendNotes).ShouldBe(("DE", (string?)null, (string?)null));
        study.DataSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("U1")]
    public async Task the_marketplace_is_a_two_letter_upper_case_code(string marketplace)
    {
        await App.Start(NewStudy(marketplace: marketplace)).ShouldHaveFieldError("marketplace");
    }

    [Fact]
    public async Task starting_names_each_invalid_field_as_sent()
    {
        var request = NewStudy() with { Category = " ", DataSources = ["Category report", ""] };

        var problem = await App.Start(request).ShouldHaveFieldError("category");

        problem.Errors!.Keys.ShouldBe(["category", "dataSources[1]"], ignoreOrder: true);
    }

    [Fact]
    public async Task texts_longer_than_their_limits_are_refused()
    {
        var request = NewStudy() with
        {
            Category = new string('c', 201),
            DemandCharacteristics = new string('d', 4001),
            ConsumerPreferences = new string('p', 4001),
            TrendNotes = new string('t', 4001),
            CompetitorSummary = new string('s', 4001),
            DataSources = [new string('x', 501)],
        };

        var problem = await App.Start(request).ShouldHaveFieldError("category");

        problem.Errors!.Keys.ShouldBe(
            ["category", "demandCharacteristics", "consumerPreferences", "trendNotes", "competitorSummary", "dataSources[0]"], ignoreOrder: true);
    }

    [Fact]
    public async Task both_ends_of_the_price_band_are_positive_amounts_in_an_iso_currency()
    {
        var band = new PriceBand(new Money(0, "usd"), new Money(0, "usd"));

        var problem = await App.Start(NewStudy() with { PriceBand = band }).ShouldHaveFieldError("priceBand.min.amount");

        problem.Errors!.Keys.ShouldBe(
            ["priceBand.min.amount", "priceBand.min.currency", "priceBand.max.amount", "priceBand.max.currency"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_study_needs_a_price_band()
    {
        await App.Start(NewStudy() with { PriceBand = null }).ShouldHaveFieldError("priceBand");
    }

    [Fact]
    public async Task the_top_of_the_price_band_cannot_be_below_its_bottom()
    {
        var problem = await App.Start(NewStudy() with { PriceBand = Usd(60, 59.99m) }).ShouldHaveFieldError("priceBand.max.amount");

        problem.Errors!.Keys.ShouldBe(["priceBand.max.amount"]);
    }

    [Fact]
    public async Task the_price_band_is_in_one_currency()
    {
        var band = new PriceBand(new Money(20, "USD"), new Money(50, "EUR"));

        var problem = await App.Start(NewStudy() with { PriceBand = band }).ShouldHaveFieldError("priceBand.max.currency");

        problem.Errors!.Keys.ShouldBe(["priceBand.max.currency"]);
    }

    [Fact]
    public async Task a_study_names_at_most_fifty_data_sources()
    {
        var sources = Enumerable.Range(1, 51).Select(i => $"Source {i}").ToList();

        await App.Start(NewStudy() with { DataSources = sources }).ShouldHaveFieldError("dataSources");
        await App.Start(NewStudy() with { DataSources = sources[..50] }).Ok<MarketResearchDetails>(201);
    }

    [Fact]
    public async Task a_retry_with_the_same_idempotency_key_returns_the_first_study_and_starts_one()
    {
        var first = await As(Role.Product, x =>
        {
            x.Post.Json(NewStudy()).ToUrl(Research);
            x.WithRequestHeader("Idempotency-Key", "study-lamps-1");
        });
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var retry = await As(Role.Product, x =>
        {
            x.Post.Json(NewStudy()).ToUrl(Research);
            x.WithRequestHeader("Idempotency-Key", "study-lamps-1");
        });

        await retry.ShouldHaveStatus(201);
        (await retry.ReadAsTextAsync()).ShouldBe(await first.ReadAsTextAsync());
        retry.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        (await As(Role.Product, x => x.Get.Url(Research)).Ok<Page<MarketResearchDetails>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_same_idempotency_key_with_another_study_is_refused()
    {
        await As(Role.Product, x =>
        {
            x.Post.Json(NewStudy()).ToUrl(Research);
            x.WithRequestHeader("Idempotency-Key", "study-lamps-1");
        });

        await As(Role.Product, x =>
        {
            x.Post.Json(NewStudy("Yoga mats")).ToUrl(Research);
            x.WithRequestHeader("Idempotency-Key", "study-lamps-1");
        }).ShouldBeProblem(422, "idempotency_key_reused");
    }

    [Theory]
    [InlineData(Role.OpsManager)]
    [InlineData(Role.Admin)]
    public async Task managers_and_admins_start_studies_too(string role)
    {
        (await App.Start(NewStudy(), role).Ok<MarketResearchDetails>(201)).StartedBy.ShouldBe($"{role}@demo.ops");
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Listing)]
    [InlineData(Role.Integration)]
    public async Task other_roles_cannot_start_a_study(string role)
    {
        var key = role == Role.Integration ? await App.IntegratorKey("selection:write") : null;

        var result = key is null
            ? App.Start(NewStudy(), role)
            : App.WithKey(key, x => x.Post.Json(NewStudy()).ToUrl(Research));

        await result.ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task an_anonymous_caller_can_neither_start_nor_read_studies()
    {
        var study = await App.Started();

        await Anonymous(x => x.Post.Json(NewStudy()).ToUrl(Research)).ShouldBeProblem(401, "unauthenticated");
        await Anonymous(x => x.Get.Url(Research)).ShouldBeProblem(401, "unauthenticated");
        await Anonymous(x => x.Get.Url($"{Research}/{study.Id}")).ShouldBeProblem(401, "unauthenticated");
    }
}
