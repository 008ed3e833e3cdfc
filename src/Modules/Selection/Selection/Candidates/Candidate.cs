using Ops.Selection.Suppliers;
using Ops.Shared.Outcomes;

namespace Ops.Selection.Candidates;

public static class CandidateRules
{
    public static readonly Rule ApprovedIsFinal = new("candidate.approved_is_final",
        "The candidate is approved: it is a product now and changes no more.", "候选品已批准，已成为正式商品，不能再变更。");
    public static readonly Rule RejectedIsFinal = new("candidate.rejected_is_final",
        "A rejected candidate stays rejected; propose it anew to start over.", "已拒绝的候选品不能恢复；如需重新开始，请重新提交。");
    public static readonly Rule ShelvedMustBeReopenedFirst = new("candidate.shelved_must_be_reopened_first",
        "The candidate is shelved; reopen it first.", "候选品已搁置，请先重新启用。");
    public static readonly Rule OnlyShelvedCanBeReopened = new("candidate.only_shelved_can_be_reopened",
        "Only a shelved candidate can be reopened.", "只有已搁置的候选品才能重新启用。");

    public static readonly Rule ScreeningOnlyWhileProposed = new("candidate.screening_only_while_proposed",
        "The candidate has passed screening already.", "候选品已通过筛选。");
    public static readonly Rule ScreeningMarginBelowMinimum = new("candidate.screening_margin_below_minimum",
        "The estimated margin is below the minimum: a pass needs an ops-manager's override for this margin.",
        "预估利润率低于下限：需运营经理针对该利润率批准例外后才能通过筛选。");
    public static readonly Rule MarginOverrideOnlyWhileProposed = new("candidate.margin_override_only_while_proposed",
        "A margin override is given before the candidate passes screening.", "利润率例外须在候选品通过筛选前批准。");
    public static readonly Rule MarginOverrideNotNeeded = new("candidate.margin_override_not_needed",
        "The estimated margin meets the minimum; there is nothing to override.", "预估利润率已达到下限，无需例外批准。");

    public static readonly Rule QuotesNeedPassedScreening = new("candidate.quotes_need_passed_screening",
        "Collect quotes once the candidate has passed screening.", "候选品通过筛选后才能收集报价。");
    public static readonly Rule QuoteCurrencyMustMatch = new("candidate.quote_currency_must_match",
        "The quote must be in the candidate's currency, so the estimate can use it.", "报价须与候选品使用同一币种，以便用于利润估算。");
    public static readonly Rule QuoteNotFound = new("candidate.quote_not_found",
        "The candidate has no such quote.", "该候选品没有这条报价。");
    public static readonly Rule QuoteExpired = new("candidate.quote_expired",
        "The quote has expired; ask the supplier for a new one.", "报价已过期，请向供应商索取新报价。");
    public static readonly Rule QuoteSupplierNotFound = new("candidate.quote_supplier_not_found",
        "No such supplier: register the supplier first.", "供应商不存在，请先登记供应商。");
    public static readonly Rule QuoteSupplierRejected = new("candidate.quote_supplier_rejected",
        "The quote's supplier was rejected.", "该报价的供应商已被拒绝。");
    public static readonly Rule QuoteSupplierSuspended = new("candidate.quote_supplier_suspended",
        "The quote's supplier is suspended.", "该报价的供应商已暂停合作。");
    public static readonly Rule QuoteSupplierGradeD = new("candidate.quote_supplier_grade_d",
        "The quote's supplier is graded D.", "该报价的供应商评级为 D。");
    public static readonly Rule QuoteChoiceBlockedByOpenSample = new("candidate.quote_choice_blocked_by_open_sample",
        "A sample is still open; record its results before choosing another quote.", "仍有样品未出结果，请先记录结果再改选报价。");

