using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Collaboration;

/// <summary>A text posted on a request: the owner's progress or result, or the raising side's further requests.</summary>
public sealed record CollaborationTextRequest
{
    public Guid Id { get; init; }
    public string Text { get; init; } = "";
}

public sealed class CollaborationTextValidator : Validator<CollaborationTextRequest>
{
    public CollaborationTextValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(RaiseCollaborationRequestValidator.MaxTextLength);
}

public sealed record PostCollaborationProgress(Guid CollaborationRequestId, string Text, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/progress</c>: the owner reports progress; the request is in progress.
/// Only the owner (<c>collaboration.only_the_owner_reports</c>), only while the request is with them
/// (<c>collaboration.not_with_the_owner</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class PostCollaborationProgressEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<CollaborationTextRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/progress");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Departments);
    }

    public override Task HandleAsync(CollaborationTextRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store, expected => new PostCollaborationProgress(request.Id, request.Text.Trim(), expected), ct);
}

public static class PostCollaborationProgressHandler
{
    public static Outcome Handle(PostCollaborationProgress command, [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request,
        IMessageContext context, TimeProvider time) =>
        request.Decide(command.CollaborationRequestId, command.ExpectedVersion, r => r.PostProgress(command.Text, context.Actor(), time.GetUtcNow()));
}

public sealed record ResolveCollaborationRequest(Guid CollaborationRequestId, string Result, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/resolve</c>: the owner reports the result (in <c>text</c>); the raising
/// side then confirms or reopens. The same rules as progress. Honours <c>If-Match</c>.
/// </summary>
public sealed class ResolveCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<CollaborationTextRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/resolve");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Departments);
        Validator<CollaborationTextValidator>();
    }

    public override Task HandleAsync(CollaborationTextRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store, expected => new ResolveCollaborationRequest(request.Id, request.Text.Trim(), expected), ct);
}

public static class ResolveCollaborationRequestHandler
{
    public static Outcome Handle(ResolveCollaborationRequest command, [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request,
        IMessageContext context, TimeProvider time) =>
        request.Decide(command.CollaborationRequestId, command.ExpectedVersion, r => r.Resolve(command.Result, context.Actor(), time.GetUtcNow()));
}

public sealed record ConfirmCollaborationRequestRequest
{
    public Guid Id { get; init; }

    /// <summary>How well the helping department cooperated, 1 (poorly) to 5 (very well).</summary>
    public int? CooperationRating { get; init; }

    /// <summary>How well the problem was solved, 1 (not at all) to 5 (fully).</summary>
    public int? EffectRating { get; init; }

    public string? Comment { get; init; }
}

public sealed class ConfirmCollaborationRequestValidator : Validator<ConfirmCollaborationRequestRequest>
{
    public ConfirmCollaborationRequestValidator()
    {
        RuleFor(r => r.CooperationRating).NotNull().InclusiveBetween(1, 5);
        RuleFor(r => r.EffectRating).NotNull().InclusiveBetween(1, 5);
        RuleFor(r => r.Comment).MaximumLength(RaiseCollaborationRequestValidator.MaxTextLength);
    }
}

public sealed record ConfirmCollaborationRequest(Guid CollaborationRequestId, int CooperationRating, int EffectRating, string? Comment, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/confirm</c>: the raising side confirms the result and assesses the
/// help (cooperation and effect, 1–5); with the timeliness of the first response it is published as
/// <c>CollaborationResolved</c> for performance. Only whoever raised it, or the operations manager
/// (<c>collaboration.only_the_raising_side_assesses</c>), only once resolved (<c>collaboration.not_awaiting_confirmation</c>).
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class ConfirmCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus)
    : Endpoint<ConfirmCollaborationRequestRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/confirm");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Departments);
    }

    public override Task HandleAsync(ConfirmCollaborationRequestRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store, expected => new ConfirmCollaborationRequest(request.Id, request.CooperationRating!.Value,
            request.EffectRating!.Value, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), CollaborationRoles.IsManager(User), expected), ct);
}

public static class ConfirmCollaborationRequestHandler
{
    public static (Outcome, OutgoingMessages) Handle(ConfirmCollaborationRequest command,
        [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request, IMessageContext context, TimeProvider time)
    {
        var outcome = request.Decide(command.CollaborationRequestId, command.ExpectedVersion, r => r.Confirm(command.CooperationRating, command.EffectRating,
            command.Comment, context.Actor(), command.ByManager, time.GetUtcNow()));
        var messages = new OutgoingMessages();
        if (request.Aggregate is { } before)
            foreach (var confirmed in outcome.Appended().OfType<CollaborationRequestConfirmed>())
                messages.Add(new Contracts.CollaborationResolved(before.Id, before.RaisingDepartment, before.HelpingDepartment!, before.Owner!,
                    before.RaisedAt, before.RespondedAt!.Value, before.RespondedInTime!.Value, before.ResponseHours!.Value, confirmed.CooperationRating,
                    confirmed.EffectRating, confirmed.ConfirmedAt));
        return (outcome, messages);
    }
}

public sealed record ReopenCollaborationRequest(Guid CollaborationRequestId, string FurtherRequests, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/collaboration-requests/{id}/reopen</c>: the raising side is not content and says what more it
/// needs (in <c>text</c>); the request is back with its owner. The same rules as confirming. Honours <c>If-Match</c>.
/// </summary>
public sealed class ReopenCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<CollaborationTextRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests/{id}/reopen");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Departments);
        Validator<CollaborationTextValidator>();
    }

    public override Task HandleAsync(CollaborationTextRequest request, CancellationToken ct) =>
        this.UpdateAsync<CollaborationRequestDetails>(bus, store, expected => new ReopenCollaborationRequest(request.Id, request.Text.Trim(), CollaborationRoles.IsManager(User), expected), ct);
}

public static class ReopenCollaborationRequestHandler
{
    public static Outcome Handle(ReopenCollaborationRequest command, [WriteAggregate(Required = false)] IEventStream<CollaborationRequest> request,
        IMessageContext context, TimeProvider time) =>
        request.Decide(command.CollaborationRequestId, command.ExpectedVersion,
            r => r.Reopen(command.FurtherRequests, context.Actor(), command.ByManager, time.GetUtcNow()));
}
