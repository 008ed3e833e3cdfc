using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Complaints;

/// <summary>A step on a complaint that may carry a note (an acknowledgement, the customer's comment when satisfied).</summary>
public sealed record ComplaintNoteRequest
{
    public Guid Id { get; init; }

    /// <summary>What was said, if worth keeping.</summary>
    public string? Note { get; init; }
}

public static class ComplaintNotes
{
    /// <summary>The note as kept: trimmed, or none when blank.</summary>
    public static string? Kept(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

public sealed class ComplaintNoteValidator : Validator<ComplaintNoteRequest>
{
    public ComplaintNoteValidator() => RuleFor(r => r.Note).MaximumLength(RegisterComplaintValidator.MaxTextLength);
}

public sealed record AcknowledgeComplaint(Guid ComplaintId, string? Note, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/acknowledge</c>: the customer is acknowledged (soothed) at once. Only a registered
/// complaint is acknowledged (<c>complaint.only_a_registered_complaint_is_acknowledged</c>); a repeat changes nothing.
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class AcknowledgeComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ComplaintNoteRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/acknowledge");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
    }

    public override Task HandleAsync(ComplaintNoteRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new AcknowledgeComplaint(request.Id, ComplaintNotes.Kept(request.Note), expected), ct);
}

public static class AcknowledgeComplaintHandler
{
    public static Outcome Handle(AcknowledgeComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IMessageContext context, TimeProvider time) =>
        complaint.Decide(command.ComplaintId, command.ExpectedVersion, c => c.Acknowledge(command.Note, context.Actor(), time.GetUtcNow()));
}
