using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record RejectSupplier(Guid SupplierId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/reject</c> by <c>ops-manager</c> or <c>admin</c>. Rejection is final: a rejected
/// supplier is not evaluated or approved again (register it anew to start over).
/// </summary>
public sealed class RejectSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/reject");
        Group<SelectionGroup>();
        Roles(Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store, expected => new RejectSupplier(request.Id, request.Reason.Trim(), expected), ct);
}

public static class RejectSupplierHandler
{
    public static Outcome Handle(RejectSupplier command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.Reject(command.Reason, context.Actor(), time.GetUtcNow()));
}
