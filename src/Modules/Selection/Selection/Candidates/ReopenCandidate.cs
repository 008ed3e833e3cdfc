using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record ReopenCandidate(Guid CandidateId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/reopen</c>: a shelved candidate goes back to the stage it was shelved from,
/// with its screening, quotes and samples as they were, so no work is done twice.
/// </summary>
public sealed class ReopenCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RecordRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/reopen");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new ReopenCandidate(request.Id, expected), ct);
}

public static class ReopenCandidateHandler
{
    public static Outcome Handle(ReopenCandidate command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.Reopen(context.Actor(), time.GetUtcNow()));
}
