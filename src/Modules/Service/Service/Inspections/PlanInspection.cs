using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;

namespace Ops.Service.Inspections;

/// <summary>One checklist item as planned: one of the seed's checks, or a title of the planner's own (or both).</summary>
public sealed record ChecklistItemRequest
{
    /// <summary>One of the seed's checks; its English title is used when no title is given.</summary>
    public InspectionCheck? Check { get; init; }

    /// <summary>What is checked, in the planner's words; required when no check is named.</summary>
    public string? Title { get; init; }
}

public sealed record PlanInspectionRequest
{
    /// <summary>The store inspected: its business calendar counts the findings' due dates.</summary>
    public Guid StoreId { get; init; }

    public InspectionArea? Area { get; init; }

    /// <summary>The first (or only) day of the period inspected.</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>The last day of the period inspected, not before its start; the start's day when not given.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The inspector's login (e-mail address).</summary>
    public string Inspector { get; init; } = "";

    /// <summary>The checklist; when not given (or empty), the seed's checks of the area.</summary>
    public IReadOnlyList<ChecklistItemRequest>? Checklist { get; init; }

    public InspectionPlan ToPlan() => new(StoreId, Area!.Value, PeriodStart!.Value, PeriodEnd ?? PeriodStart!.Value, Inspector.Trim().ToLowerInvariant(),
        [.. (Checklist ?? []).Select((item, i) => new ChecklistItem(i + 1, item.Check,
            string.IsNullOrWhiteSpace(item.Title) ? InspectionChecklists.Checks[item.Check!.Value].Title : item.Title.Trim()))]);
}

public sealed class ChecklistItemRequestValidator : AbstractValidator<ChecklistItemRequest>
{
    public ChecklistItemRequestValidator()
    {
        RuleFor(i => i.Check).IsInEnum();
        RuleFor(i => i.Title).NotEmpty().When(i => i.Check is null).WithMessage(_ => Bilingual.Pick(
            "A checklist item names one of the seed's checks or has a title.", "检查项须指定一项标准检查或填写标题。"));
        RuleFor(i => i.Title).MaximumLength(PlanInspectionValidator.MaxTitleLength);
    }
}

public sealed class PlanInspectionValidator : Validator<PlanInspectionRequest>
{
    public const int MaxTitleLength = 200, MaxChecklistItems = 50, MaxTextLength = 4_000;

    public PlanInspectionValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Area).NotNull().IsInEnum();
        RuleFor(r => r.PeriodStart).NotNull();
        RuleFor(r => r.PeriodEnd).GreaterThanOrEqualTo(r => r.PeriodStart).When(r => r.PeriodEnd is not null && r.PeriodStart is not null)
            .WithMessage(_ => Bilingual.Pick("periodEnd cannot be before periodStart.", "检查期间的结束日期不能早于开始日期。"));
        RuleFor(r => r.Inspector).NotEmpty().MaximumLength(200).EmailAddress();
        RuleFor(r => r.Checklist).MaximumCount(MaxChecklistItems);
        RuleForEach(r => r.Checklist).NotNull().SetValidator(new ChecklistItemRequestValidator());
    }
}

public sealed record PlanInspection(Guid InspectionId, InspectionPlan Plan, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/inspections</c>: the operations manager or service plans an inspection of an area (service,
/// operations, logistics, training) over a period or on a date, names the inspector and sets the checklist: the items
/// given, or the seed's checks of the area. A store service has not heard of is refused
/// (<c>inspection.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class PlanInspectionEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<PlanInspectionRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(PlanInspectionRequest request, CancellationToken ct) =>
        this.CreateAsync<InspectionDetails>(bus, store, request, "service.plan-inspection",
            (id, key) => new PlanInspection(id, request.ToPlan(), key), id => $"/api/service/inspections/{id}", ct);
}

public static class PlanInspectionHandler
{
    public static async Task<Outcome> Handle(PlanInspection command, IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        if (await session.LoadAsync<StoreCalendarCopy>(command.Plan.StoreId, ct) is not { } calendar)
            return new Outcome.Refused(InspectionRules.StoreMustExist);
        var now = time.GetUtcNow();
        return session.StartStream<Inspection>(command.InspectionId,
            Inspection.Plan(command.InspectionId, command.Plan, calendar.ToWorkingCalendar(), context.Actor(), now), command.Idempotency, now);
    }
}