    public static readonly Rule SampleRequiresChosenQuote = new("candidate.sample_requires_chosen_quote",
        "Choose a quote first: the sample comes from its supplier.", "请先选定报价：样品由该报价的供应商提供。");
    public static readonly Rule OneOpenSampleAtATime = new("candidate.one_open_sample_at_a_time",
        "A sample is already open; record its results first.", "已有样品尚未出结果，请先记录结果。");
    public static readonly Rule SampleAlreadyPassed = new("candidate.sample_already_passed",
        "A sample from the chosen quote has passed already.", "所选报价的样品已通过。");
    public static readonly Rule SampleNotFound = new("candidate.sample_not_found",
        "The candidate has no such sample.", "该候选品没有这个样品。");
    public static readonly Rule SampleResultsAlreadyRecorded = new("candidate.sample_results_already_recorded",
        "This sample's results are recorded; request a new sample to test again.", "该样品已有结果；如需再次测试，请重新申请样品。");

    public static readonly Rule ApprovalRequiresPassedScreening = new("candidate.approval_requires_passed_screening",
        "Approval needs a passed screening.", "批准前须通过筛选。");
    public static readonly Rule ApprovalRequiresChosenQuote = new("candidate.approval_requires_chosen_quote",
        "Approval needs a chosen quote.", "批准前须选定报价。");
    public static readonly Rule ApprovalRequiresPassedSample = new("candidate.approval_requires_passed_sample",
        "Approval needs a passed sample from the chosen quote's supplier.", "批准前须有所选报价供应商的样品通过测试。");
}

/// <summary>A sample as decisions see it: from which quote, and its verdict once tested.</summary>
public sealed record SampleOnFile(Guid SampleId, Guid QuoteId, Verdict? Verdict);

/// <summary>What candidate decisions need, and nothing more. Every decide method is a pure function of state, input and now.</summary>
public sealed record Candidate
{
    public Guid Id { get; init; }
    public required CandidateProfile Profile { get; init; }
    public required ProfitInputs Numbers { get; init; }
    public CandidateStage Stage { get; init; }
    public CandidateStage? StageBeforeShelving { get; init; }
    public bool ScreeningPassed { get; init; }

    /// <summary>The margin an ops-manager accepted below the minimum; a pass at this margin or better needs no new override.</summary>
    public decimal? OverriddenMarginPercent { get; init; }

    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public Guid? ChosenQuoteId { get; init; }
    public IReadOnlyList<SampleOnFile> Samples { get; init; } = [];

    public Quote? ChosenQuote => Quotes.FirstOrDefault(q => q.QuoteId == ChosenQuoteId);

    /// <summary>The numbers the current estimate uses: the chosen quote's price and lead time replace the proposal's.</summary>
    public ProfitInputs CurrentNumbers => Numbers.WithQuote(ChosenQuote);

    public static Candidate Create(CandidateProposed e) =>
        new() { Id = e.CandidateId, Profile = e.Profile, Numbers = e.Numbers.WithSizeAsGiven(e.SizeAsGiven), Stage = CandidateStage.Proposed };

    public Candidate Apply(ScreeningMarginOverridden e) => this with { OverriddenMarginPercent = e.AcceptedMarginPercent };
    public Candidate Apply(CandidateScreened e) => e.Verdict == Verdict.Pass ? this with { Stage = CandidateStage.Screened, ScreeningPassed = true } : this;
    public Candidate Apply(QuoteReceived e) => this with
    {
        Quotes = [.. Quotes, e.Quote],
        Stage = Stage == CandidateStage.Screened ? CandidateStage.Sourcing : Stage,
    };
    public Candidate Apply(QuoteChosen e) => this with { ChosenQuoteId = e.QuoteId, Stage = CandidateStage.Sourcing };
    public Candidate Apply(SampleRequested e) => this with { Samples = [.. Samples, new(e.SampleId, e.QuoteId, null)], Stage = CandidateStage.Sampling };
    public Candidate Apply(SampleResultsRecorded e) => this with
    {
        Samples = [.. Samples.Select(s => s.SampleId == e.SampleId ? s with { Verdict = e.Results.Verdict } : s)],
    };
    public Candidate Apply(CandidateApproved _) => this with { Stage = CandidateStage.Approved };
    public Candidate Apply(CandidateRejected _) => this with { Stage = CandidateStage.Rejected };
    public Candidate Apply(CandidateShelved e) => this with { Stage = CandidateStage.Shelved, StageBeforeShelving = e.Stage };
    public Candidate Apply(CandidateReopened e) => this with { Stage = e.Stage, StageBeforeShelving = null };

