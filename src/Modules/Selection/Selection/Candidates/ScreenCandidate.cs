using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record ScreenCandidateRequest
{
    public Guid Id { get; init; }
    public ScreeningScores? Scores { get; init; }
    public Verdict? Verdict { get; init; }
    public string? Notes { get; init; }
}

public sealed class ScreenCandidateValidator : Validator<ScreenCandidateRequest>
{
    public ScreenCandidateValidator()
    {
        RuleFor(r => r.Scores!).NotNull().ChildRules(scores =>
        {
            scores.RuleFor(s => s.MarketPotential).InclusiveBetween(1, 5);
            scores.RuleFor(s => s.Competition).InclusiveBetween(1, 5);
            scores.RuleFor(s => s.QualityStability).InclusiveBetween(1, 5);
            scores.RuleFor(s => s.Differentiation).InclusiveBetween(1, 5);
            scores.RuleFor(s => s.TeamFit).InclusiveBetween(1, 5);
        });
        RuleFor(r => r.Verdict).NotNull().IsInEnum();
        RuleFor(r => r.Notes).MaximumLength(2000);
    }
}

public sealed record ScreenCandidate(Guid CandidateId, Guid ScreeningId, ScreeningScores Scores, Verdict Verdict, string? Notes, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/screening</c>: scores 1–5 and a verdict. The system estimates the profit with
/// the settings in force and stores the estimate with the screening. A pass below <c>minMarginPercent</c> needs an
/// ops-manager's override (<c>…/screening/override</c>) for that margin.
/// </summary>
public sealed class ScreenCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ScreenCandidateRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/screening");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(ScreenCandidateRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store,
            expected => new ScreenCandidate(request.Id, Guid.CreateVersion7(), request.Scores!, request.Verdict!.Value, request.Notes?.Trim(), expected), ct);
}

public static class ScreenCandidateHandler
{
    public static Outcome Handle(ScreenCandidate command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        SelectionSettings policy, IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.Screen(command.ScreeningId, command.Scores, command.Verdict,
            command.Notes, ProfitCalculator.Estimate(c.CurrentNumbers, policy), context.Actor(), time.GetUtcNow()));
}
