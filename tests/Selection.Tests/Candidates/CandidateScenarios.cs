using Alba;
using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Selection.Tests.Candidates;

/// <summary>Given-states for candidate tests, built only through the API, as the demo users would build them.</summary>
public static class CandidateScenarios
{
    public const string CandidatesUrl = "/api/selection/candidates";

    /// <summary>Within the quote window of every test: the clock starts on 2030-11-04.</summary>
    public static readonly DateOnly QuoteValidUntil = new(2030, 12, 31);

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static SizeRequest Inches(decimal length, decimal width, decimal height, decimal pounds) => new()
    {
        Length = length, Width = width, Height = height, Weight = pounds, UnitSystem = UnitSystem.Imperial,
    };

    /// <summary>
    /// At the default settings: large standard, billable 180 / 139 = 1.2949… lb, fulfilment 5.17, referral 4.4985 (shown
    /// 4.50), ad 2.999 (3.00), landed 6.20, margin 11.1225 (11.12) = 37.0873… % (37.09 %).
    /// </summary>
    public static ProposeCandidateRequest NewCandidate(string name = "Collapsible silicone lunch box", string category = "Home & Kitchen") => new()
    {
        Name = name,
        Category = category,
        DifferentiationIdea = "Leak-proof lid and a fold-flat body the best sellers lack.",
        TargetPrice = Usd(29.99m),
        UnitCost = Usd(5.00m),
        ShippingPerUnit = Usd(1.20m),
        Size = Inches(10, 6, 3, 1.2m),
        ExpectedMonthlyUnits = 300,
        FirstOrderQuantity = 500,
        TransitDays = 30,
        LeadTimeDays = 20,
    };

    /// <summary>The same lunch box costing 12.00: margin 4.1225 (shown 4.12) = 13.7462… % (13.75 %), below the minimum of 25 %.</summary>
    public static ProposeCandidateRequest LowMarginCandidate() => NewCandidate() with { UnitCost = Usd(12.00m) };

    public const decimal LowMarginPercent = 13.75m;

    public static readonly ScreeningScores GoodScores = new(4, 3, 4, 4, 5);

    public static object Screening(Verdict verdict = Verdict.Pass) => new { scores = GoodScores, verdict = verdict.ToString(), notes = "Steady demand." };

    public static RecordQuoteRequest NewQuote(Guid supplierId, decimal unitPrice = 4.80m, DateOnly? validUntil = null) => new()
    {
        SupplierId = supplierId,
        UnitPrice = Usd(unitPrice),
        Moq = 500,
        LeadTimeDays = 25,
        AfterSalesTerms = "Free replacement of defective units within 90 days.",
        ValidUntil = validUntil ?? QuoteValidUntil,
    };

    public static object Results(Verdict verdict) => new
    {
        qualityTest = new { passed = verdict == Verdict.Pass, notes = "Seams checked" },
        functionTest = new { passed = true, notes = "Lid seals under water" },
        verdict = verdict.ToString(),
        defects = verdict == Verdict.Pass ? Array.Empty<string>() : ["Lid hinge cracks after 50 openings"],
        improvementRequests = verdict == Verdict.Pass ? Array.Empty<string>() : ["Thicker hinge"],
    };

    public static readonly object WithReason = new { reason = "Budget moved to Q3 launches" };

    public static Task<IScenarioResult> Post(this SelectionApp app, Guid id, string action, object? body = null, string role = Role.Product) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{CandidatesUrl}/{id}/{action}"));

    public static Task<CandidateDetails> Proposed(this SelectionApp app, ProposeCandidateRequest? request = null) =>
        app.As(Role.Product, x => x.Post.Json(request ?? NewCandidate()).ToUrl(CandidatesUrl)).Ok<CandidateDetails>(201);

    public static async Task<CandidateDetails> Screened(this SelectionApp app, ProposeCandidateRequest? request = null) =>
        await app.Post((await app.Proposed(request)).Id, "screening", Screening()).Ok<CandidateDetails>();

    public static Task<IScenarioResult> Quote(this SelectionApp app, Guid id, RecordQuoteRequest quote) => app.Post(id, "quotes", quote);

    /// <summary>Screened, with one quote from a newly approved supplier (grade A): the candidate is sourcing.</summary>
    public static async Task<CandidateDetails> Sourcing(this SelectionApp app, ProposeCandidateRequest? request = null)
    {
        var candidate = await app.Screened(request);
        var supplier = await app.Approved();
        return await app.Quote(candidate.Id, NewQuote(supplier.Id)).Ok<CandidateDetails>();
    }

    public static Task<IScenarioResult> Choose(this SelectionApp app, Guid id, Guid quoteId) => app.Post(id, $"quotes/{quoteId}/choose");

    public static async Task<CandidateDetails> Chosen(this SelectionApp app, ProposeCandidateRequest? request = null)
    {
        var candidate = await app.Sourcing(request);
        return await app.Choose(candidate.Id, candidate.Quotes.Single().QuoteId).Ok<CandidateDetails>();
    }

    public static async Task<CandidateDetails> Sampling(this SelectionApp app, ProposeCandidateRequest? request = null) =>
        await app.Post((await app.Chosen(request)).Id, "samples", new { notes = "Two units in white" }).Ok<CandidateDetails>();

    public static Task<IScenarioResult> RecordResults(this SelectionApp app, Guid id, Guid sampleId, Verdict verdict) =>
        app.Post(id, $"samples/{sampleId}/results", Results(verdict));

    public static async Task<CandidateDetails> SamplePassed(this SelectionApp app, ProposeCandidateRequest? request = null)
    {
        var candidate = await app.Sampling(request);
        return await app.RecordResults(candidate.Id, candidate.Samples.Single().SampleId, Verdict.Pass).Ok<CandidateDetails>();
    }

    public static async Task<CandidateDetails> ApprovedCandidate(this SelectionApp app, ProposeCandidateRequest? request = null) =>
        await app.Post((await app.SamplePassed(request)).Id, "approve").Ok<CandidateDetails>();

    public static Task<CandidateDetails> Candidate(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{id}")).Ok<CandidateDetails>();

    public static Task<IReadOnlyList<HistoryEntry>> CandidateHistory(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
