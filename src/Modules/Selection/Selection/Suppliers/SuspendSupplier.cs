using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record SuspendSupplier(Guid SupplierId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/suspend</c> by <c>ops-manager</c> or <c>admin</c>: an approved supplier stops
/// being used until reinstated. Published as <c>SupplierSuspended</c>.
/// </summary>
public sealed class SuspendSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/suspend");
        Group<SelectionGroup>();
        Roles(Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store, expected => new SuspendSupplier(request.Id, request.Reason.Trim(), expected), ct);
}

public static class SuspendSupplierHandler
{
    public static (Outcome, OutgoingMessages) Handle(SuspendSupplier command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time)
    {
        var outcome = supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.Suspend(command.Reason, context.Actor(), time.GetUtcNow()));
        return (outcome, SupplierMessages.PublishedBy(supplier.Aggregate, outcome));
    }
}
