using FastEndpoints;
using JasperFx.Events;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Complaints;

public sealed record ConfirmComplaint(Guid ComplaintId, string? Comment, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/confirm</c>: the customer is satisfied with the result (an optional comment in
/// <c>note</c>). Only a resolved complaint awaits the customer (<c>complaint.not_awaiting_the_customer</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ConfirmComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ComplaintNoteRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/confirm");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
        Validator<ComplaintNoteValidator>();
    }

    public override Task HandleAsync(ComplaintNoteRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new ConfirmComplaint(request.Id, ComplaintNotes.Kept(request.Note), expected), ct);
}

public static class ConfirmComplaintHandler
{
    public static Outcome Handle(ConfirmComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IMessageContext context, TimeProvider time) =>
        complaint.Decide(command.ComplaintId, command.ExpectedVersion, c => c.Confirm(command.Comment, context.Actor(), time.GetUtcNow()));
}

public sealed record ReopenComplaint(Guid ComplaintId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/reopen</c>: the customer is not satisfied, and why: the complaint is back at work
/// against its original resolution deadline (already past it: breached at once). Only a resolved complaint awaits the
/// customer (<c>complaint.not_awaiting_the_customer</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ReopenComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ReasonRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/reopen");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new ReopenComplaint(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ReopenComplaintHandler
{
    public static Outcome Handle(ReopenComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IMessageContext context, TimeProvider time) =>
        complaint.Decide(command.ComplaintId, command.ExpectedVersion, c => c.Reopen(command.Reason, context.Actor(), time.GetUtcNow()));
}

public sealed record CloseComplaint(Guid ComplaintId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/close</c>: a complaint the customer confirmed is done
/// (<c>complaint.close_only_when_confirmed</c>); a repeat changes nothing. Honours <c>If-Match</c>.
/// </summary>
public sealed class CloseComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/close");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new CloseComplaint(request.Id, expected), ct);
}

public static class CloseComplaintHandler
{
    public static Outcome Handle(CloseComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IMessageContext context, TimeProvider time) =>
        complaint.Decide(command.ComplaintId, command.ExpectedVersion, c => c.Close(context.Actor(), time.GetUtcNow()));
}
