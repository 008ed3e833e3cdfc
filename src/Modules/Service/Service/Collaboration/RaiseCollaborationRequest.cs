using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Collaboration;

public sealed record RaiseCollaborationRequestRequest
{
    /// <summary>The store the request concerns: its business hours count the response time.</summary>
    public Guid StoreId { get; init; }

    /// <summary>The department asking for help, by its organisation code, e.g. customer-service.</summary>
    public string RaisingDepartment { get; init; } = "";

    /// <summary>The department asked for help, if the raiser knows it; the approving manager assigns the helping one.</summary>
    public string? RequestedDepartment { get; init; }

    public string Problem { get; init; } = "";
    public string AssistanceNeeded { get; init; } = "";

    /// <summary>When the raising department expects the problem solved (the store's local date, not past).</summary>
    public DateOnly? ExpectedResolutionDate { get; init; }

    public CollaborationIntake ToIntake() => new(StoreId, RaisingDepartment, string.IsNullOrWhiteSpace(RequestedDepartment) ? null : RequestedDepartment,
        Problem.Trim(), AssistanceNeeded.Trim(), ExpectedResolutionDate!.Value, null);
}

/// <summary>The rules a department code follows (the organisation's: lower-case words joined by hyphens).</summary>
public static class DepartmentCodes
{
    public const string Pattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public static IRuleBuilderOptions<T, string?> DepartmentCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(50).Matches(Pattern).WithMessage(_ => Ops.Shared.Bilingual.Pick(
            "A department is its organisation code: lower-case words joined by hyphens, e.g. customer-service.",
            "部门须为组织中的部门代码：用连字符连接的小写单词，例如 customer-service。"));
}

public sealed class RaiseCollaborationRequestValidator : Validator<RaiseCollaborationRequestRequest>
{
    public const int MaxTextLength = 5_000;

    public RaiseCollaborationRequestValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.RaisingDepartment).NotEmpty().DepartmentCode();
        RuleFor(r => r.RequestedDepartment).DepartmentCode().When(r => !string.IsNullOrWhiteSpace(r.RequestedDepartment));
        RuleFor(r => r.Problem).NotEmpty().MaximumLength(MaxTextLength);
        RuleFor(r => r.AssistanceNeeded).NotEmpty().MaximumLength(MaxTextLength);
        RuleFor(r => r.ExpectedResolutionDate).NotNull();
    }
}

public sealed record RaiseCollaborationRequest(Guid CollaborationRequestId, CollaborationIntake Intake, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/collaboration-requests</c>: a department asks another for help (problem, assistance needed,
/// expected resolution date). Its first response, a manager's approval or decline, is due within
/// <c>collaborationResponseHours</c> of the store's business hours, warned at <c>inquiryWarnAtPercent</c>. An expected
/// date already past is refused (<c>collaboration.expected_date_must_not_be_past</c>), as is a store service has not heard
/// of (<c>collaboration.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class RaiseCollaborationRequestEndpoint(IServiceStore store, IMessageBus bus)
    : Endpoint<RaiseCollaborationRequestRequest, CollaborationRequestDetails>
{
    public override void Configure()
    {
        Post("/collaboration-requests");
        Group<ServiceGroup>();
        Roles(CollaborationRoles.Departments);
    }

    public override Task HandleAsync(RaiseCollaborationRequestRequest request, CancellationToken ct) =>
        this.CreateAsync<CollaborationRequestDetails>(bus, store, request, "service.raise-collaboration-request",
            (id, key) => new RaiseCollaborationRequest(id, request.ToIntake(), key), id => $"/api/service/collaboration-requests/{id}", ct);
}

public static class RaiseCollaborationRequestHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RaiseCollaborationRequest command, IDocumentSession session, ServiceSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var (outcome, timers) = await RaiseAsync(session, command.CollaborationRequestId, command.Intake, command.Idempotency, policy, context.Actor(), time.GetUtcNow(), ct);
        return (outcome, timers);
    }

    /// <summary>Starts a request's stream with its timers: here, and when a complaint's escalation raises one.</summary>
    internal static async Task<(Outcome, OutgoingMessages)> RaiseAsync(IDocumentSession session, Guid id, CollaborationIntake intake, IdempotencyKey? key,
        ServiceSettings policy, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (await session.LoadAsync<StoreCalendarCopy>(intake.StoreId, ct) is not { } calendar)
            return (new Outcome.Refused(CollaborationRules.StoreMustExist), []);
        var outcome = session.StartStream<CollaborationRequest>(id, CollaborationRequest.Raise(id, intake, calendar.ToWorkingCalendar(), policy, by, now), key, now);
        return (outcome, CollaborationDeadlines.Schedule(outcome.Appended()));
    }
}
