using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inspections;

/// <summary>One checklist item's result.</summary>
public sealed record ChecklistResultRequest
{
    /// <summary>The item's number in the checklist (from 1).</summary>
    public int? Number { get; init; }

    public CheckResult? Result { get; init; }

    /// <summary>What the inspector saw; required for a failed item.</summary>
    public string? Note { get; init; }
}

public sealed record RecordChecklistResultsRequest
{
    public Guid Id { get; init; }
    public IReadOnlyList<ChecklistResultRequest> Results { get; init; } = [];
}

public sealed class RecordChecklistResultsValidator : Validator<RecordChecklistResultsRequest>
{
    public RecordChecklistResultsValidator()
    {
        RuleFor(r => r.Results).NotEmpty().MaximumCount(PlanInspectionValidator.MaxChecklistItems);
        RuleFor(r => r.Results).Must(results => results.Select(x => x?.Number).Distinct().Count() == results.Count)
            .WithMessage(_ => Bilingual.Pick("Each checklist item is given at most once.", "每个检查项最多只能出现一次。"));
        RuleForEach(r => r.Results).NotNull().ChildRules(result =>
        {
            result.RuleFor(x => x.Number).NotNull().GreaterThan(0);
            result.RuleFor(x => x.Result).NotNull().IsInEnum();
            result.RuleFor(x => x.Note).MaximumLength(PlanInspectionValidator.MaxTextLength);
            result.RuleFor(x => x.Note).NotEmpty().When(x => x.Result == CheckResult.Fail).WithMessage(_ => Bilingual.Pick(
                "A failed item says what was wrong in its note.", "不合格的检查项须在备注中说明问题。"));
        });
    }
}

public sealed record RecordChecklistResults(Guid InspectionId, IReadOnlyList<ChecklistResult> Results, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/checklist</c>: the inspector records results of checklist items (pass, fail or
/// not applicable, with a note; a failed item needs one), each replacing that item's earlier result; the first starts the
/// inspection. Only the inspector or an operations manager (<c>inspection.only_the_inspector</c>), only while planned or
/// in progress (<c>inspection.not_under_inspection</c>), only items of the checklist (<c>inspection.unknown_checklist_item</c>).
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class RecordChecklistResultsEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordChecklistResultsRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/checklist");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(RecordChecklistResultsRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new RecordChecklistResults(request.Id,
            [.. request.Results.Select(r => new ChecklistResult(r.Number!.Value, r.Result!.Value, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim()))],
            InspectionRoles.IsManager(User), expected), ct);
}

public static class RecordChecklistResultsHandler
{
    public static Outcome Handle(RecordChecklistResults command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion,
            i => i.RecordResults(command.Results, context.Actor(), command.ByManager, time.GetUtcNow()));
}

public sealed record RecordFindingRequest
{
    public Guid Id { get; init; }

    /// <summary>What is wrong.</summary>
    public string Description { get; init; } = "";

    public FindingSeverity? Severity { get; init; }

    /// <summary>The login (e-mail address) of whoever rectifies it; only they report the rectification.</summary>
    public string Owner { get; init; } = "";

    /// <summary>The store's local date by which it is rectified: due at the store's closing time that day (or the next working day).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The checklist item the finding is about, if any (a failed item needs one).</summary>
    public int? ChecklistItem { get; init; }
}

public sealed class RecordFindingValidator : Validator<RecordFindingRequest>
{
    public RecordFindingValidator()
    {
        RuleFor(r => r.Description).NotEmpty().MaximumLength(PlanInspectionValidator.MaxTextLength);
        RuleFor(r => r.Severity).NotNull().IsInEnum();
        RuleFor(r => r.Owner).NotEmpty().MaximumLength(200).EmailAddress();
        RuleFor(r => r.DueDate).NotNull();
        RuleFor(r => r.ChecklistItem).GreaterThan(0);
    }
}

