using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using static Selection.Tests.Candidates.CandidateScenarios;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests.Candidates;

public sealed class SourcingTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task the_first_quote_moves_a_screened_candidate_to_sourcing()
    {
        var candidate = await App.Screened();
        var supplier = await App.Approved();

        var sourcing = await App.Quote(candidate.Id, NewQuote(supplier.Id)).Ok<CandidateDetails>();

        sourcing.Stage.ShouldBe(CandidateStage.Sourcing);
        var quote = sourcing.Quotes.ShouldHaveSingleItem();
        quote.ShouldBe(new Quote(quote.QuoteId, supplier.Id, supplier.Name, Usd(4.80m), 500, 25,
            "Free replacement of defective units within 90 days.", QuoteValidUntil));
        sourcing.ChosenQuoteId.ShouldBeNull();
    }

    [Fact]
    public async Task quotes_are_collected_after_screening_has_passed()
    {
        var candidate = await App.Proposed();
        var supplier = await App.Approved();

        await App.Quote(candidate.Id, NewQuote(supplier.Id)).ShouldBeProblem(409, CandidateRules.QuotesNeedPassedScreening.Code);
    }

    [Fact]
    public async Task a_quote_names_a_registered_supplier()
    {
        var candidate = await App.Screened();

        await App.Quote(candidate.Id, NewQuote(Guid.NewGuid())).ShouldBeProblem(409, CandidateRules.QuoteSupplierNotFound.Code);
    }

    [Fact]
    public async Task a_quote_is_in_the_candidates_currency()
    {
        var candidate = await App.Screened();
        var supplier = await App.Approved();

        await App.Quote(candidate.Id, NewQuote(supplier.Id) with { UnitPrice = new(33m, "CNY") })
            .ShouldBeProblem(409, CandidateRules.QuoteCurrencyMustMatch.Code);
    }

    [Theory]
    [InlineData("validUntil")]
    [InlineData("moq")]
    [InlineData("unitPrice.amount")]
    [InlineData("afterSalesTerms")]
    public async Task an_incomplete_or_expired_quote_is_a_field_error(string field)
    {
        var candidate = await App.Screened();
        var quote = NewQuote(Guid.NewGuid());
        quote = field switch
        {
            "validUntil" => quote with { ValidUntil = new DateOnly(2030, 11, 3) },
            "moq" => quote with { Moq = 0 },
            "unitPrice.amount" => quote with { UnitPrice = Usd(-1) },
            _ => quote with { AfterSalesTerms = "" },
        };

        await App.Quote(candidate.Id, quote).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task choosing_a_quote_uses_its_price_and_lead_time_in_the_estimate()
    {
        var candidate = await App.Sourcing();

        var chosen = await App.Choose(candidate.Id, candidate.Quotes.Single().QuoteId).Ok<CandidateDetails>();
        var estimate = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}/profit-estimate")).Ok<ProfitEstimate>();

        chosen.ChosenQuoteId.ShouldBe(candidate.Quotes.Single().QuoteId);
        chosen.Stage.ShouldBe(CandidateStage.Sourcing);
        (estimate.Inputs.UnitCost, estimate.Capital.LeadTimeDays).ShouldBe((Usd(4.80m), 25));
        estimate.PerUnit.LandedCost.ShouldBe(Usd(6.00m));
    }

    [Fact]
    public async Task choosing_the_chosen_quote_again_changes_nothing()
    {
        var candidate = await App.Chosen();

        var again = await App.Choose(candidate.Id, candidate.ChosenQuoteId!.Value);

        again.ETag().ShouldBe($"\"{candidate.Version}\"");
    }

    [Fact]
    public async Task an_unknown_quote_cannot_be_chosen()
    {
        var candidate = await App.Sourcing();

        await App.Choose(candidate.Id, Guid.NewGuid()).ShouldBeProblem(409, CandidateRules.QuoteNotFound.Code);
    }

    [Fact]
    public async Task a_quote_holds_through_its_last_day_and_has_expired_the_day_after()
    {
        var candidate = await App.Screened();
        var supplier = await App.Approved();
        var lastDay = new DateOnly(2030, 11, 10);
        var first = (await App.Quote(candidate.Id, NewQuote(supplier.Id, validUntil: lastDay)).Ok<CandidateDetails>()).Quotes.Single();
        var second = (await App.Quote(candidate.Id, NewQuote(supplier.Id, 4.90m, lastDay)).Ok<CandidateDetails>()).Quotes.Last();

        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 10, 23, 59, 0, TimeSpan.Zero));
        await App.Choose(candidate.Id, first.QuoteId).Ok<CandidateDetails>();
        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 11, 0, 0, 0, TimeSpan.Zero));

        await App.Choose(candidate.Id, second.QuoteId).ShouldBeProblem(409, CandidateRules.QuoteExpired.Code);
    }

    [Fact]
    public async Task a_quote_of_a_suspended_supplier_cannot_be_chosen()
    {
        var candidate = await App.Sourcing();
        await App.Decide(candidate.Quotes.Single().SupplierId, "suspend", new { reason = "Late deliveries" }).Ok<Ops.Selection.Suppliers.SupplierDetails>();

        await App.Choose(candidate.Id, candidate.Quotes.Single().QuoteId).ShouldBeProblem(409, CandidateRules.QuoteSupplierSuspended.Code);
    }

    [Fact]
    public async Task a_quote_of_a_rejected_supplier_cannot_be_chosen()
    {
        var candidate = await App.Screened();
        var supplier = await App.Evaluated(GradeB);
        var quote = (await App.Quote(candidate.Id, NewQuote(supplier.Id)).Ok<CandidateDetails>()).Quotes.Single();
        await App.Decide(supplier.Id, "reject", new { reason = "Failed the factory audit" }).Ok<Ops.Selection.Suppliers.SupplierDetails>();

        await App.Choose(candidate.Id, quote.QuoteId).ShouldBeProblem(409, CandidateRules.QuoteSupplierRejected.Code);
    }

    [Fact]
    public async Task a_quote_of_a_grade_d_supplier_cannot_be_chosen()
    {
        var candidate = await App.Screened();
        var supplier = await App.Evaluated(GradeD);
        var quote = (await App.Quote(candidate.Id, NewQuote(supplier.Id)).Ok<CandidateDetails>()).Quotes.Single();

        await App.Choose(candidate.Id, quote.QuoteId).ShouldBeProblem(409, CandidateRules.QuoteSupplierGradeD.Code);
    }

    [Fact]
    public async Task a_supplier_merely_evaluated_a_or_b_may_be_chosen()
    {
        var candidate = await App.Screened();
        var supplier = await App.Evaluated(GradeB);
        var quote = (await App.Quote(candidate.Id, NewQuote(supplier.Id)).Ok<CandidateDetails>()).Quotes.Single();

        (await App.Choose(candidate.Id, quote.QuoteId).Ok<CandidateDetails>()).ChosenQuoteId.ShouldBe(quote.QuoteId);
    }

    [Fact]
    public async Task another_quote_can_be_chosen_once_the_open_sample_is_tested_and_sampling_starts_over()
    {
        var candidate = await App.Sampling();
        var other = await App.Approved();
        var withSecond = await App.Quote(candidate.Id, NewQuote(other.Id, 5.10m)).Ok<CandidateDetails>();
        var second = withSecond.Quotes.Last();

        withSecond.Stage.ShouldBe(CandidateStage.Sampling);
        await App.Choose(candidate.Id, second.QuoteId).ShouldBeProblem(409, CandidateRules.QuoteChoiceBlockedByOpenSample.Code);
        await App.RecordResults(candidate.Id, candidate.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();

        var rechosen = await App.Choose(candidate.Id, second.QuoteId).Ok<CandidateDetails>();

        (rechosen.ChosenQuoteId, rechosen.Stage).ShouldBe((second.QuoteId, CandidateStage.Sourcing));
    }

    [Fact]
    public async Task a_passed_sample_of_an_earlier_quote_does_not_count_for_approval()
    {
        var candidate = await App.SamplePassed();
        var other = await App.Approved();
        var second = (await App.Quote(candidate.Id, NewQuote(other.Id, 5.10m)).Ok<CandidateDetails>()).Quotes.Last();
        await App.Choose(candidate.Id, second.QuoteId).Ok<CandidateDetails>();

        await App.Post(candidate.Id, "approve").ShouldBeProblem(409, CandidateRules.ApprovalRequiresPassedSample.Code);
    }
}
