using Ops.Shared;
using Ops.Shared.Audit;

namespace Ops.Selection.Candidates;

// The facts of a candidate's life, in the order they may happen. Never renamed once stored.

/// <summary>
/// A product idea put forward. <paramref name="SizeAsGiven"/> is the size as entered; <paramref name="Numbers"/> carry
/// it converted to inches and pounds, once, here.
/// </summary>
[History("Candidate proposed", "候选产品已提议")]
public sealed record CandidateProposed(
    Guid CandidateId, CandidateProfile Profile, MeasuredSize SizeAsGiven, ProfitInputs Numbers, string ProposedBy, DateTimeOffset ProposedAt);

/// <summary>An ops-manager accepted a margin below the minimum: screening may pass at this margin or better.</summary>
[History("Screening margin overridden", "筛选毛利率已特批")]
public sealed record ScreeningMarginOverridden(
    Guid CandidateId, decimal AcceptedMarginPercent, decimal MinMarginPercent, string Reason, string OverriddenBy, DateTimeOffset OverriddenAt);

/// <summary>
/// Scores and verdict, with the profit estimate the system computed at that moment (inputs, settings and every step).
/// <paramref name="OverriddenMarginPercent"/> is the override a pass below the minimum relied on.
/// </summary>
[History("Candidate screened", "候选产品已筛选")]
public sealed record CandidateScreened(
    Guid CandidateId, Guid ScreeningId, ScreeningScores Scores, Verdict Verdict, string? Notes, ProfitEstimate Estimate,
    decimal? OverriddenMarginPercent, string ScreenedBy, DateTimeOffset ScreenedAt);

[History("Quote received", "已收到报价")]
public sealed record QuoteReceived(Guid CandidateId, Quote Quote, string RecordedBy, DateTimeOffset RecordedAt);

[History("Quote chosen", "报价已选定")]
public sealed record QuoteChosen(Guid CandidateId, Guid QuoteId, Guid SupplierId, string ChosenBy, DateTimeOffset ChosenAt);

[History("Sample requested", "已申请样品")]
public sealed record SampleRequested(
    Guid CandidateId, Guid SampleId, Guid QuoteId, Guid SupplierId, string? Notes, string RequestedBy, DateTimeOffset RequestedAt);

[History("Sample results recorded", "样品结果已记录")]
public sealed record SampleResultsRecorded(Guid CandidateId, Guid SampleId, SampleResults Results, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The candidate became a product with a company-unique SKU, sourced by the chosen quote.</summary>
[History("Candidate approved", "候选产品已批准")]
public sealed record CandidateApproved(Guid CandidateId, string Sku, Quote Quote, string ApprovedBy, DateTimeOffset ApprovedAt);

[History("Candidate rejected", "候选产品已否决")]
public sealed record CandidateRejected(Guid CandidateId, CandidateStage Stage, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>Put aside at <paramref name="Stage"/>; reopening returns it there.</summary>
[History("Candidate shelved", "候选产品已搁置")]
public sealed record CandidateShelved(Guid CandidateId, CandidateStage Stage, string Reason, string ShelvedBy, DateTimeOffset ShelvedAt);

/// <summary>Back at <paramref name="Stage"/>, the stage it was shelved from.</summary>
[History("Candidate reopened", "候选产品已重新打开")]
public sealed record CandidateReopened(Guid CandidateId, CandidateStage Stage, string ReopenedBy, DateTimeOffset ReopenedAt);

// The values the events carry.

public enum CandidateStage { Proposed, Screened, Sourcing, Sampling, Approved, Rejected, Shelved }

public enum Verdict { Pass, Fail }

/// <summary>What the candidate is, apart from its numbers. <see cref="Marketplace"/> is a marketplace code (<c>US</c>).</summary>
public sealed record CandidateProfile(string Name, string Category, string Marketplace, Guid? ResearchId, string DifferentiationIdea);

/// <summary>Scores 1–5; for <see cref="Competition"/>, 5 means little competition.</summary>
public sealed record ScreeningScores(int MarketPotential, int Competition, int QualityStability, int Differentiation, int TeamFit);

/// <summary>A supplier's offer; valid through <see cref="ValidUntil"/> (a UTC day, inclusive).</summary>
public sealed record Quote(
    Guid QuoteId, Guid SupplierId, string SupplierName, Money UnitPrice, int Moq, int LeadTimeDays, string AfterSalesTerms, DateOnly ValidUntil)
{
    public bool IsExpiredAt(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime) > ValidUntil;
}

public sealed record SampleTest(bool Passed, string? Notes);

public sealed record SampleResults(
    SampleTest QualityTest, SampleTest FunctionTest, Verdict Verdict, IReadOnlyList<string> Defects, IReadOnlyList<string> ImprovementRequests);