public sealed record RecordFinding(Guid InspectionId, FindingIntake Finding, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/findings</c>: the inspector records a finding with its severity, owner and due
/// date. The due date is a timer in the store's business calendar: due at closing time that day (the next working day's
/// when it is not one), warned after <c>inquiryWarnAtPercent</c> of the business time until then. The same rules as
/// checklist results, and a due time already past is refused (<c>inspection.due_date_must_not_be_past</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class RecordFindingEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordFindingRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/findings");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(RecordFindingRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new RecordFinding(request.Id,
            new FindingIntake(request.Description.Trim(), request.Severity!.Value, request.Owner.Trim().ToLowerInvariant(), request.DueDate!.Value,
                request.ChecklistItem), InspectionRoles.IsManager(User), expected), ct);
}

public static class RecordFindingHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RecordFinding command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IDocumentSession session, ServiceSettings policy, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var calendar = inspection.Aggregate is { } i && await session.LoadAsync<StoreCalendarCopy>(i.StoreId, ct) is { } copy
            ? copy.ToWorkingCalendar()
            : WorkingCalendar.For("UTC");
        var outcome = inspection.Decide(command.InspectionId, command.ExpectedVersion,
            i => i.RecordFinding(command.Finding, calendar, policy.InquiryWarnAtPercent, context.Actor(), command.ByManager, time.GetUtcNow()));
        return (outcome, InspectionDeadlines.Schedule(outcome.Appended()));
    }
}

public sealed record CompleteInspectionRequest
{
    public Guid Id { get; init; }

    /// <summary>The inspector's conclusion, if any.</summary>
    public string? Summary { get; init; }
}

public sealed class CompleteInspectionValidator : Validator<CompleteInspectionRequest>
{
    public CompleteInspectionValidator() => RuleFor(r => r.Summary).MaximumLength(PlanInspectionValidator.MaxTextLength);
}

public sealed record CompleteInspection(Guid InspectionId, string? Summary, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/complete</c>: the checklist is done and the findings are recorded. Every item
/// needs a result (<c>inspection.checklist_incomplete</c>) and every failed item a finding
/// (<c>inspection.failed_item_needs_finding</c>); the same rules as checklist results. A repeat changes nothing. Honours <c>If-Match</c>.
/// </summary>
public sealed class CompleteInspectionEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<CompleteInspectionRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/complete");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(CompleteInspectionRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new CompleteInspection(request.Id,
            string.IsNullOrWhiteSpace(request.Summary) ? null : request.Summary.Trim(), InspectionRoles.IsManager(User), expected), ct);
}

public static class CompleteInspectionHandler
{
    public static Outcome Handle(CompleteInspection command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion, i => i.Complete(command.Summary, context.Actor(), command.ByManager, time.GetUtcNow()));
}

public sealed record CloseInspection(Guid InspectionId, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/close</c>: every finding's rectification is verified, the inspection is closed.
/// Only a completed inspection (<c>inspection.not_completed</c>), only with every finding verified
/// (<c>inspection.findings_not_verified</c>), only by the inspector or an operations manager (<c>inspection.only_the_inspector</c>).
/// A repeat changes nothing. Honours <c>If-Match</c>.
/// </summary>
public sealed class CloseInspectionEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/close");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new CloseInspection(request.Id, InspectionRoles.IsManager(User), expected), ct);
}

public static class CloseInspectionHandler
{
    public static Outcome Handle(CloseInspection command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion, i => i.Close(context.Actor(), command.ByManager, time.GetUtcNow()));
}

/// <summary>A text about one finding: the owner's rectification report, the verifier's note or the reason for a rejection.</summary>
public sealed record FindingTextRequest
{
    public Guid Id { get; init; }

    /// <summary>The finding's number in the inspection (from 1).</summary>
    public int? FindingNumber { get; init; }

    public string? Text { get; init; }
}

