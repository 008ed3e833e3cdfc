using Ops.Selection.Suppliers;
using Ops.Shared;
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

    // Why an action is not offered although the command would be accepted: a repeat that changes nothing.
    public static readonly Rule MarginOverrideCoversEstimate = new("candidate.margin_override_covers_estimate",
        "An override already accepts this margin: screening may pass.", "已有例外批准覆盖该利润率，可以通过筛选。");
    public static readonly Rule QuoteChosenAlready = new("candidate.quote_chosen_already",
        "This is the chosen quote.", "这就是已选定的报价。");

    // Who may act (the endpoints' roles, CandidateRoles): the API answers 403 to anyone else.
    public static readonly Rule OnlyProductOpsManagerOrAdminChangeCandidates = new("candidate.only_product_ops_manager_or_admin_change_candidates",
        "Only product, ops-manager or admin can change a candidate.", "只有选品、运营经理或管理员可以变更候选品。");
    public static readonly Rule OnlyOpsManagerOverridesMargin = new("candidate.only_ops_manager_overrides_margin",
        "Only an ops-manager can accept a margin below the minimum.", "只有运营经理可以批准低于下限的利润率。");
}

/// <summary>Who may change candidates (selection.md: owner roles <c>product</c>, <c>ops-manager</c>; admin too).</summary>
public static class CandidateRoles
{
    public static readonly string[] Writers = [Role.Product, Role.OpsManager, Role.Admin];

