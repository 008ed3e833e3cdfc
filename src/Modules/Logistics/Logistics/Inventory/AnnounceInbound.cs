using FastEndpoints;
using Microsoft.AspNetCore.Http;
using FluentValidation;
using Marten;
using Ops.Logistics.Products;
using Ops.Logistics.Receipts;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Inventory;

public sealed record AnnounceInboundRequest
{
    public Guid WarehouseId { get; init; }
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }
}

public sealed class AnnounceInboundValidator : Validator<AnnounceInboundRequest>
{
    public AnnounceInboundValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.Sku).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Quantity).InclusiveBetween(1, 1_000_000);
    }
}

public sealed record AnnounceInbound(Guid InboundId, AnnounceInboundRequest Request);

/// <summary>
/// <c>POST /api/logistics/inventory/inbound</c> by <c>logistics</c> or <c>ops-manager</c>: goods on their way count as
/// inbound in the figures (available + inbound against the reorder point) until a receipt takes them in. Answers the
/// SKU's stock in that warehouse.
/// </summary>
public sealed class AnnounceInboundEndpoint(ILogisticsStore store, IMessageBus bus, TimeProvider time) : Endpoint<AnnounceInboundRequest, InventoryRow>
{
    public override void Configure()
    {
        Post("/inventory/inbound");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Description(d => d.ClearDefaultProduces(201).Produces<InventoryRow>(200));
    }

    public override async Task HandleAsync(AnnounceInboundRequest request, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(new AnnounceInbound(Guid.CreateVersion7(), request), ct);
        if (outcome is Outcome.Refused refused)
        {
            await Problems.RefusedAsync(HttpContext, refused.Rule, ct);
            return;
        }
        await using var session = store.QuerySession();
        var level = await session.LoadAsync<StockLevel>(InventoryItem.IdFor(request.WarehouseId, request.Sku.Trim()), ct);
        await Send.OkAsync((await InventoryRows.RowsAsync(session, [level!], time.GetUtcNow(), ct)).Single(), ct);
    }
}

public static class AnnounceInboundHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(AnnounceInbound command, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var r = command.Request;
        var now = time.GetUtcNow();
        var by = context.Actor();
        var product = await session.LoadAsync<LogisticsProduct>(r.Sku.Trim(), ct);
        var warehouse = await session.LoadAsync<WarehouseView>(r.WarehouseId, ct);
        Rule? broken = product is null ? ReceiptRules.SkuMustBeKnown
            : warehouse is null ? ReceiptRules.WarehouseMustExist
            : warehouse.Closed ? ReceiptRules.WarehouseMustBeOpen
            : null;
        if (broken is not null) return (new Outcome.Refused(broken), []);

        var signals = new OutgoingMessages();
        var moved = await StockLedger.MoveAsync(session, warehouse!.Id, warehouse.StoreId, product!.Id,
            item => item.AnnounceInbound(r.Quantity, new MovementSource(MovementSourceKind.Receipt, command.InboundId), by, now), by, now, ct,
            signals);
        return moved.Refusal is { } refusal ? (new Outcome.Refused(refusal), [])
            : (new Outcome.Accepted(InventoryItem.IdFor(warehouse.Id, product.Id)), signals);
    }
}