/// <summary>The text is required (a report, a rejection's reason).</summary>
public sealed class FindingTextValidator : Validator<FindingTextRequest>
{
    public FindingTextValidator()
    {
        RuleFor(r => r.FindingNumber).NotNull().GreaterThan(0);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(PlanInspectionValidator.MaxTextLength);
    }
}

/// <summary>A verification of one finding's rectification, with the verifier's note, if any.</summary>
public sealed record VerifyRectificationRequest
{
    public Guid Id { get; init; }

    /// <summary>The finding's number in the inspection (from 1).</summary>
    public int? FindingNumber { get; init; }

    public string? Note { get; init; }
}

public sealed class VerifyRectificationValidator : Validator<VerifyRectificationRequest>
{
    public VerifyRectificationValidator()
    {
        RuleFor(r => r.FindingNumber).NotNull().GreaterThan(0);
        RuleFor(r => r.Note).MaximumLength(PlanInspectionValidator.MaxTextLength);
    }
}

public sealed record ReportRectification(Guid InspectionId, int FindingNumber, string Text, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/rectifications</c>: the owner of finding <c>findingNumber</c> reports what was
/// done (in <c>text</c>); its due-date clock stops, met when before the due time. Only the owner
/// (<c>inspection.only_the_owner_reports</c>), only an open finding (<c>inspection.finding_not_open</c>), only a finding of
/// the inspection (<c>inspection.unknown_finding</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ReportRectificationEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<FindingTextRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/rectifications");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Owners);
    }

    public override Task HandleAsync(FindingTextRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new ReportRectification(request.Id, request.FindingNumber!.Value, request.Text!.Trim(), expected), ct);
}

public static class ReportRectificationHandler
{
    public static Outcome Handle(ReportRectification command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion,
            i => i.ReportRectification(command.FindingNumber, command.Text, context.Actor(), time.GetUtcNow()));
}

public sealed record VerifyRectification(Guid InspectionId, int FindingNumber, string? Note, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/rectifications/verify</c>: the inspector or an operations manager
/// (<c>inspection.only_the_inspector_verifies</c>) accepts a reported rectification (<c>inspection.rectification_not_reported</c>),
/// with an optional note. Honours <c>If-Match</c>.
/// </summary>
public sealed class VerifyRectificationEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<VerifyRectificationRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/rectifications/verify");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(VerifyRectificationRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new VerifyRectification(request.Id, request.FindingNumber!.Value,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), InspectionRoles.IsManager(User), expected), ct);
}

public static class VerifyRectificationHandler
{
    public static Outcome Handle(VerifyRectification command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion,
            i => i.VerifyRectification(command.FindingNumber, command.Note, context.Actor(), command.ByManager, time.GetUtcNow()));
}

public sealed record RejectRectification(Guid InspectionId, int FindingNumber, string Reason, bool ByManager, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inspections/{id}/rectifications/reject</c>: the rectification is not good enough (why, in
/// <c>text</c>); the finding is open again with its owner, overdue when past its due time. The same rules as verifying.
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class RejectRectificationEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<FindingTextRequest, InspectionDetails>
{
    public override void Configure()
    {
        Post("/inspections/{id}/rectifications/reject");
        Group<ServiceGroup>();
        Roles(InspectionRoles.Inspectors);
    }

    public override Task HandleAsync(FindingTextRequest request, CancellationToken ct) =>
        this.UpdateAsync<InspectionDetails>(bus, store, expected => new RejectRectification(request.Id, request.FindingNumber!.Value, request.Text!.Trim(),
            InspectionRoles.IsManager(User), expected), ct);
}

public static class RejectRectificationHandler
{
    public static Outcome Handle(RejectRectification command, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection,
        IMessageContext context, TimeProvider time) =>
        inspection.Decide(command.InspectionId, command.ExpectedVersion,
            i => i.RejectRectification(command.FindingNumber, command.Reason, context.Actor(), command.ByManager, time.GetUtcNow()));
}
