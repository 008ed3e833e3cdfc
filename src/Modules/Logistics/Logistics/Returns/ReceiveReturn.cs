using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Returns;

public sealed record ReceiveReturnRequest
{
    public Guid Id { get; init; }
    public Guid WarehouseId { get; init; }
    public int? Quantity { get; init; }
}

public sealed class ReceiveReturnValidator : Validator<ReceiveReturnRequest>
{
    public ReceiveReturnValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, 100_000);
    }
}

public sealed record ReceiveReturn(Guid ReturnId, Guid WarehouseId, int Quantity, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/returns/{id}/receive</c>: the item arrived at a warehouse of the return's store (no more units
/// than returned). It is not stock yet: only an inspection that restocks it puts it back.
/// </summary>
public sealed class ReceiveReturnEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReceiveReturnRequest, ReturnView>
{
    public override void Configure()
    {
        Post("/returns/{id}/receive");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ReceiveReturnRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReturnView>(bus, store, expected => new ReceiveReturn(request.Id, request.WarehouseId, request.Quantity!.Value, expected), ct);
}

public static class ReceiveReturnHandler
{
    public static async Task<Outcome> Handle(ReceiveReturn command, [WriteAggregate(Required = false)] IEventStream<Return> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var warehouse = await session.LoadAsync<WarehouseView>(command.WarehouseId, ct);
        var fits = warehouse is { Closed: false } && warehouse.StoreId == stream.Aggregate?.Request.StoreId;
        return stream.Decide(command.ReturnId, command.ExpectedVersion,
            r => r.Receive(command.WarehouseId, fits, command.Quantity, context.Actor(), time.GetUtcNow()));
    }
}
