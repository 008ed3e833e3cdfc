using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record RejectCandidate(Guid CandidateId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/selection/candidates/{id}/reject</c>, with a reason, at any stage before approval (shelved too). Final.</summary>
public sealed class RejectCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/reject");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new RejectCandidate(request.Id, request.Reason.Trim(), expected), ct);
}

public static class RejectCandidateHandler
{
    public static Outcome Handle(RejectCandidate command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.Reject(command.Reason, context.Actor(), time.GetUtcNow()));
}
