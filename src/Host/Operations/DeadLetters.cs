using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Ops.Host.Operations;

/// <summary>The host's own operations, <c>/api/ops</c>: what keeps the modules' messaging running, for an administrator.</summary>
public sealed class OpsGroup : Group
{
    public const string Tag = "Ops";

    public OpsGroup() => Configure("ops", ep => ep.Description(d => d.WithTags(Tag)));
}

/// <summary>
/// A message Wolverine gave up on (ADR 0008): which message, the exception of its last attempt, when it was sent and
/// when it failed, and how many attempts it had.
/// </summary>
public sealed record DeadLetter(
    Guid Id,
    string MessageType,
    string ExceptionType,
    string ExceptionMessage,
    DateTimeOffset SentAt,
    DateTimeOffset? FailedAt,
    int Attempts,
    bool ReplayRequested);

public sealed record ListDeadLettersRequest
{
    [QueryParam] public int Page { get; init; } = 1;
    [QueryParam] public int PageSize { get; init; } = 20;
}

public sealed class ListDeadLettersValidator : Validator<ListDeadLettersRequest>
{
    public ListDeadLettersValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}

/// <summary><c>GET /api/ops/dead-letters</c>: the dead-letter queue shared by every module, oldest first.</summary>
public sealed class ListDeadLettersEndpoint(IWolverineRuntime runtime) : Endpoint<ListDeadLettersRequest, Page<DeadLetter>>
{
    public override void Configure()
    {
        Get("/dead-letters");
        Group<OpsGroup>();
        Roles(Role.Admin, Role.Auditor);
        Summary(s =>
        {
            s.Summary = "List the dead-letter queue";
            s.Description = "Messages every retry failed for, oldest first, with the exception of their last attempt. Replay one once its cause is removed.";
        });
    }

    public override async Task HandleAsync(ListDeadLettersRequest request, CancellationToken ct)
    {
        var results = await runtime.Storage.DeadLetters.QueryAsync(
            new DeadLetterEnvelopeQuery { PageNumber = request.Page, PageSize = request.PageSize }, ct);
        var total = (await runtime.Storage.Admin.FetchCountsAsync()).DeadLetter;
        await Send.OkAsync(new Page<DeadLetter>([.. results.Envelopes.Select(Describe)], request.Page, request.PageSize, total,
            (total + request.PageSize - 1) / request.PageSize), ct);
    }

    private static DeadLetter Describe(DeadLetterEnvelope letter) => new(letter.Id, letter.MessageType, letter.ExceptionType,
        letter.ExceptionMessage, letter.SentAt, letter.FailedAt, letter.Envelope.Attempts, letter.Replayable);
}

/// <summary>
/// <c>POST /api/ops/dead-letters/{id}/replay</c>: the message goes back to its queue and is handled again, under the
/// policy that dead-lettered it; Wolverine's durability agent moves it within seconds.
/// </summary>
public sealed class ReplayDeadLetterEndpoint(IWolverineRuntime runtime) : Endpoint<RecordRequest>
{
    public override void Configure()
    {
        Post("/dead-letters/{id}/replay");
        Group<OpsGroup>();
        Roles(Role.Admin);
        Summary(s =>
        {
            s.Summary = "Replay a dead letter";
            s.Description = "Hands the message back to its queue to be handled again. Remove the cause first: it fails the same way otherwise.";
        });
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(request.Id) is null)
        {
            await Ops.Shared.Http.Problems.NotFoundAsync(HttpContext, "dead letter", request.Id, ct);
            return;
        }
        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery { MessageIds = [request.Id] }, ct);
        await Send.NoContentAsync(ct);
    }
}
