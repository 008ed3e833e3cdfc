using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Collaboration;

public sealed record ApproveCollaborationRequestRequest
{
    public Guid Id { get; init; }

    /// <summary>The department that helps, by its organisation code.</summary>
    public string HelpingDepartment { get; init; } = "";

    /// <summary>The login (e-mail address) of the person who owns the work; only they post progress and the result.</summary>
    public string Owner { get; init; } = "";
}

public sealed class ApproveCollaborationRequestValidator : Validator<ApproveCollaborationRequestRequest>
{
    public ApproveCollaborationRequestValidator()
    {
        RuleFor(r => r.HelpingDepartment).NotEmpty().DepartmentCode();
        RuleFor(r => r.Owner).NotEmpty().MaximumLength(200).EmailAddress();
    }
}

public sealed record ApproveCollaborationRequest(Guid CollaborationRequestId, string HelpingDepartment, string Owner, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/approve</c>: a manager approves, assigning the helping department
/// and the owner. The request's first response: whether it came within <c>collaborationResponseHours</c> and the business
/// hours it took are recorded. Only a raised request is answered (<c>collaboration.not_awaiting_approval</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ApproveCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus)
    : Endpoint<ApproveCollaborationRequestRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/approve");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Managers);
    }

    public override Task HandleAsync(ApproveCollaborationRequestRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store,
            expected => new ApproveCollaborationRequest(request.Id, request.HelpingDepartment, request.Owner.Trim().ToLowerInvariant(), expected), ct);
}

public static class ApproveCollaborationRequestHandler
{
    public static async Task<Outcome> Handle(ApproveCollaborationRequest command,
        [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var calendar = await CalendarOf(session, request.Aggregate, ct);
        return request.Decide(command.CollaborationRequestId, command.ExpectedVersion,
            r => r.Approve(command.HelpingDepartment, command.Owner, calendar, context.Actor(), time.GetUtcNow()));
    }

    /// <summary>The calendar of the request's store (the one it was raised with; service never forgets a store).</summary>
    internal static async Task<WorkingCalendar> CalendarOf(IDocumentSession session, CollaborationRequest? request, CancellationToken ct) =>
        request is not null && await session.LoadAsync<StoreCalendarCopy>(request.StoreId, ct) is { } copy
            ? copy.ToWorkingCalendar()
            : WorkingCalendar.For("UTC");
}

public sealed record DeclineCollaborationRequest(Guid CollaborationRequestId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/decline</c>: a manager declines, and why; the first response, timed
/// like an approval. Only a raised request is answered (<c>collaboration.not_awaiting_approval</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class DeclineCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ReasonRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/decline");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Managers);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store, expected => new DeclineCollaborationRequest(request.Id, request.Reason.Trim(), expected), ct);
}

public static class DeclineCollaborationRequestHandler
{
    public static async Task<Outcome> Handle(DeclineCollaborationRequest command,
        [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var calendar = await ApproveCollaborationRequestHandler.CalendarOf(session, request.Aggregate, ct);
        return request.Decide(command.CollaborationRequestId, command.ExpectedVersion, r => r.Decline(command.Reason, calendar, context.Actor(), time.GetUtcNow()));
    }
}
