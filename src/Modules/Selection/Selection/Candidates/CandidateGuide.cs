using System.Globalization;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Selection.Suppliers;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;

namespace Ops.Selection.Candidates;

/// <summary>The funnel a candidate goes through to approval (selection.md: approval needs each of the first three).</summary>
public enum FunnelStep { Screening, QuoteChosen, SamplePassed, Approval }

public enum StepStatus { Done, Current, ToDo }

/// <summary>What a person can do with a candidate: one command each (<see cref="ChooseQuote"/> per quote, <see cref="RecordSampleResults"/> per sample).</summary>
public enum CandidateAction
{
    Screen, OverrideScreeningMargin, RecordQuote, ChooseQuote, RequestSample, RecordSampleResults, Approve, Reject, Shelve, Reopen,
}

/// <summary>A rule, by its stable code, with its message in the request's language.</summary>
public sealed record RuleReason(string Code, string Message)
{
    public static RuleReason Of(Rule rule, CultureInfo culture) => new(rule.Code, rule.MessageFor(culture));
}

/// <summary>A step of the funnel; for the current one, what it still lacks, as the rules name it.</summary>
public sealed record FunnelStepState(FunnelStep Step, StepStatus Status, IReadOnlyList<RuleReason> Missing);

/// <summary>
/// Whether the caller may take <see cref="Action"/> now. When not, <see cref="Reason"/> is the rule the command would
/// be refused with (409 with that code; 403 for a role rule) or, for a repeat the API accepts without change, the rule
/// that makes it one. <see cref="TargetId"/> names the quote or sample of a per-quote or per-sample action.
/// <see cref="Caveat"/>: allowed, but with a condition (a pass below the minimum margin needs an override).
/// </summary>
public sealed record ActionOption(CandidateAction Action, bool Allowed, RuleReason? Reason, Guid? TargetId = null, RuleReason? Caveat = null);

public sealed record CandidateGuide(IReadOnlyList<FunnelStepState> Steps, IReadOnlyList<ActionOption> Actions);

/// <summary>
/// The guide of a candidate page: the funnel's steps with where the candidate stands, and every action with whether the
/// caller may take it now. Decided by the same functions the command handlers refuse with (<c>Candidate.RefusalOf…</c>)
/// and the same roles the endpoints declare (<see cref="CandidateRoles"/>), so what the page offers is what the API
/// accepts. Pure: state, estimate, suppliers, roles and now in, guide out.
/// </summary>
public static class CandidateGuidance
{
    public static CandidateGuide Guide(Candidate candidate, ProfitEstimate estimate, Func<Guid, SupplierDetails?> supplierOf,
        Func<string, bool> hasRole, DateTimeOffset now, CultureInfo culture)
    {
        RuleReason? Reason(Rule? rule) => rule is null ? null : RuleReason.Of(rule, culture);

        ActionOption Option(CandidateAction action, Rule? refusal, Guid? target = null, Rule? caveat = null)
        {
            var (roles, roleRule) = action == CandidateAction.OverrideScreeningMargin
                ? (CandidateRoles.MarginOverriders, CandidateRules.OnlyOpsManagerOverridesMargin)
                : (CandidateRoles.Writers, CandidateRules.OnlyProductOpsManagerOrAdminChangeCandidates);
            var reason = roles.Any(hasRole) ? refusal : roleRule;
            return new ActionOption(action, reason is null, Reason(reason), target, reason is null ? Reason(caveat) : null);
        }

        var c = candidate;
        var chosenSupplier = c.ChosenQuote is { } chosen ? supplierOf(chosen.SupplierId) : null;
        List<ActionOption> actions =
        [
            Option(CandidateAction.Screen, c.RefusalOfScreening(), caveat: c.RefusalOfPass(estimate)),
            Option(CandidateAction.OverrideScreeningMargin,
                c.RefusalOfMarginOverride(estimate) ?? (c.OverrideCovers(estimate) ? CandidateRules.MarginOverrideCoversEstimate : null)),
            Option(CandidateAction.RecordQuote, c.RefusalOfQuotes()),
            .. c.Quotes.Select(q => Option(CandidateAction.ChooseQuote,
                c.RefusalWhenClosed() ?? (q.QuoteId == c.ChosenQuoteId ? CandidateRules.QuoteChosenAlready : c.RefusalOfChoosing(q, supplierOf(q.SupplierId), now)),
                q.QuoteId)),
            Option(CandidateAction.RequestSample, c.RefusalOfSampleRequest()),
            .. c.Samples.Select(s => Option(CandidateAction.RecordSampleResults, c.RefusalOfResults(s), s.SampleId)),
            Option(CandidateAction.Approve, c.Stage == CandidateStage.Approved ? CandidateRules.ApprovedIsFinal : c.RefusalOfApproval(chosenSupplier)),
            Option(CandidateAction.Reject, c.RefusalOfRejection()),
            Option(CandidateAction.Shelve, c.RefusalOfShelving()),
            Option(CandidateAction.Reopen, c.RefusalOfReopening()),
        ];
        return new CandidateGuide(Steps(c, estimate, chosenSupplier, culture), actions);
    }