    /// <summary>selection.md: a pass below <c>minMarginPercent</c> needs an <c>ops-manager</c> override.</summary>
    public static readonly string[] MarginOverriders = [Role.OpsManager];
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
    public Candidate Apply(CandidateRejected _) => this with { Stage = CandidateStage.Rejected, StageBeforeShelving = null };
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
        if (RefusalOfScreening() is { } refusal) return refusal;
        if (verdict == Verdict.Pass && RefusalOfPass(estimate) is { } belowMinimum) return belowMinimum;
        var overridden = verdict == Verdict.Pass && estimate.MarginBelowMinimum ? OverriddenMarginPercent : null;
        return Decision.Accept(new CandidateScreened(Id, screeningId, scores, verdict, notes, estimate, overridden, by, now));
    }

    /// <summary>What stands in the way of any screening now.</summary>
    public Rule? RefusalOfScreening() => RefusalWhileProposed(CandidateRules.ScreeningOnlyWhileProposed);

    /// <summary>What stands in the way of a pass at <paramref name="estimate"/>: a margin below the minimum no override covers.</summary>
    public Rule? RefusalOfPass(ProfitEstimate estimate) =>
        estimate.MarginBelowMinimum && !OverrideCovers(estimate) ? CandidateRules.ScreeningMarginBelowMinimum : null;

    /// <summary>Records the margin accepted, as the system estimates it now; an override that covers it already changes nothing.</summary>
    public Decision OverrideScreeningMargin(string reason, ProfitEstimate estimate, string by, DateTimeOffset now)
    {
        if (RefusalOfMarginOverride(estimate) is { } refusal) return refusal;
        return OverrideCovers(estimate)
            ? Decision.Accept()
            : Decision.Accept(new ScreeningMarginOverridden(Id, estimate.PerUnit.MarginPercent, estimate.MinMarginPercent, reason, by, now));
    }

    public Rule? RefusalOfMarginOverride(ProfitEstimate estimate) =>
        RefusalWhileProposed(CandidateRules.MarginOverrideOnlyWhileProposed)
        ?? (estimate.MarginBelowMinimum ? null : CandidateRules.MarginOverrideNotNeeded);

    /// <summary>Quotes are collected once screening has passed, also while sampling (another supplier may be needed).</summary>
    public Decision RecordQuote(Quote quote, SupplierDetails? supplier, string by, DateTimeOffset now)
    {
        if (RefusalOfQuotes() is { } refusal) return refusal;
        if (quote.UnitPrice.Currency != Numbers.TargetPrice.Currency) return CandidateRules.QuoteCurrencyMustMatch;
        if (supplier is null) return CandidateRules.QuoteSupplierNotFound;
        return Decision.Accept(new QuoteReceived(Id, quote, by, now));
    }

    /// <summary>What stands in the way of any quote now, whoever the supplier.</summary>
    public Rule? RefusalOfQuotes() => RefusalWhenClosed() ?? (ScreeningPassed ? null : CandidateRules.QuotesNeedPassedScreening);

    /// <summary>
    /// The quote must still be valid and its supplier usable. Choosing another quote while sampling needs the open
    /// sample closed first, and returns the candidate to sourcing: samples of the earlier supplier no longer count.
    /// </summary>
    public Decision ChooseQuote(Guid quoteId, SupplierDetails? supplier, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (Quotes.FirstOrDefault(q => q.QuoteId == quoteId) is not { } quote) return CandidateRules.QuoteNotFound;
        if (ChosenQuoteId == quoteId) return Decision.Accept();
        if (RefusalOfChoosing(quote, supplier, now) is { } refusal) return refusal;
        return Decision.Accept(new QuoteChosen(Id, quoteId, quote.SupplierId, by, now));
    }

    /// <summary>What stands in the way of choosing <paramref name="quote"/>, one of the candidate's, from <paramref name="supplier"/>'s record.</summary>
    public Rule? RefusalOfChoosing(Quote quote, SupplierDetails? supplier, DateTimeOffset now) =>
        RefusalWhenClosed()
        ?? (OpenSample is not null ? CandidateRules.QuoteChoiceBlockedByOpenSample : null)
        ?? (quote.IsExpiredAt(now) ? CandidateRules.QuoteExpired : null)
        ?? RefusalOfSupplier(supplier);

    public Decision RequestSample(Guid sampleId, string? notes, string by, DateTimeOffset now)
    {
        if (RefusalOfSampleRequest() is { } refusal) return refusal;
        var quote = ChosenQuote!;
        return Decision.Accept(new SampleRequested(Id, sampleId, quote.QuoteId, quote.SupplierId, notes, by, now));
    }

    public Rule? RefusalOfSampleRequest() =>
        RefusalWhenClosed()
        ?? (ChosenQuote is null ? CandidateRules.SampleRequiresChosenQuote
            : OpenSample is not null ? CandidateRules.OneOpenSampleAtATime
            : HasPassedSample ? CandidateRules.SampleAlreadyPassed
            : null);

    public Decision RecordSampleResults(Guid sampleId, SampleResults results, string by, DateTimeOffset now)
    {
        if (RefusalWhenClosed() is { } closed) return closed;
        if (Samples.FirstOrDefault(s => s.SampleId == sampleId) is not { } sample) return CandidateRules.SampleNotFound;
        if (RefusalOfResults(sample) is { } refusal) return refusal;
        return Decision.Accept(new SampleResultsRecorded(Id, sampleId, results, by, now));
    }

    /// <summary>What stands in the way of recording <paramref name="sample"/>'s results, one of the candidate's samples.</summary>
    public Rule? RefusalOfResults(SampleOnFile sample) =>
        RefusalWhenClosed() ?? (sample.Verdict is null ? null : CandidateRules.SampleResultsAlreadyRecorded);

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

    /// <summary>A repeat (rejected already) changes nothing.</summary>
    public Decision Reject(string reason, string by, DateTimeOffset now) =>
        Stage == CandidateStage.Rejected ? Decision.Accept()
        : RefusalOfRejection() is { } refusal ? refusal
        : Decision.Accept(new CandidateRejected(Id, Stage, reason, by, now));

    /// <summary>Also what keeps a rejected candidate from being rejected again (a repeat, accepted without change).</summary>
    public Rule? RefusalOfRejection() => Stage switch
    {
        CandidateStage.Approved => CandidateRules.ApprovedIsFinal,
        CandidateStage.Rejected => CandidateRules.RejectedIsFinal,
        _ => null,
    };

    /// <summary>A repeat (shelved already) changes nothing.</summary>
    public Decision Shelve(string reason, string by, DateTimeOffset now) =>
        Stage == CandidateStage.Shelved ? Decision.Accept()
        : RefusalOfShelving() is { } refusal ? refusal
        : Decision.Accept(new CandidateShelved(Id, Stage, reason, by, now));

    /// <summary>Also what keeps a shelved candidate from being shelved again (a repeat, accepted without change).</summary>
    public Rule? RefusalOfShelving() => RefusalWhenClosed();

    /// <summary>Back to the stage it was shelved from, with its screening, quotes and samples as they were.</summary>
    public Decision Reopen(string by, DateTimeOffset now) =>
        RefusalOfReopening() is { } refusal ? refusal : Decision.Accept(new CandidateReopened(Id, StageBeforeShelving!.Value, by, now));

    public Rule? RefusalOfReopening() =>
        Stage == CandidateStage.Shelved && StageBeforeShelving is not null ? null : CandidateRules.OnlyShelvedCanBeReopened;

    public SampleOnFile? OpenSample => Samples.FirstOrDefault(s => s.Verdict is null);

    public bool HasPassedSample => Samples.Any(s => s.QuoteId == ChosenQuoteId && s.Verdict == Verdict.Pass);

    /// <summary>Whether an override accepting this margin or a lower one is on file (a new one would change nothing).</summary>
    public bool OverrideCovers(ProfitEstimate estimate) => OverriddenMarginPercent is { } accepted && estimate.PerUnit.MarginPercent >= accepted;

    /// <summary>What stops every change of an approved, rejected or shelved candidate.</summary>
    public Rule? RefusalWhenClosed() => Stage switch
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
