using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record ApproveSupplier(Guid SupplierId, long? ExpectedVersion);

/// <summary><c>POST /api/selection/suppliers/{id}/approve</c> by <c>ops-manager</c> or <c>admin</c>: grades A and B only.</summary>
public sealed class ApproveSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RecordRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/approve");
        Group<SelectionGroup>();
        Roles(Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store, expected => new ApproveSupplier(request.Id, expected), ct);
}

public static class ApproveSupplierHandler
{
    public static Outcome Handle(ApproveSupplier command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion, s => s.Approve(context.Actor(), time.GetUtcNow()));
}