    public static Decision Propose(Guid candidateId, CandidateProfile profile, MeasuredSize sizeAsGiven, ProfitInputs numbers, string by,
        DateTimeOffset now) =>
        Decision.Accept(new CandidateProposed(candidateId, profile, sizeAsGiven, numbers, by, now));

    /// <summary>
    /// A pass whose estimated margin is below the minimum needs an override that accepted this margin or a lower one:
    /// when the numbers or the settings lower the margin after an override, a new override is needed. A fail is always
    /// recorded and leaves the candidate proposed, to be screened again.
    /// </summary>
    public Decision Screen(Guid screeningId, ScreeningScores scores, Verdict verdict, string? notes, ProfitEstimate estimate, string by,
        DateTimeOffset now)
    {
        if (RefusalWhileProposed(CandidateRules.ScreeningOnlyWhileProposed) is { } refusal) return refusal;
        var overridden = verdict == Verdict.Pass && estimate.MarginBelowMinimum ? OverriddenMarginPercent : null;
        if (verdict == Verdict.Pass && estimate.MarginBelowMinimum && !OverrideCovers(estimate)) return CandidateRules.ScreeningMarginBelowMinimum;
        return Decision.Accept(new CandidateScreened(Id, screeningId, scores, verdict, notes, estimate, overridden, by, now));
    }

    /// <summary>Records the margin accepted, as the system estimates it now; an override that covers it already changes nothing.</summary>
    public Decision OverrideScreeningMargin(string reason, ProfitEstimate estimate, string by, DateTimeOffset now)
    {
        if (RefusalWhileProposed(CandidateRules.MarginOverrideOnlyWhileProposed) is { } refusal) return refusal;
        if (!estimate.MarginBelowMinimum) return CandidateRules.MarginOverrideNotNeeded;
        return OverrideCovers(estimate)
            ? Decision.Accept()
            : Decision.Accept(new ScreeningMarginOverridden(Id, estimate.PerUnit.MarginPercent, estimate.MinMarginPercent, reason, by, now));
    }

    /// <summary>Quotes are collected once screening has passed, also while sampling (another supplier may be needed).</summary>
    public Decision RecordQuote(Quote quote, SupplierDetails? supplier, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (!ScreeningPassed) return CandidateRules.QuotesNeedPassedScreening;
        if (quote.UnitPrice.Currency != Numbers.TargetPrice.Currency) return CandidateRules.QuoteCurrencyMustMatch;
        if (supplier is null) return CandidateRules.QuoteSupplierNotFound;
        return Decision.Accept(new QuoteReceived(Id, quote, by, now));
    }

    /// <summary>
    /// The quote must still be valid and its supplier usable. Choosing another quote while sampling needs the open
    /// sample closed first, and returns the candidate to sourcing: samples of the earlier supplier no longer count.
    /// </summary>
    public Decision ChooseQuote(Guid quoteId, SupplierDetails? supplier, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (Quotes.FirstOrDefault(q => q.QuoteId == quoteId) is not { } quote) return CandidateRules.QuoteNotFound;
        if (ChosenQuoteId == quoteId) return Decision.Accept();
        if (OpenSample is not null) return CandidateRules.QuoteChoiceBlockedByOpenSample;
        if (quote.IsExpiredAt(now)) return CandidateRules.QuoteExpired;
        if (RefusalOfSupplier(supplier) is { } unusable) return unusable;
        return Decision.Accept(new QuoteChosen(Id, quoteId, quote.SupplierId, by, now));
    }

    public Decision RequestSample(Guid sampleId, string? notes, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (ChosenQuote is not { } quote) return CandidateRules.SampleRequiresChosenQuote;
        if (OpenSample is not null) return CandidateRules.OneOpenSampleAtATime;
        if (HasPassedSample) return CandidateRules.SampleAlreadyPassed;
        return Decision.Accept(new SampleRequested(Id, sampleId, quote.QuoteId, quote.SupplierId, notes, by, now));
    }

    public Decision RecordSampleResults(Guid sampleId, SampleResults results, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (Samples.FirstOrDefault(s => s.SampleId == sampleId) is not { } sample) return CandidateRules.SampleNotFound;
        if (sample.Verdict is not null) return CandidateRules.SampleResultsAlreadyRecorded;
        return Decision.Accept(new SampleResultsRecorded(Id, sampleId, results, by, now));
    }