    /// <summary>
    /// Done: screening passed, a quote chosen, a sample of it passed, approved. The current step is the first not done;
    /// what it lacks is the rule approval would be refused with there, and what holds that step up.
    /// </summary>
    private static List<FunnelStepState> Steps(Candidate c, ProfitEstimate estimate, SupplierDetails? chosenSupplier, CultureInfo culture)
    {
        (FunnelStep Step, bool Done, Rule?[] Missing)[] steps =
        [
            (FunnelStep.Screening, c.ScreeningPassed, [CandidateRules.ApprovalRequiresPassedScreening, c.RefusalOfPass(estimate)]),
            (FunnelStep.QuoteChosen, c.ChosenQuote is not null, [CandidateRules.ApprovalRequiresChosenQuote]),
            (FunnelStep.SamplePassed, c.HasPassedSample,
                [CandidateRules.ApprovalRequiresPassedSample, c.OpenSample is null ? null : CandidateRules.OneOpenSampleAtATime]),
            (FunnelStep.Approval, c.Stage == CandidateStage.Approved, [c.RefusalOfApproval(chosenSupplier)]),
        ];
        var current = Array.FindIndex(steps, s => !s.Done);
        // A rejected or shelved candidate stands still where it stopped: that comes first in what it lacks.
        var stopped = c.Stage is CandidateStage.Rejected or CandidateStage.Shelved ? c.RefusalWhenClosed() : null;
        return [.. steps.Select((s, i) => i == current
            ? new FunnelStepState(s.Step, StepStatus.Current,
                [.. new[] { stopped }.Concat(s.Missing).OfType<Rule>().Distinct().Select(r => RuleReason.Of(r, culture))])
            : new FunnelStepState(s.Step, s.Done ? StepStatus.Done : StepStatus.ToDo, []))];
    }
}

/// <summary>Completes every candidate the API sends with its guide for the caller: the settings in force, the quotes' suppliers as their records say now.</summary>
public sealed class CandidateGuideForCaller(TimeProvider time) : IViewForCaller<CandidateDetails>
{
    public async Task<CandidateDetails> CompleteAsync(CandidateDetails view, HttpContext http, IQuerySession reads, CancellationToken ct)
    {
        var candidate = view.ToCandidate();
        var policy = (await reads.CurrentAsync<SelectionSettings>(ct)).Settings;
        var supplierIds = candidate.Quotes.Select(q => q.SupplierId).Distinct().ToArray();
        var suppliers = supplierIds.Length == 0 ? [] : (await reads.LoadManyAsync<SupplierDetails>(ct, supplierIds)).ToDictionary(s => s.Id);
        var guide = CandidateGuidance.Guide(candidate, ProfitCalculator.Estimate(candidate.CurrentNumbers, policy), suppliers.GetValueOrDefault,
            http.User.IsInRole, time.GetUtcNow(), CultureInfo.CurrentUICulture);
        return view with { Guide = guide };
    }
}
