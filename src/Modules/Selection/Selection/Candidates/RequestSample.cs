using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record RequestSampleRequest
{
    public Guid Id { get; init; }

    /// <summary>What to send or test, e.g. the improvements asked for after a failed sample.</summary>
    public string? Notes { get; init; }
}

public sealed class RequestSampleValidator : Validator<RequestSampleRequest>
{
    public RequestSampleValidator() => RuleFor(r => r.Notes).MaximumLength(2000);
}

public sealed record RequestSample(Guid CandidateId, Guid SampleId, string? Notes, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/samples</c>: a sample from the chosen quote's supplier; the candidate is then
/// sampling. One open sample at a time; after a failed one, a new sample may be requested.
/// </summary>
public sealed class RequestSampleEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RequestSampleRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/samples");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(RequestSampleRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store,
            expected => new RequestSample(request.Id, Guid.CreateVersion7(), request.Notes?.Trim(), expected), ct);
}

public static class RequestSampleHandler
{
    public static Outcome Handle(RequestSample command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion,
            c => c.RequestSample(command.SampleId, command.Notes, context.Actor(), time.GetUtcNow()));
}