    /// <summary>
    /// What stands in the way of approval: a passed screening, a chosen quote whose supplier is still usable, and a
    /// passed sample of that quote. Null when nothing does (or the candidate is approved already).
    /// </summary>
    public Rule? RefusalOfApproval(SupplierDetails? supplier) => Stage switch
    {
        CandidateStage.Approved => null,
        CandidateStage.Rejected => CandidateRules.RejectedIsFinal,
        CandidateStage.Shelved => CandidateRules.ShelvedMustBeReopenedFirst,
        _ when !ScreeningPassed => CandidateRules.ApprovalRequiresPassedScreening,
        _ when ChosenQuote is null => CandidateRules.ApprovalRequiresChosenQuote,
        _ when !HasPassedSample => CandidateRules.ApprovalRequiresPassedSample,
        _ => RefusalOfSupplier(supplier),
    };

    /// <summary><paramref name="sku"/> is drawn by the caller once <see cref="RefusalOfApproval"/> has nothing against it.</summary>
    public Decision Approve(string? sku, SupplierDetails? supplier, string by, DateTimeOffset now)
    {
        if (RefusalOfApproval(supplier) is { } refusal) return refusal;
        if (Stage == CandidateStage.Approved) return Decision.Accept();
        return Decision.Accept(new CandidateApproved(Id, sku ?? throw new ArgumentNullException(nameof(sku)), ChosenQuote!, by, now));
    }

    public Decision Reject(string reason, string by, DateTimeOffset now) => Stage switch
    {
        CandidateStage.Rejected => Decision.Accept(),
        CandidateStage.Approved => CandidateRules.ApprovedIsFinal,
        _ => Decision.Accept(new CandidateRejected(Id, Stage, reason, by, now)),
    };

    public Decision Shelve(string reason, string by, DateTimeOffset now) => Stage switch
    {
        CandidateStage.Shelved => Decision.Accept(),
        CandidateStage.Approved => CandidateRules.ApprovedIsFinal,
        CandidateStage.Rejected => CandidateRules.RejectedIsFinal,
        _ => Decision.Accept(new CandidateShelved(Id, Stage, reason, by, now)),
    };

    /// <summary>Back to the stage it was shelved from, with its screening, quotes and samples as they were.</summary>
    public Decision Reopen(string by, DateTimeOffset now) =>
        Stage == CandidateStage.Shelved && StageBeforeShelving is { } shelvedFrom
            ? Decision.Accept(new CandidateReopened(Id, shelvedFrom, by, now))
            : CandidateRules.OnlyShelvedCanBeReopened;

    private SampleOnFile? OpenSample => Samples.FirstOrDefault(s => s.Verdict is null);

    private bool HasPassedSample => Samples.Any(s => s.QuoteId == ChosenQuoteId && s.Verdict == Verdict.Pass);

    private bool OverrideCovers(ProfitEstimate estimate) => OverriddenMarginPercent is { } accepted && estimate.PerUnit.MarginPercent >= accepted;

    private Rule? RefusalWhenClosed() => Stage switch
    {
        CandidateStage.Approved => CandidateRules.ApprovedIsFinal,
        CandidateStage.Rejected => CandidateRules.RejectedIsFinal,
        CandidateStage.Shelved => CandidateRules.ShelvedMustBeReopenedFirst,
        _ => null,
    };

    private Rule? RefusalWhileProposed(Rule notProposed) => RefusalWhenClosed() ?? (Stage == CandidateStage.Proposed ? null : notProposed);

    /// <summary>A quote's supplier must exist and be neither rejected nor suspended nor graded D (read from the supplier's record).</summary>
    private static Rule? RefusalOfSupplier(SupplierDetails? supplier) => supplier switch
    {
        null => CandidateRules.QuoteSupplierNotFound,
        { Status: SupplierStatus.Rejected } => CandidateRules.QuoteSupplierRejected,
        { Status: SupplierStatus.Suspended } => CandidateRules.QuoteSupplierSuspended,
        { Grade: SupplierGrade.D } => CandidateRules.QuoteSupplierGradeD,
        _ => null,
    };
}
