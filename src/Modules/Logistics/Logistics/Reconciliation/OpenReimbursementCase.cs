using Ops.Shared.Validation;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Contracts = Ops.Logistics.Contracts;

namespace Ops.Logistics.Reconciliation;

public sealed record OpenReimbursementCaseRequest
{
    public Guid WarehouseId { get; init; }
    public string Sku { get; init; } = "";
    public int? Quantity { get; init; }

    /// <summary><c>Lost</c> or <c>Damaged</c> (shortfalls of inbound shipments come from the shipment report).</summary>
    public ReimbursementCaseKind? Kind { get; init; }

    /// <summary>What shows the loss or damage (the inventory ledger lines, the FC's note).</summary>
    public string Evidence { get; init; } = "";

    /// <summary>References to documents: report ids, photo links, Amazon transaction ids.</summary>
    public IReadOnlyList<string> EvidenceRefs { get; init; } = [];

    /// <summary>Also take the units off on-hand stock (when no stocktake has already): a <c>StockAdjusted</c> through the ledger.</summary>
    public bool WriteOff { get; init; }
}

public sealed class OpenReimbursementCaseValidator : Validator<OpenReimbursementCaseRequest>
{
    public const int MaxRefs = 20;

    public OpenReimbursementCaseValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.Sku).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, 1_000_000);
        RuleFor(r => r.Kind).NotNull().IsInEnum().Must(k => k is ReimbursementCaseKind.Lost or ReimbursementCaseKind.Damaged)
            .WithMessage(_ => Bilingual.Pick("A case opened by hand is Lost or Damaged; shortfalls come from the shipment report.",
                "手工建立的案件须为丢失或损坏；短收来自入库报告。"));
        RuleFor(r => r.Evidence).NotEmpty().MaximumLength(4000);
        RuleFor(r => r.EvidenceRefs).MaximumCount(MaxRefs);
        RuleForEach(r => r.EvidenceRefs).NotEmpty().MaximumLength(500);
    }
}

public sealed record OpenReimbursementCase(
    Guid CaseId, Guid WarehouseId, string Sku, int Quantity, ReimbursementCaseKind Kind, string Evidence, IReadOnlyList<string> EvidenceRefs,
    bool WriteOff, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/logistics/reimbursements</c>: a case for stock lost or damaged in an FBA fulfilment centre; the amount
/// claimed is quantity × the SKU's unit cost. With <c>writeOff</c> the units also leave on-hand stock through the ledger.
/// </summary>
public sealed class OpenReimbursementCaseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<OpenReimbursementCaseRequest, ReimbursementCaseView>
{
    public override void Configure()
    {
        Post("/reimbursements");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(OpenReimbursementCaseRequest request, CancellationToken ct) =>
        this.CreateAsync<ReimbursementCaseView>(bus, store, request, "logistics.open-reimbursement-case",
            (id, key) => new OpenReimbursementCase(id, request.WarehouseId, request.Sku.Trim(), request.Quantity!.Value, request.Kind!.Value,
                request.Evidence.Trim(), [.. request.EvidenceRefs.Select(r => r.Trim())], request.WriteOff, key),
            id => $"/api/logistics/reimbursements/{id}", ct);
}

public static class OpenReimbursementCaseHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(OpenReimbursementCase command, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var by = context.Actor();
        var now = time.GetUtcNow();
        var warehouse = await session.LoadAsync<WarehouseView>(command.WarehouseId, ct);
        var decision = ReimbursementCase.Open(command.CaseId, command.Kind, command.WarehouseId, warehouse?.StoreId ?? Guid.Empty,
            warehouse.IsOpenFba(), command.Sku, command.Quantity, await ReimbursementCosts.UnitCostAsync(session, command.Sku, ct), null,
            command.Evidence, command.EvidenceRefs, by, now);
        if (decision.IsRefused || !command.WriteOff) return (session.StartStream<ReimbursementCase>(command.CaseId, decision, command.Idempotency, now), messages);

        var reason = $"{command.Kind} in the fulfilment centre (reimbursement case)";
        var moved = await StockLedger.MoveAsync(session, command.WarehouseId, warehouse!.StoreId, command.Sku,
            item => item.Adjust(item.OnHand - command.Quantity, reason, new MovementSource(MovementSourceKind.Reconciliation, command.CaseId), by, now),
            by, now, ct, messages);
        if (moved.Refusal is { } refused)
        {
            session.EjectAllPendingChanges();
            return (new Outcome.Refused(refused), []);
        }
        foreach (var p in moved.Events.OfType<StockAdjustmentPosted>())
            messages.Add(new Contracts.StockAdjusted(DeterministicGuid.From($"ops.logistics.reimbursement.{command.CaseId}"), warehouse.StoreId,
                p.WarehouseId, p.Sku, p.QuantityBefore, p.QuantityAfter, reason, null, now));
        return (session.StartStream<ReimbursementCase>(command.CaseId, decision, command.Idempotency, now), messages);
    }
}

internal static class ReimbursementCosts
{
    public static bool IsOpenFba(this WarehouseView? warehouse) => warehouse is { Closed: false, Type: WarehouseType.FbaFulfilmentCentre };

    /// <summary>The SKU's unit cost and its currency, as selection approved it; null when not known.</summary>
    public static async Task<Money?> UnitCostAsync(IQuerySession session, string sku, CancellationToken ct) =>
        await session.LoadAsync<LogisticsProduct>(sku, ct) is { UnitCost: { } cost, Currency: { Length: > 0 } currency } ? new Money(cost, currency) : null;
}
