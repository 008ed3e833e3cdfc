using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class ProposeCandidateTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_proposed_candidate_is_created_with_its_numbers_and_location()
    {
        var researchId = Guid.NewGuid();

        var result = await As(Role.Product, x => x.Post.Json(NewCandidate() with { ResearchId = researchId }).ToUrl(CandidatesUrl));

        await result.ShouldHaveStatus(201);
        var candidate = (await result.ReadAsJsonAsync<CandidateDetails>())!;
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{CandidatesUrl}/{candidate.Id}");
        result.ETag().ShouldBe("\"1\"");
        (candidate.Name, candidate.Category, candidate.Marketplace, candidate.ResearchId, candidate.Stage)
            .ShouldBe(("Collapsible silicone lunch box", "Home & Kitchen", "US", researchId, CandidateStage.Proposed));
        candidate.Numbers.ShouldBe(new ProfitInputs(Usd(29.99m), Usd(5.00m), Usd(1.20m), new UnitSize(10, 6, 3, 1.2m), 300, 500, null, 30, 20));
        (candidate.ProposedBy, candidate.ProposedAt).ShouldBe(("product@demo.ops", OpsFixture.Start));
    }

    [Fact]
    public async Task a_metric_size_is_converted_once_to_inches_and_pounds_and_kept_as_entered()
    {
        var metric = new SizeRequest { Length = 25, Width = 15, Height = 7.6m, Weight = 0.54m, UnitSystem = UnitSystem.Metric };

        var candidate = await App.Proposed(NewCandidate() with { Size = metric });

        candidate.SizeAsGiven.ShouldBe(new MeasuredSize(25, 15, 7.6m, 0.54m, UnitSystem.Metric));
        // By 2.54 cm and 0.45359237 kg exactly, unrounded: 9.8425… × 5.9055… × 2.9921… in, 1.1904… lb.
        candidate.Numbers.Size.ShouldBe(new UnitSize(25m / 2.54m, 15m / 2.54m, 7.6m / 2.54m, 0.54m / 0.45359237m));
    }

    [Fact]
    public async Task proposing_again_with_the_same_idempotency_key_creates_nothing_new()
    {
        var first = await Propose("lunch-box-1");
        var again = await Propose("lunch-box-1");

        await again.ShouldHaveStatus(201);
        var (a, b) = ((await first.ReadAsJsonAsync<CandidateDetails>())!, (await again.ReadAsJsonAsync<CandidateDetails>())!);
        b.Id.ShouldBe(a.Id);
        again.Context.Response.Headers.Location.ToString().ShouldBe($"{CandidatesUrl}/{a.Id}");
        (await As(Role.Product, x => x.Get.Url(CandidatesUrl)).Ok<Page<CandidateSummary>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_same_idempotency_key_with_another_body_is_refused()
    {
        await Propose("lunch-box-1");

        await As(Role.Product, x =>
        {
            x.Post.Json(NewCandidate("Another idea")).ToUrl(CandidatesUrl);
            x.WithRequestHeader("Idempotency-Key", "lunch-box-1");
        }).ShouldBeProblem(422, "idempotency_key_reused");
    }

    [Theory]
    [InlineData("unitCost.currency")]
    [InlineData("shippingPerUnit.currency")]
    public async Task costs_in_another_currency_than_the_price_are_a_field_error(string field)
    {
        var request = field == "unitCost.currency"
            ? NewCandidate() with { UnitCost = new(5.00m, "CNY") }
            : NewCandidate() with { ShippingPerUnit = new(1.20m, "CNY") };

        await As(Role.Product, x => x.Post.Json(request).ToUrl(CandidatesUrl)).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task prices_must_be_in_the_fee_tables_currency()
    {
        var euros = NewCandidate() with { TargetPrice = new(29.99m, "EUR"), UnitCost = new(5m, "EUR"), ShippingPerUnit = new(1.2m, "EUR") };

        await As(Role.Product, x => x.Post.Json(euros).ToUrl(CandidatesUrl)).ShouldHaveFieldError("targetPrice.currency");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("category")]
    [InlineData("marketplace")]
    [InlineData("differentiationIdea")]
    [InlineData("targetPrice.amount")]
    [InlineData("size.unitSystem")]
    [InlineData("size.height")]
    [InlineData("expectedMonthlyUnits")]
    [InlineData("firstOrderQuantity")]
    [InlineData("daysToSell")]
    [InlineData("transitDays")]
    public async Task a_proposal_missing_what_the_estimate_needs_is_refused_field_by_field(string field)
    {
        var request = field switch
        {
            "name" => NewCandidate() with { Name = " " },
            "category" => NewCandidate() with { Category = "" },
            "marketplace" => NewCandidate() with { Marketplace = "us" },
            "differentiationIdea" => NewCandidate() with { DifferentiationIdea = "" },
            "targetPrice.amount" => NewCandidate() with { TargetPrice = Usd(0) },
            "size.unitSystem" => NewCandidate() with { Size = Inches(10, 6, 3, 1.2m) with { UnitSystem = null } },
            "size.height" => NewCandidate() with { Size = Inches(10, 6, 0, 1.2m) },
            "expectedMonthlyUnits" => NewCandidate() with { ExpectedMonthlyUnits = 0 },
            "firstOrderQuantity" => NewCandidate() with { FirstOrderQuantity = -5 },
            "daysToSell" => NewCandidate() with { DaysToSell = 0 },
            _ => NewCandidate() with { TransitDays = -1 },
        };

        await As(Role.Product, x => x.Post.Json(request).ToUrl(CandidatesUrl)).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task the_marketplace_defaults_to_us()
    {
        var body = new
        {
            name = "Lunch box", category = "Home", differentiationIdea = "Fold-flat", targetPrice = Usd(29.99m), unitCost = Usd(5m),
            shippingPerUnit = Usd(0), size = Inches(10, 6, 3, 1.2m), expectedMonthlyUnits = 300, firstOrderQuantity = 500, transitDays = 30,
            leadTimeDays = 20,
        };

        var candidate = await As(Role.Product, x => x.Post.Json(body).ToUrl(CandidatesUrl)).Ok<CandidateDetails>(201);

        (candidate.Marketplace, candidate.Numbers.ShippingPerUnit).ShouldBe(("US", Usd(0)));
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Listing)]
    [InlineData(Role.Staff)]
    public async Task only_product_people_and_managers_propose_candidates(string role)
    {
        await As(role, x => x.Post.Json(NewCandidate()).ToUrl(CandidatesUrl)).ShouldBeProblem(403, "forbidden");
    }

    private Task<Alba.IScenarioResult> Propose(string key) => As(Role.Product, x =>
    {
        x.Post.Json(NewCandidate()).ToUrl(CandidatesUrl);
        x.WithRequestHeader("Idempotency-Key", key);
    });
}
