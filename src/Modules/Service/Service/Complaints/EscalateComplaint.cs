using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Service.Collaboration;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Complaints;

public sealed record EscalateComplaintRequest
{
    public Guid Id { get; init; }

    /// <summary>The responsible department, by its organisation code (e.g. product, logistics).</summary>
    public string Department { get; init; } = "";

    /// <summary>What customer service needs from that department.</summary>
    public string AssistanceNeeded { get; init; } = "";

    /// <summary>When customer service expects the problem solved (the store's local date, not past).</summary>
    public DateOnly? ExpectedResolutionDate { get; init; }
}

public sealed class EscalateComplaintValidator : Validator<EscalateComplaintRequest>
{
    public EscalateComplaintValidator()
    {
        RuleFor(r => r.Department).NotEmpty().DepartmentCode();
        RuleFor(r => r.AssistanceNeeded).NotEmpty().MaximumLength(RegisterComplaintValidator.MaxTextLength);
        RuleFor(r => r.ExpectedResolutionDate).NotNull();
    }
}

public sealed record EscalateComplaint(Guid ComplaintId, Guid RequestId, string Department, string AssistanceNeeded, DateOnly ExpectedResolutionDate,
    long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/complaints/{id}/escalate</c>: the complaint goes to the responsible department. In the same write,
/// customer service raises a collaboration request asking that department for help (its id is recorded as the escalation's
/// target), whose own response clock starts. In time when before the escalation deadline. Refused before acknowledgement
/// (<c>complaint.acknowledge_before_handling</c>), when escalated already (<c>complaint.already_escalated</c>) or no longer
/// at work (<c>complaint.not_at_work</c>); an expected date already past is refused as for any collaboration request.
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class EscalateComplaintEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<EscalateComplaintRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints/{id}/escalate");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
    }

    public override Task HandleAsync(EscalateComplaintRequest request, CancellationToken ct) =>
        this.UpdateAsync<ComplaintDetails>(bus, store, expected => new EscalateComplaint(request.Id, Guid.CreateVersion7(), request.Department,
            request.AssistanceNeeded.Trim(), request.ExpectedResolutionDate!.Value, expected), ct);
}

public static class EscalateComplaintHandler
{
    /// <summary>The department that raises the collaboration requests of complaints (the organisation's customer service).</summary>
    public const string CustomerService = "customer-service";

    public static async Task<(Outcome, OutgoingMessages)> Handle(EscalateComplaint command, [WriteAggregate(Required = false)] IEventStream<Complaint> complaint,
        IDocumentSession session, ServiceSettings policy, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        if (complaint.Aggregate is not { } before) return (new Outcome.NotFound(command.ComplaintId), []);
        if (await session.LoadAsync<StoreCalendarCopy>(before.StoreId, ct) is not { } calendar)
            return (new Outcome.Refused(ComplaintRules.StoreMustExist), []);

        var target = new EscalationTarget(EscalationKind.Collaboration, command.RequestId);
        if (before.Escalate(command.Department, target, by, now).Refusal is { } refused) return (new Outcome.Refused(refused), []);

        var intake = new CollaborationIntake(before.StoreId, CustomerService, command.Department,
            $"Complaint about order {before.OrderNumber}: {before.Problem}", command.AssistanceNeeded, command.ExpectedResolutionDate, before.Id);
        var request = CollaborationRequest.Raise(command.RequestId, intake, calendar.ToWorkingCalendar(), policy, by, now);
        // The request is refused (an expected date already past): so is the escalation, and nothing is written.
        if (request.Refusal is { } rule) return (new Outcome.Refused(rule), []);

        var outcome = complaint.Decide(command.ComplaintId, command.ExpectedVersion,
            c => c.Escalate(command.Department, target, by, now));
        if (outcome is not Outcome.Accepted) return (outcome, []);
        var raised = session.StartStream<CollaborationRequest>(command.RequestId, request, null, now);
        return (outcome, CollaborationDeadlines.Schedule(raised.Appended()));
    }
}
