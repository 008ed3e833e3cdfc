using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Receipts;

public sealed record RecordReceiptRequest
{
    public Guid WarehouseId { get; init; }
    public string Sku { get; init; } = "";

    /// <summary>The supplier of the delivery; by default the SKU's supplier (from its product approval).</summary>
    public Guid? SupplierId { get; init; }

    public int QuantityReceived { get; init; }
    public int QuantityAccepted { get; init; }

    /// <summary>Accepted + rejected = received.</summary>
    public int QuantityRejected { get; init; }

    public DateOnly? ExpectedOn { get; init; }

    /// <summary>Not later than today in the warehouse's time zone.</summary>
    public DateOnly? ReceivedOn { get; init; }

    public string? Note { get; init; }
}

public sealed class RecordReceiptValidator : Validator<RecordReceiptRequest>
{
    public RecordReceiptValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.Sku).NotEmpty().MaximumLength(64);
        RuleFor(r => r.SupplierId).NotEqual(Guid.Empty);
        RuleFor(r => r.QuantityReceived).InclusiveBetween(1, 1_000_000);
        RuleFor(r => r.QuantityAccepted).GreaterThanOrEqualTo(0);
        RuleFor(r => r.QuantityRejected).GreaterThanOrEqualTo(0)
            .Must((r, rejected) => r.QuantityAccepted + rejected == r.QuantityReceived)
            .WithMessage(_ => Bilingual.Pick("Accepted and rejected add up to the quantity received.", "合格数量与拒收数量之和须等于收货数量。"));
        RuleFor(r => r.ExpectedOn).NotNull();
        RuleFor(r => r.ReceivedOn).NotNull();
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

public sealed record RecordReceipt(Guid ReceiptId, RecordReceiptRequest Request, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/logistics/receipts</c> by <c>logistics</c> or <c>ops-manager</c>: the accepted units enter stock and
/// <c>PurchaseReceived</c> is published, in one transaction. Idempotent by <c>Idempotency-Key</c>.
/// </summary>
public sealed class RecordReceiptEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordReceiptRequest, PurchaseReceiptView>
{
    public override void Configure()
    {
        Post("/receipts");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordReceiptRequest request, CancellationToken ct) =>
        this.CreateAsync<PurchaseReceiptView>(bus, store, request, "logistics.record-receipt",
            (id, key) => new RecordReceipt(id, request, key), id => $"/api/logistics/receipts/{id}", ct);
}

public static class RecordReceiptHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RecordReceipt command, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var r = command.Request;
        var now = time.GetUtcNow();
        var by = context.Actor();
        var product = await session.LoadAsync<LogisticsProduct>(r.Sku.Trim(), ct);
        var warehouse = await session.LoadAsync<WarehouseView>(r.WarehouseId, ct);
        var supplier = r.SupplierId ?? product?.SupplierId;
        Rule? broken = product is null ? ReceiptRules.SkuMustBeKnown
            : warehouse is null ? ReceiptRules.WarehouseMustExist
            : warehouse.Closed ? ReceiptRules.WarehouseMustBeOpen
            : supplier is null ? ReceiptRules.SupplierMustBeKnown
            : r.ReceivedOn!.Value > StockSignals.Today(warehouse, now) ? ReceiptRules.ReceivedDateNotInFuture
            : null;
        if (broken is not null) return (new Outcome.Refused(broken), []);

        var signals = new OutgoingMessages();
        if (r.QuantityAccepted > 0)
        {
            var moved = await StockLedger.MoveAsync(session, warehouse!.Id, warehouse.StoreId, product!.Id,
                item => item.Receive(r.QuantityAccepted, new MovementSource(MovementSourceKind.Receipt, command.ReceiptId), by, now), by, now, ct,
                signals);
            if (moved.Refusal is { } refused) return (new Outcome.Refused(refused), []);
        }

        var recorded = new PurchaseReceiptRecorded(command.ReceiptId, warehouse!.StoreId, warehouse.Id, product!.Id, supplier!.Value,
            r.QuantityReceived, r.QuantityAccepted, r.QuantityRejected, r.ExpectedOn!.Value, r.ReceivedOn!.Value, r.Note?.Trim(), by, now);
        var outcome = session.StartStream<PurchaseReceipt>(command.ReceiptId, Decision.Accept(recorded), command.Idempotency, now);
        return (outcome, [new PurchaseReceived(recorded.ReceiptId, recorded.StoreId, recorded.Sku, recorded.SupplierId, recorded.QuantityReceived,
            recorded.QuantityAccepted, recorded.ExpectedOn, recorded.ReceivedOn, now), .. signals]);
    }
}
