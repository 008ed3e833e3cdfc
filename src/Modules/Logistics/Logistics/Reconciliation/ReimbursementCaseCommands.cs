using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Reconciliation;

// The case's life after opening: submitted to Amazon, reimbursed or rejected, closed. Small use cases kept together.

public sealed record SubmitReimbursementCaseRequest
{
    public Guid Id { get; init; }

    /// <summary>Amazon's case id, when Seller Central gave one.</summary>
    public string? AmazonCaseId { get; init; }
}

public sealed class SubmitReimbursementCaseValidator : Validator<SubmitReimbursementCaseRequest>
{
    public SubmitReimbursementCaseValidator() => RuleFor(r => r.AmazonCaseId).MaximumLength(64);
}

public sealed record SubmitReimbursementCase(Guid ReimbursementCaseId, string? AmazonCaseId, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/reimbursements/{id}/submit</c>: the claim was filed with Amazon.</summary>
public sealed class SubmitReimbursementCaseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<SubmitReimbursementCaseRequest, ReimbursementCaseView>
{
    public override void Configure()
    {
        Post("/reimbursements/{id}/submit");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(SubmitReimbursementCaseRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReimbursementCaseView>(bus, store,
            expected => new SubmitReimbursementCase(request.Id, string.IsNullOrWhiteSpace(request.AmazonCaseId) ? null : request.AmazonCaseId.Trim(), expected), ct);
}

public static class SubmitReimbursementCaseHandler
{
    public static Outcome Handle(SubmitReimbursementCase command, [WriteAggregate(Required = false)] IEventStream<ReimbursementCase> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReimbursementCaseId, command.ExpectedVersion, c => c.Submit(command.AmazonCaseId, context.Actor(), time.GetUtcNow()));
}

public sealed record RecordReimbursementRequest
{
    public Guid Id { get; init; }
    public Money Amount { get; init; } = new(0, "");
}

public sealed class RecordReimbursementValidator : Validator<RecordReimbursementRequest>
{
    public RecordReimbursementValidator() => RuleFor(r => r.Amount).NotNull().SetValidator(new MoneyValidator(allowZero: false, decimals: 2));
}

public sealed record RecordReimbursement(Guid ReimbursementCaseId, Money Amount, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/reimbursements/{id}/reimburse</c>: Amazon paid this amount (in the claim's currency).</summary>
public sealed class RecordReimbursementEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordReimbursementRequest, ReimbursementCaseView>
{
    public override void Configure()
    {
        Post("/reimbursements/{id}/reimburse");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordReimbursementRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReimbursementCaseView>(bus, store, expected => new RecordReimbursement(request.Id, request.Amount, expected), ct);
}

public static class RecordReimbursementHandler
{
    public static Outcome Handle(RecordReimbursement command, [WriteAggregate(Required = false)] IEventStream<ReimbursementCase> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReimbursementCaseId, command.ExpectedVersion, c => c.Reimburse(command.Amount, context.Actor(), time.GetUtcNow()));
}

public sealed record RejectReimbursementCase(Guid ReimbursementCaseId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/reimbursements/{id}/reject</c>: Amazon refused the claim, and why.</summary>
public sealed class RejectReimbursementCaseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReasonRequest, ReimbursementCaseView>
{
    public override void Configure()
    {
        Post("/reimbursements/{id}/reject");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReimbursementCaseView>(bus, store, expected => new RejectReimbursementCase(request.Id, request.Reason.Trim(), expected), ct);
}

public static class RejectReimbursementCaseHandler
{
    public static Outcome Handle(RejectReimbursementCase command, [WriteAggregate(Required = false)] IEventStream<ReimbursementCase> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReimbursementCaseId, command.ExpectedVersion, c => c.Reject(command.Reason, context.Actor(), time.GetUtcNow()));
}

public sealed record CloseReimbursementCaseRequest
{
    public Guid Id { get; init; }
    public string? Note { get; init; }
}

public sealed class CloseReimbursementCaseValidator : Validator<CloseReimbursementCaseRequest>
{
    public CloseReimbursementCaseValidator() => RuleFor(r => r.Note).MaximumLength(500);
}

public sealed record CloseReimbursementCase(Guid ReimbursementCaseId, string? Note, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/reimbursements/{id}/close</c>: a reimbursed or rejected case is done.</summary>
public sealed class CloseReimbursementCaseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<CloseReimbursementCaseRequest, ReimbursementCaseView>
{
    public override void Configure()
    {
        Post("/reimbursements/{id}/close");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(CloseReimbursementCaseRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReimbursementCaseView>(bus, store,
            expected => new CloseReimbursementCase(request.Id, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), expected), ct);
}

public static class CloseReimbursementCaseHandler
{
    public static Outcome Handle(CloseReimbursementCase command, [WriteAggregate(Required = false)] IEventStream<ReimbursementCase> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ReimbursementCaseId, command.ExpectedVersion, c => c.Close(command.Note, context.Actor(), time.GetUtcNow()));
}
