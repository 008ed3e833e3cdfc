using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record ShelveCandidate(Guid CandidateId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/shelve</c>, with a reason: put aside at any stage before approval, to be
/// reopened where it stood.
/// </summary>
public sealed class ShelveCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/shelve");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new ShelveCandidate(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ShelveCandidateHandler
{
    public static Outcome Handle(ShelveCandidate command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.Shelve(command.Reason, context.Actor(), time.GetUtcNow()));
}
