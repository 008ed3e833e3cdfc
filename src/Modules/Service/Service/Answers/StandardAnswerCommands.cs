using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Answers;

// Approving and retiring: the operations manager's decisions (the service agents report to them, organisation seed).

public sealed record ApproveStandardAnswer(Guid StandardAnswerId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/answers/{id}/approve</c>: the pending draft becomes the approved version that responses cite,
/// superseding the one before. Nothing pending changes nothing; a retired answer is refused
/// (<c>answer.retired_cannot_be_approved</c>). Operations manager only. Honours <c>If-Match</c>.
/// </summary>
public sealed class ApproveStandardAnswerEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordRequest, StandardAnswerDetails>
{
    public override void Configure()
    {
        Post("/answers/{id}/approve");
        Group<ServiceGroup>();
        Roles(Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<StandardAnswerDetails>(bus, store, expected => new ApproveStandardAnswer(request.Id, expected), ct);
}

public static class ApproveStandardAnswerHandler
{
    public static Outcome Handle(ApproveStandardAnswer command, [WriteAggregate(Required = false)] IEventStream<StandardAnswer> answer,
        IMessageContext context, TimeProvider time) =>
        answer.Decide(command.StandardAnswerId, command.ExpectedVersion, a => a.Approve(context.Actor(), time.GetUtcNow()));
}

public sealed record RetireStandardAnswer(Guid StandardAnswerId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/answers/{id}/retire</c>: the answer may no longer be cited (a pending draft is dropped); the
/// responses that cited it keep what they cited. Only an approved answer is retired
/// (<c>answer.only_approved_can_be_retired</c>). Operations manager only. Honours <c>If-Match</c>.
/// </summary>
public sealed class RetireStandardAnswerEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ReasonRequest, StandardAnswerDetails>
{
    public override void Configure()
    {
        Post("/answers/{id}/retire");
        Group<ServiceGroup>();
        Roles(Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<StandardAnswerDetails>(bus, store, expected => new RetireStandardAnswer(request.Id, request.Reason.Trim(), expected), ct);
}

public static class RetireStandardAnswerHandler
{
    public static Outcome Handle(RetireStandardAnswer command, [WriteAggregate(Required = false)] IEventStream<StandardAnswer> answer,
        IMessageContext context, TimeProvider time) =>
        answer.Decide(command.StandardAnswerId, command.ExpectedVersion, a => a.Retire(command.Reason, context.Actor(), time.GetUtcNow()));
}
