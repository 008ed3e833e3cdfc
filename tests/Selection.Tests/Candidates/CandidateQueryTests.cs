using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

public sealed class CandidateQueryTests(SelectionApp app) : SelectionTest(app)
{
    private const string WhatIf = $"{CandidatesUrl}/profit-estimate";

    [Fact]
    public async Task a_candidate_is_read_with_its_version_as_etag()
    {
        var candidate = await App.Screened();

        var result = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}"));

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"2\"");
        // The guide is the reader's own (an auditor changes nothing); the record is the one the screening answered with.
        ((await result.ReadAsJsonAsync<CandidateDetails>())! with { Guide = null }).ShouldBeEquivalentTo(candidate with { Guide = null });
    }

    [Fact]
    public async Task a_candidate_is_read_as_it_was_at_an_earlier_version_or_time()
    {
        var candidate = await App.Sourcing();
        var proposedAt = (await App.CandidateHistory(candidate.Id))[0].Timestamp;

        var atVersion = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}?version=2")).Ok<CandidateDetails>();
        var atTime = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}?asOf={Uri.EscapeDataString(proposedAt.ToString("O"))}"))
            .Ok<CandidateDetails>();

        (atVersion.Version, atVersion.Stage, atVersion.Quotes.Count).ShouldBe((2, CandidateStage.Screened, 0));
        (atTime.Version, atTime.Stage, atTime.Screenings.Count).ShouldBe((1, CandidateStage.Proposed, 0));
    }

    [Fact]
    public async Task history_lists_the_life_cycle_in_order_with_who_did_what()
    {
        var candidate = await App.ApprovedCandidate();

        var history = await App.CandidateHistory(candidate.Id);

        history.Select(e => (e.Version, e.Type, e.Actor)).ShouldBe([
            (1, "candidate_proposed", "product@demo.ops"),
            (2, "candidate_screened", "product@demo.ops"),
            (3, "quote_received", "product@demo.ops"),
            (4, "quote_chosen", "product@demo.ops"),
            (5, "sample_requested", "product@demo.ops"),
            (6, "sample_results_recorded", "product@demo.ops"),
            (7, "candidate_approved", "product@demo.ops"),
        ]);
    }

    [Fact]
    public async Task an_unknown_candidate_is_not_found()
    {
        await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{Guid.NewGuid()}")).ShouldBeProblem(404, "not_found");
        await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{Guid.NewGuid()}/history")).ShouldBeProblem(404, "not_found");
        await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{Guid.NewGuid()}/profit-estimate")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task candidates_are_listed_newest_first_and_filtered_by_stage_category_and_name()
    {
        var lamp = await App.Proposed(NewCandidate("LED reading lamp", "Home & Kitchen"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var bowl = await App.Screened(NewCandidate("Pet bowl set", "Pet Supplies"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var organiser = await App.Proposed(NewCandidate("Desk cable organiser", "home & kitchen"));

        (await List("")).Items.Select(c => c.Id).ShouldBe([organiser.Id, bowl.Id, lamp.Id]);
        (await List("stage=Screened")).Items.Select(c => c.Id).ShouldBe([bowl.Id]);
        (await List("category=HOME%20%26%20KITCHEN&sort=name")).Items.Select(c => c.Id).ShouldBe([organiser.Id, lamp.Id]);
        (await List("search=lamp")).Items.Select(c => c.Id).ShouldBe([lamp.Id]);
        var page = await List("pageSize=2&page=2");
        (page.Items.Count, page.TotalItems, page.TotalPages).ShouldBe((1, 3, 2));
    }

    [Fact]
    public async Task board_items_carry_their_owner_their_age_in_days_and_their_margin_once_known()
    {
        var proposed = await App.Proposed(NewCandidate("LED reading lamp"));
        var screened = await App.Screened(NewCandidate("Pet bowl set"));
        var chosen = await App.Chosen(NewCandidate("Desk cable organiser"));
        // 3 days and 23 hours later: 3 whole days.
        App.Clock.Advance(TimeSpan.FromHours(3 * 24 + 23));

        var items = (await List("")).Items.ToDictionary(c => c.Id);

        items[proposed.Id].ShouldSatisfyAllConditions(
            c => (c.Owner, c.AgeDays, c.MarginPercent, c.MarginBasis).ShouldBe(("product@demo.ops", 3, null, null)),
            c => (c.Name, c.Stage, c.TargetPrice, c.ProposedAt).ShouldBe(("LED reading lamp", CandidateStage.Proposed, Usd(29.99m), OpsFixture.Start)));
        // The screening's estimate: margin 11.1225 of 29.99 = 37.09 %.
        (items[screened.Id].MarginPercent, items[screened.Id].MarginBasis).ShouldBe((37.09m, MarginBasis.Screening));
        // At the chosen quote's 4.80 instead of 5.00: landed 6.00, margin 11.3225 = 37.75 %.
        (items[chosen.Id].MarginPercent, items[chosen.Id].MarginBasis).ShouldBe((37.75m, MarginBasis.ChosenQuote));
    }

    [Fact]
    public async Task a_chosen_quotes_margin_is_priced_with_the_settings_in_force()
    {
        var chosen = await App.Chosen();
        await App.ChangeSettings(new SelectionSettings { ExpectedAcosPercent = 20 });

        // Ad cost 5.998 instead of 2.999: margin 8.3235 = 27.75 %.
        (await List("")).Items.Single(c => c.Id == chosen.Id).MarginPercent.ShouldBe(27.75m);
    }

    [Fact]
    public async Task the_categories_are_listed_once_each_ignoring_case_from_a_to_z()
    {
        await App.Proposed(NewCandidate("LED reading lamp", "home & kitchen"));
        await App.Proposed(NewCandidate("Pet bowl set", "Pet Supplies"));
        await App.Proposed(NewCandidate("Desk cable organiser", "Home & Kitchen"));
        await App.Proposed(NewCandidate("Hose reel", "Garden"));

        var categories = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/categories")).Ok<string[]>();

        categories.ShouldBe(["Garden", "Home & Kitchen", "Pet Supplies"]);
        await Anonymous(x => x.Get.Url($"{CandidatesUrl}/categories")).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task an_unknown_sort_is_a_field_error()
    {
        await As(Role.Product, x => x.Get.Url($"{CandidatesUrl}?sort=colour")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task the_current_estimate_uses_the_settings_in_force()
    {
        var candidate = await App.Proposed();
        await App.ChangeSettings(new SelectionSettings { ExpectedAcosPercent = 20 });

        var estimate = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}/profit-estimate")).Ok<ProfitEstimate>();

        // ad 29.99 × 20 % = 5.998 → 6.00; total 6.20 + 4.50 + 5.17 + 6.00 = 21.87; margin 8.12.
        (estimate.PerUnit.ExpectedAcosPercent, estimate.PerUnit.AdCost, estimate.PerUnit.Margin).ShouldBe((20m, Usd(6.00m), Usd(8.12m)));
    }

    [Fact]
    public async Task a_what_if_estimate_shows_the_arithmetic_and_saves_nothing()
    {
        var request = WhatIfNumbers();

        var estimate = await As(Role.Product, x => x.Post.Json(request).ToUrl(WhatIf)).Ok<ProfitEstimate>();

        estimate.ShouldBe(ProfitCalculator.Estimate(new ProfitInputs(Usd(29.99m), Usd(5.00m), Usd(1.20m), new UnitSize(10, 6, 3, 1.2m), 300, 500,
            null, 30, 20), new SelectionSettings()));
        (estimate.Fulfilment.SizeTier, estimate.PerUnit.Margin, estimate.PerUnit.MarginPercent).ShouldBe((SizeTier.LargeStandard, Usd(11.12m), 37.09m));
        (await As(Role.Product, x => x.Get.Url(CandidatesUrl)).Ok<Page<CandidateSummary>>()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task a_what_if_with_costs_in_another_currency_is_a_field_error()
    {
        await As(Role.Product, x => x.Post.Json(WhatIfNumbers() with { UnitCost = new(35m, "CNY") }).ToUrl(WhatIf))
            .ShouldHaveFieldError("unitCost.currency");
    }

    [Fact]
    public async Task the_auditor_reads_estimates_but_cannot_ask_for_what_ifs()
    {
        await As(Role.Auditor, x => x.Post.Json(WhatIfNumbers()).ToUrl(WhatIf)).ShouldBeProblem(403, "forbidden");
    }

    private static EstimateProfitRequest WhatIfNumbers() => new()
    {
        TargetPrice = Usd(29.99m), UnitCost = Usd(5.00m), ShippingPerUnit = Usd(1.20m), Size = Inches(10, 6, 3, 1.2m),
        ExpectedMonthlyUnits = 300, FirstOrderQuantity = 500, TransitDays = 30, LeadTimeDays = 20,
    };

    private Task<Page<CandidateSummary>> List(string query) =>
        As(Role.Listing, x => x.Get.Url($"{CandidatesUrl}?{query}")).Ok<Page<CandidateSummary>>();
}
