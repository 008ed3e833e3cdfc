using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record ApproveSupplierConditionallyRequest
{
    public Guid Id { get; init; }
    public string Conditions { get; init; } = "";
}

public sealed class ApproveSupplierConditionallyValidator : Validator<ApproveSupplierConditionallyRequest>
{
    public ApproveSupplierConditionallyValidator() => RuleFor(r => r.Conditions).NotEmpty().MaximumLength(2000);
}

public sealed record ApproveSupplierConditionally(Guid SupplierId, string Conditions, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/approve-conditionally</c> by <c>ops-manager</c> or <c>admin</c>: grades A, B
/// and C, with the conditions the supplier must meet.
/// </summary>
public sealed class ApproveSupplierConditionallyEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<ApproveSupplierConditionallyRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/approve-conditionally");
        Group<SelectionGroup>();
        Roles(Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(ApproveSupplierConditionallyRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store,
            expected => new ApproveSupplierConditionally(request.Id, request.Conditions.Trim(), expected), ct);
}

public static class ApproveSupplierConditionallyHandler
{
    public static Outcome Handle(ApproveSupplierConditionally command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.ApproveConditionally(command.Conditions, context.Actor(), time.GetUtcNow()));
}
