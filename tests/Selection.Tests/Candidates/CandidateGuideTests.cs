using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

/// <summary>
/// The candidate page's guide: the funnel's steps, and each action offered or refused with the rule's code. What it
/// offers, the API accepts; what it refuses, the API refuses with that code (or, for a repeat, accepts without change).
/// </summary>
public sealed class CandidateGuideTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly string[] RoleRules =
        [CandidateRules.OnlyProductOpsManagerOrAdminChangeCandidates.Code, CandidateRules.OnlyOpsManagerOverridesMargin.Code];

    /// <summary>Given-states, each built afresh through the API whenever asked.</summary>
    private Func<Task<CandidateDetails>> Given(string state) => state switch
    {
        "proposed" => () => App.Proposed(),
        "proposed below the minimum margin" => () => App.Proposed(LowMarginCandidate()),
        "overridden below the minimum margin" => async () =>
            await App.Post((await App.Proposed(LowMarginCandidate())).Id, "screening/override", WithReason, Role.OpsManager).Ok<CandidateDetails>(),
        "screened" => () => App.Screened(),
        "sourcing" => () => App.Sourcing(),
        "quote chosen" => () => App.Chosen(),
        "sampling" => () => App.Sampling(),
        "sample failed" => async () =>
        {
            var c = await App.Sampling();
            return await App.RecordResults(c.Id, c.Samples.Single().SampleId, Verdict.Fail).Ok<CandidateDetails>();
        },
        "sample passed" => () => App.SamplePassed(),
        "approved" => () => App.ApprovedCandidate(),
        "rejected" => async () => await App.Post((await App.Sourcing()).Id, "reject", WithReason).Ok<CandidateDetails>(),
        "shelved" => async () => await App.Post((await App.Sampling()).Id, "shelve", WithReason).Ok<CandidateDetails>(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static TheoryData<string> States() =>
    [
        "proposed", "proposed below the minimum margin", "overridden below the minimum margin", "screened", "sourcing", "quote chosen",
        "sampling", "sample failed", "sample passed", "approved", "rejected", "shelved",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task what_the_guide_refuses_the_api_refuses_with_the_same_code(string state)
    {
        var supplier = await App.Approved();
        var candidate = await Given(state)();

        foreach (var role in new[] { Role.Product, Role.OpsManager, Role.Auditor })
        {
            var guide = await GuideFor(candidate.Id, role);
            foreach (var option in guide.Actions.Where(o => !o.Allowed))
            {
                var reason = option.Reason.ShouldNotBeNull();
                var result = await Take(option, candidate.Id, role, supplier.Id);
                var status = result.Context.Response.StatusCode;
                var because = $"{state}, {role}: {option.Action} refused with {reason.Code}";
                if (RoleRules.Contains(reason.Code)) status.ShouldBe(403, because);
                else if (status == 200) (await result.ReadAsJsonAsync<CandidateDetails>())!.Version.ShouldBe(candidate.Version, $"{because} is a repeat");
                else
                {
                    status.ShouldBe(409, because);
                    (await result.ReadAsJsonAsync<Ops.Shared.Http.Problem>())!.Code.ShouldBe(reason.Code, because);
                }
            }
            foreach (var option in guide.Actions.Where(o => o.Caveat is not null))
                (await Take(option, candidate.Id, role, supplier.Id, passScreening: true)).Context.Response.StatusCode.ShouldBe(409);
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task what_the_guide_offers_the_api_accepts(string state)
    {
        var supplier = await App.Approved();
        var offered = (await GuideFor((await Given(state)()).Id, Role.OpsManager)).Actions
            .Select((option, index) => (option, index)).Where(o => o.option.Allowed).Select(o => o.index).ToList();

        foreach (var index in offered)
        {
            // Each offered action on a candidate of its own, as the guide offered it there.
            var candidate = await Given(state)();
            var option = (await GuideFor(candidate.Id, Role.OpsManager)).Actions[index];
            option.Allowed.ShouldBeTrue();

            var result = await Take(option, candidate.Id, Role.OpsManager, supplier.Id);

            await result.ShouldHaveStatus(200);
            (await result.ReadAsJsonAsync<CandidateDetails>())!.Version.ShouldBe(candidate.Version + 1, $"{state}: {option.Action}");
        }
    }

    [Fact]
    public async Task a_sampling_candidate_stands_at_the_sample_step_waiting_for_its_results()
    {
        var candidate = await App.Sampling();
        var (quote, sample) = (candidate.Quotes.Single().QuoteId, candidate.Samples.Single().SampleId);

        var guide = await GuideFor(candidate.Id, Role.Product);

        guide.Steps.Select(s => (s.Step, s.Status, Codes(s.Missing))).ShouldBe([
            (FunnelStep.Screening, StepStatus.Done, ""),
            (FunnelStep.QuoteChosen, StepStatus.Done, ""),
            (FunnelStep.SamplePassed, StepStatus.Current, "candidate.approval_requires_passed_sample candidate.one_open_sample_at_a_time"),
            (FunnelStep.Approval, StepStatus.ToDo, ""),
        ]);
        guide.Actions.Select(a => (a.Action, a.TargetId, a.Allowed, a.Reason?.Code)).ShouldBe([
            (CandidateAction.Screen, null, false, CandidateRules.ScreeningOnlyWhileProposed.Code),
            (CandidateAction.OverrideScreeningMargin, null, false, CandidateRules.OnlyOpsManagerOverridesMargin.Code),
            (CandidateAction.RecordQuote, null, true, null),
            (CandidateAction.ChooseQuote, quote, false, CandidateRules.QuoteChosenAlready.Code),
            (CandidateAction.RequestSample, null, false, CandidateRules.OneOpenSampleAtATime.Code),
            (CandidateAction.RecordSampleResults, sample, true, null),
            (CandidateAction.Approve, null, false, CandidateRules.ApprovalRequiresPassedSample.Code),
            (CandidateAction.Reject, null, true, null),
            (CandidateAction.Shelve, null, true, null),
            (CandidateAction.Reopen, null, false, CandidateRules.OnlyShelvedCanBeReopened.Code),
        ]);
    }

    [Fact]
    public async Task below_the_minimum_margin_a_screening_is_offered_but_a_pass_waits_for_an_ops_managers_override()
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        var guide = await GuideFor(candidate.Id, Role.OpsManager);

        Option(guide, CandidateAction.Screen).ShouldSatisfyAllConditions(
            o => o.Allowed.ShouldBeTrue(), o => o.Caveat.ShouldNotBeNull().Code.ShouldBe(CandidateRules.ScreeningMarginBelowMinimum.Code));
        Option(guide, CandidateAction.OverrideScreeningMargin).Allowed.ShouldBeTrue();
        Codes(guide.Steps[0].Missing).ShouldBe("candidate.approval_requires_passed_screening candidate.screening_margin_below_minimum");
        Option(await GuideFor(candidate.Id, Role.Product), CandidateAction.OverrideScreeningMargin).Reason.ShouldNotBeNull()
            .Code.ShouldBe(CandidateRules.OnlyOpsManagerOverridesMargin.Code);

        var overridden = await App.Post(candidate.Id, "screening/override", WithReason, Role.OpsManager).Ok<CandidateDetails>();

        // The answer to the command carries the guide as it is now.
        Option(overridden.Guide.ShouldNotBeNull(), CandidateAction.Screen).Caveat.ShouldBeNull();
        Option(overridden.Guide, CandidateAction.OverrideScreeningMargin).Reason.ShouldNotBeNull()
            .Code.ShouldBe(CandidateRules.MarginOverrideCoversEstimate.Code);
        Codes(overridden.Guide.Steps[0].Missing).ShouldBe("candidate.approval_requires_passed_screening");
    }

    [Fact]
    public async Task the_guide_reads_the_clock_and_the_suppliers_record_as_the_commands_do()
    {
        var candidate = await App.SamplePassed();
        var screened = await App.Screened(NewCandidate("Pet bowl set"));
        var lastDay = new DateOnly(2030, 11, 10);
        var quoted = await App.Quote(screened.Id, NewQuote((await App.Approved()).Id, validUntil: lastDay)).Ok<CandidateDetails>();
        Option(await GuideFor(quoted.Id, Role.Product), CandidateAction.ChooseQuote).Allowed.ShouldBeTrue();

        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 11, 0, 0, 0, TimeSpan.Zero));
        await App.Decide(candidate.ChosenQuote!.SupplierId, "suspend", new { reason = "Late deliveries" }).Ok<SupplierDetails>();

        Option(await GuideFor(quoted.Id, Role.Product), CandidateAction.ChooseQuote).Reason.ShouldNotBeNull()
            .Code.ShouldBe(CandidateRules.QuoteExpired.Code);
        var approval = await GuideFor(candidate.Id, Role.Product);
        Option(approval, CandidateAction.Approve).Reason.ShouldNotBeNull().Code.ShouldBe(CandidateRules.QuoteSupplierSuspended.Code);
        approval.Steps.Select(s => (s.Status, Codes(s.Missing))).Last().ShouldBe((StepStatus.Current, "candidate.quote_supplier_suspended"));
    }

    [Fact]
    public async Task a_reader_is_offered_nothing_and_told_who_may()
    {
        var candidate = await App.Proposed(LowMarginCandidate());

        var guide = await GuideFor(candidate.Id, Role.Staff);

        guide.Actions.ShouldAllBe(a => !a.Allowed);
        guide.Actions.Select(a => a.Reason!.Code).Distinct().ShouldBe(RoleRules, ignoreOrder: true);
        Option(guide, CandidateAction.Screen).Caveat.ShouldBeNull();
    }

    [Fact]
    public async Task a_shelved_candidate_stands_where_it_stopped_and_the_rules_text_follows_the_language()
    {
        var shelved = await App.Post((await App.Chosen()).Id, "shelve", WithReason).Ok<CandidateDetails>();

        var guide = (await App.As(Role.Product, x =>
        {
            x.Get.Url($"{CandidatesUrl}/{shelved.Id}");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).Ok<CandidateDetails>()).Guide.ShouldNotBeNull();

        var step = guide.Steps.Single(s => s.Status == StepStatus.Current);
        step.Step.ShouldBe(FunnelStep.SamplePassed);
        step.Missing.Select(m => (m.Code, m.Message)).ShouldBe([
            (CandidateRules.ShelvedMustBeReopenedFirst.Code, CandidateRules.ShelvedMustBeReopenedFirst.ChineseMessage!),
            (CandidateRules.ApprovalRequiresPassedSample.Code, CandidateRules.ApprovalRequiresPassedSample.ChineseMessage!),
        ]);
        Option(guide, CandidateAction.Reopen).Allowed.ShouldBeTrue();
    }

    [Fact]
    public async Task a_candidate_read_as_it_was_carries_no_guide()
    {
        var candidate = await App.Screened();

        var earlier = await As(Role.Product, x => x.Get.Url($"{CandidatesUrl}/{candidate.Id}?version=1")).Ok<CandidateDetails>();

        (earlier.Stage, earlier.Guide).ShouldBe((CandidateStage.Proposed, null));
        candidate.Guide.ShouldNotBeNull();
    }

    [Fact]
    public async Task the_guide_decides_on_the_state_the_commands_decide_on()
    {
        // An override, a failed and a passed screening, a failed sample and a second one, then shelved and rejected.
        var candidate = await App.Proposed(LowMarginCandidate());
        await App.Post(candidate.Id, "screening", Screening(Verdict.Fail)).Ok<CandidateDetails>();
        await App.Post(candidate.Id, "screening/override", WithReason, Role.OpsManager).Ok<CandidateDetails>();
        await App.Post(candidate.Id, "screening", Screening()).Ok<CandidateDetails>();
        var quoted = await App.Quote(candidate.Id, NewQuote((await App.Approved()).Id)).Ok<CandidateDetails>();
        await App.Choose(candidate.Id, quoted.Quotes.Single().QuoteId).Ok<CandidateDetails>();
        var first = (await App.Post(candidate.Id, "samples").Ok<CandidateDetails>()).Samples.Single().SampleId;
        await App.RecordResults(candidate.Id, first, Verdict.Fail).Ok<CandidateDetails>();
        await App.Post(candidate.Id, "samples").Ok<CandidateDetails>();
        var shelved = await App.Post(candidate.Id, "shelve", WithReason).Ok<CandidateDetails>();
        var rejected = await App.Post(candidate.Id, "reject", WithReason).Ok<CandidateDetails>();

        // Compared as JSON: the same values, whichever list types hold them.
        Json(await Replayed(candidate.Id, shelved.Version)).ShouldBe(Json(shelved.ToCandidate()));
        Json(await Replayed(candidate.Id, rejected.Version)).ShouldBe(Json(rejected.ToCandidate()));
    }

    private static string Json(Candidate candidate) => JsonSerializer.Serialize(candidate);

    private async Task<Candidate> Replayed(Guid id, long version)
    {
        await using var session = App.Host.Services.GetRequiredService<ISelectionStore>().QuerySession();
        return (await session.Events.AggregateStreamAsync<Candidate>(id, version))!;
    }

    private async Task<CandidateGuide> GuideFor(Guid id, string role) =>
        (await As(role, x => x.Get.Url($"{CandidatesUrl}/{id}")).Ok<CandidateDetails>()).Guide.ShouldNotBeNull();

    private static ActionOption Option(CandidateGuide guide, CandidateAction action) => guide.Actions.First(a => a.Action == action);

    private static string Codes(IEnumerable<RuleReason> reasons) => string.Join(' ', reasons.Select(r => r.Code));

    /// <summary>The command behind an option, with a valid body, as <paramref name="role"/>.</summary>
    private Task<IScenarioResult> Take(ActionOption option, Guid id, string role, Guid supplierId, bool passScreening = false) => option.Action switch
    {
        // A fail is always recorded; a pass is what the caveat is about.
        CandidateAction.Screen => App.Post(id, "screening", Screening(passScreening || option.Caveat is null ? Verdict.Pass : Verdict.Fail), role),
        CandidateAction.OverrideScreeningMargin => App.Post(id, "screening/override", WithReason, role),
        CandidateAction.RecordQuote => App.Post(id, "quotes", NewQuote(supplierId), role),
        CandidateAction.ChooseQuote => App.Post(id, $"quotes/{option.TargetId}/choose", role: role),
        CandidateAction.RequestSample => App.Post(id, "samples", new { notes = "Two more units" }, role),
        CandidateAction.RecordSampleResults => App.Post(id, $"samples/{option.TargetId}/results", Results(Verdict.Pass), role),
        CandidateAction.Approve => App.Post(id, "approve", role: role),
        CandidateAction.Reject => App.Post(id, "reject", WithReason, role),
        CandidateAction.Shelve => App.Post(id, "shelve", WithReason, role),
        CandidateAction.Reopen => App.Post(id, "reopen", role: role),
        _ => throw new ArgumentOutOfRangeException(nameof(option)),
    };
}
