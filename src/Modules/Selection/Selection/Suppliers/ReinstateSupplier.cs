using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record ReinstateSupplier(Guid SupplierId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/reinstate</c> by <c>ops-manager</c> or <c>admin</c>: a suspended supplier goes
/// back to the status it had (approved or conditional).
/// </summary>
public sealed class ReinstateSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/reinstate");
        Group<SelectionGroup>();
        Roles(Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store, expected => new ReinstateSupplier(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ReinstateSupplierHandler
{
    public static Outcome Handle(ReinstateSupplier command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.Reinstate(command.Reason, context.Actor(), time.GetUtcNow()));
}
