using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Returns;

// Approving or rejecting a requested return: two small use cases of one record, kept together.

public sealed record ApproveReturn(Guid ReturnId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/returns/{id}/approve</c>: the return goes to logistics (<c>ReturnRequested</c>), which takes the
/// item back and reports its inspection. Only a requested return is approved (<c>return.already_decided</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ApproveReturnEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordRequest, CustomerReturnDetails>
{
    public override void Configure()
    {
        Post("/returns/{id}/approve");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<CustomerReturnDetails>(bus, store, expected => new ApproveReturn(request.Id, expected), ct);
}

public static class ApproveReturnHandler
{
    public static (Outcome, OutgoingMessages) Handle(ApproveReturn command, [WriteAggregate(nameof(ApproveReturn.ReturnId), Required = false)] IEventStream<CustomerReturn> stream,
        IMessageContext context, TimeProvider time)
    {
        var outcome = stream.Decide(command.ReturnId, command.ExpectedVersion, r => r.Approve(context.Actor(), time.GetUtcNow()));
        var messages = new OutgoingMessages();
        if (outcome.Appended().OfType<ReturnRequestApproved>().Any()) messages.Add(stream.Aggregate!.Announcement());
        return (outcome, messages);
    }
}

public sealed record RejectReturn(Guid ReturnId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/returns/{id}/reject</c>: the request is refused, with the reason the customer is told; logistics
/// hears nothing. Only a requested return is rejected (<c>return.already_decided</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class RejectReturnEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ReasonRequest, CustomerReturnDetails>
{
    public override void Configure()
    {
        Post("/returns/{id}/reject");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<CustomerReturnDetails>(bus, store, expected => new RejectReturn(request.Id, request.Reason.Trim(), expected), ct);
}

public static class RejectReturnHandler
{
    public static Outcome Handle(RejectReturn command, [WriteAggregate(nameof(RejectReturn.ReturnId), Required = false)] IEventStream<CustomerReturn> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReturnId, command.ExpectedVersion, r => r.Reject(command.Reason, context.Actor(), time.GetUtcNow()));
}
