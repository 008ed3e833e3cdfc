using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record OverrideScreeningMargin(Guid CandidateId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/screening/override</c> by an <c>ops-manager</c>, with a reason: screening may
/// pass at the margin the system estimates now, below <c>minMarginPercent</c>. The override records that margin; if
/// the numbers or settings later lower it further, a new override is needed.
/// </summary>
public sealed class OverrideScreeningMarginEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/screening/override");
        Group<SelectionGroup>();
        Roles(CandidateRoles.MarginOverriders);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new OverrideScreeningMargin(request.Id, request.Reason.Trim(), expected), ct);
}

public static class OverrideScreeningMarginHandler
{
    public static Outcome Handle(OverrideScreeningMargin command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        SelectionSettings policy, IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.OverrideScreeningMargin(command.Reason,
            ProfitCalculator.Estimate(c.CurrentNumbers, policy), context.Actor(), time.GetUtcNow()));
}
