using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Complaints;

public sealed record ResolveComplaintRequest
{
    public Guid Id { get; init; }

    /// <summary>The result as told to the customer.</summary>
    public string Result { get; init; } = "";
}

public sealed class ResolveComplaintValidator : Validator<ResolveComplaintRequest>
{
    public ResolveComplaintValidator() => RuleFor(r => r.Result).NotEmpty().MaximumLength(RegisterComplaintValidator.MaxTextLength);
}

public sealed record ResolveComplaint(Guid ComplaintId, string Result, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/resolve</c>: the customer is told the result and asked whether they are satisfied.
/// Handled in time when before the resolution deadline (recorded as <c>handledInTime</c>, published as
/// <c>ComplaintResolved</c>). An acknowledged complaint may be resolved without escalating it: its escalation clock then
/// stops as met. Refused before acknowledgement (<c>complaint.acknowledge_before_handling</c>) and once resolved
/// (<c>complaint.not_at_work</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ResolveComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ResolveComplaintRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/resolve");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
    }

    public override Task HandleAsync(ResolveComplaintRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new ResolveComplaint(request.Id, request.Result.Trim(), expected), ct);
}

public static class ResolveComplaintHandler
{
    public static (Outcome, OutgoingMessages) Handle(ResolveComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IMessageContext context, TimeProvider time)
    {
        var outcome = complaint.Decide(command.ComplaintId, command.ExpectedVersion, c => c.Resolve(command.Result, context.Actor(), time.GetUtcNow()));
        return (outcome, ComplaintAnnouncements.PublishedBy(complaint.Aggregate, outcome));
    }
}
