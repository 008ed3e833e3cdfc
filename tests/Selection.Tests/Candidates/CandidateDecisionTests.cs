using Ops.Selection;
using Ops.Selection.Candidates;

using Ops.Shared;

namespace Selection.Tests.Candidates;

/// <summary>Decisions the API cannot reach, checked on the aggregate itself (pure functions, no host).</summary>
public sealed class CandidateDecisionTests
{
    private static readonly DateTimeOffset Now = new(2030, 11, 4, 14, 0, 0, TimeSpan.Zero);

    private static readonly Quote Quote = new(Guid.NewGuid(), Guid.NewGuid(), "Gone Ltd", new Money(4.80m, "USD"), 500, 25, "None",
        new DateOnly(2030, 12, 31));

    private static readonly Candidate Sourcing = new()
    {
        Id = Guid.NewGuid(),
        Profile = new CandidateProfile("Lunch box", "Home", "US", null, "Fold-flat"),
        Numbers = new ProfitInputs(new(29.99m, "USD"), new(5m, "USD"), new(1.2m, "USD"), new UnitSize(10, 6, 3, 1.2m), 300, 500, null, 30, 20),
        Stage = CandidateStage.Sourcing,
        ScreeningPassed = true,
        Quotes = [Quote],
    };

    [Fact]
    public void a_quote_whose_supplier_record_is_gone_cannot_be_chosen() =>
        Sourcing.ChooseQuote(Quote.QuoteId, supplier: null, "product", Now).Refusal.ShouldBe(CandidateRules.QuoteSupplierNotFound);

    [Fact]
    public void an_approval_is_refused_before_any_sku_is_needed() =>
        (Sourcing with { ChosenQuoteId = Quote.QuoteId }).Approve(sku: null, supplier: null, "product", Now).Refusal
            .ShouldBe(CandidateRules.ApprovalRequiresPassedSample);
}
