using System.Text.Json.Serialization;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Selection.Candidates;

/// <summary>
/// A candidate as the API shows it: what it is, its numbers (size as entered and converted), where it stands, its
/// screenings with the estimate each was decided on, quotes, samples and, once approved, its SKU.
/// </summary>
public sealed record CandidateDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public required string Marketplace { get; init; }
    public Guid? ResearchId { get; init; }
    public required string DifferentiationIdea { get; init; }
    public required MeasuredSize SizeAsGiven { get; init; }

    /// <summary>The proposal's numbers; the current estimate replaces unit cost and lead time with the chosen quote's.</summary>
    public required ProfitInputs Numbers { get; init; }

    public CandidateStage Stage { get; init; }

    /// <summary>While shelved: the stage it returns to when reopened.</summary>
    public CandidateStage? ShelvedFromStage { get; init; }

    public IReadOnlyList<CandidateScreening> Screenings { get; init; } = [];
    public IReadOnlyList<MarginOverride> MarginOverrides { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public Guid? ChosenQuoteId { get; init; }
    public IReadOnlyList<CandidateSample> Samples { get; init; } = [];
    public string? Sku { get; init; }
    public string? RejectionReason { get; init; }
    public string? ShelvingReason { get; init; }
    public required string ProposedBy { get; init; }
    public DateTimeOffset ProposedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }

    public Quote? ChosenQuote => Quotes.FirstOrDefault(q => q.QuoteId == ChosenQuoteId);

    /// <summary>
    /// The funnel's steps and what the caller may do now, and if not, why not: computed for each response by the rules
    /// the commands refuse with (<see cref="CandidateGuidance"/>), never stored; absent from a read as of an earlier time.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CandidateGuide? Guide { get; init; }

    /// <summary>
    /// The candidate as its decide functions see it (the <see cref="Candidate"/> aggregate), from this view rather than
    /// by replaying the stream on a read. Both are folds of the same events; a test keeps them equal.
    /// </summary>
    public Candidate ToCandidate() => new()
    {
        Id = Id,
        Profile = new CandidateProfile(Name, Category, Marketplace, ResearchId, DifferentiationIdea),
        Numbers = Numbers.WithSizeAsGiven(SizeAsGiven),
        Stage = Stage,
        StageBeforeShelving = ShelvedFromStage,
        ScreeningPassed = Screenings.Any(s => s.Verdict == Verdict.Pass),
        OverriddenMarginPercent = MarginOverrides.Count > 0 ? MarginOverrides[^1].AcceptedMarginPercent : null,
        Quotes = Quotes,
        ChosenQuoteId = ChosenQuoteId,
        Samples = [.. Samples.Select(s => new SampleOnFile(s.SampleId, s.QuoteId, s.Status switch
        {
            SampleStatus.Passed => Verdict.Pass,
            SampleStatus.Failed => Verdict.Fail,
            _ => (Verdict?)null,
        }))],
    };

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<CandidateDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CandidateDetails>().Index(c => c.Name).Index(c => c.Stage)
            // The second line behind the SKU sequence: two candidates can never be stored with one SKU.
            .UniqueIndex(c => c.Sku!);
    }
}

/// <summary>One screening with the estimate it was decided on, and the override a pass below the minimum relied on.</summary>
public sealed record CandidateScreening(
    Guid ScreeningId, ScreeningScores Scores, Verdict Verdict, string? Notes, ProfitEstimate Estimate, decimal? OverriddenMarginPercent,
    string ScreenedBy, DateTimeOffset ScreenedAt);

public sealed record MarginOverride(decimal AcceptedMarginPercent, decimal MinMarginPercent, string Reason, string OverriddenBy, DateTimeOffset OverriddenAt);

public enum SampleStatus { Open, Passed, Failed }

public sealed record CandidateSample(
    Guid SampleId, Guid QuoteId, Guid SupplierId, string? Notes, SampleStatus Status, SampleResults? Results, string RequestedBy,
    DateTimeOffset RequestedAt, DateTimeOffset? ResultsRecordedAt);

public sealed class CandidateDetailsProjection : SingleStreamProjection<CandidateDetails, Guid>
{
    public override CandidateDetails? Evolve(CandidateDetails? candidate, Guid id, IEvent e) => (candidate, e.Data) switch
    {
        (null, CandidateProposed p) => new CandidateDetails
        {
            Id = p.CandidateId, Name = p.Profile.Name, Category = p.Profile.Category, Marketplace = p.Profile.Marketplace,
            ResearchId = p.Profile.ResearchId, DifferentiationIdea = p.Profile.DifferentiationIdea, SizeAsGiven = p.SizeAsGiven,
            Numbers = p.Numbers.WithSizeAsGiven(p.SizeAsGiven), Stage = CandidateStage.Proposed, ProposedBy = p.ProposedBy, ProposedAt = p.ProposedAt,
        },
        (not null, ScreeningMarginOverridden o) => candidate with
        {
            MarginOverrides = [.. candidate.MarginOverrides, new(o.AcceptedMarginPercent, o.MinMarginPercent, o.Reason, o.OverriddenBy, o.OverriddenAt)],
        },
        (not null, CandidateScreened s) => candidate with
        {
            Stage = s.Verdict == Verdict.Pass ? CandidateStage.Screened : candidate.Stage,
            Screenings = [.. candidate.Screenings, new(s.ScreeningId, s.Scores, s.Verdict, s.Notes, s.Estimate, s.OverriddenMarginPercent, s.ScreenedBy, s.ScreenedAt)],
        },
        (not null, QuoteReceived q) => candidate with
        {
            Quotes = [.. candidate.Quotes, q.Quote],
            Stage = candidate.Stage == CandidateStage.Screened ? CandidateStage.Sourcing : candidate.Stage,
        },
        (not null, QuoteChosen c) => candidate with { ChosenQuoteId = c.QuoteId, Stage = CandidateStage.Sourcing },
        (not null, SampleRequested r) => candidate with
        {
            Samples = [.. candidate.Samples, new(r.SampleId, r.QuoteId, r.SupplierId, r.Notes, SampleStatus.Open, null, r.RequestedBy, r.RequestedAt, null)],
            Stage = CandidateStage.Sampling,
        },
        (not null, SampleResultsRecorded r) => candidate with
        {
            Samples = [.. candidate.Samples.Select(s => s.SampleId == r.SampleId
                ? s with { Status = r.Results.Verdict == Verdict.Pass ? SampleStatus.Passed : SampleStatus.Failed, Results = r.Results, ResultsRecordedAt = r.RecordedAt }
                : s)],
        },
        (not null, CandidateApproved a) => candidate with { Stage = CandidateStage.Approved, Sku = a.Sku, ApprovedBy = a.ApprovedBy, ApprovedAt = a.ApprovedAt },
        (not null, CandidateRejected r) => candidate with { Stage = CandidateStage.Rejected, RejectionReason = r.Reason, ShelvedFromStage = null },
        (not null, CandidateShelved s) => candidate with { Stage = CandidateStage.Shelved, ShelvedFromStage = s.Stage, ShelvingReason = s.Reason },
        (not null, CandidateReopened r) => candidate with { Stage = r.Stage, ShelvedFromStage = null, ShelvingReason = null },
        _ => candidate,
    };
}
