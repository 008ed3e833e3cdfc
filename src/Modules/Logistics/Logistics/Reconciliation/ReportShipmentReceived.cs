using Ops.Shared.Validation;
using FastEndpoints;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Reconciliation;

public sealed record ShipmentReceivedLine
{
    public string Sku { get; init; } = "";
    public int? QuantityShipped { get; init; }
    public int? QuantityReceived { get; init; }
}

/// <summary>Amazon's receipt of an FBA inbound shipment: per SKU, what was shipped and what the fulfilment centre received.</summary>
public sealed record ReportShipmentReceivedRequest
{
    public Guid WarehouseId { get; init; }

    /// <summary>The FBA shipment id, e.g. <c>FBA17XYZ1234</c>.</summary>
    public string ShipmentReference { get; init; } = "";

    public IReadOnlyList<ShipmentReceivedLine> Lines { get; init; } = [];
}

public sealed class ReportShipmentReceivedValidator : Validator<ReportShipmentReceivedRequest>
{
    public const int MaxLines = 500;

    public ReportShipmentReceivedValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.ShipmentReference).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Lines).NotEmpty();
        RuleFor(r => r.Lines).MaximumCount(MaxLines);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(64);
            line.RuleFor(l => l.QuantityShipped).NotNull().InclusiveBetween(1, 1_000_000);
            line.RuleFor(l => l.QuantityReceived).NotNull().InclusiveBetween(0, 1_000_000);
        });
        RuleFor(r => r.Lines).Must(l => l.Select(x => x.Sku.Trim()).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithMessage(_ => Bilingual.Pick("Each SKU is reported once per shipment.", "每票货中每个 SKU 只能报告一次。"));
    }
}

/// <summary>One reported line and, when it was received short, the case claiming the shortfall.</summary>
public sealed record ShipmentReconciliationLine(string Sku, int QuantityShipped, int QuantityReceived, int Shortfall, Guid? CaseId);

public sealed record ShipmentReconciliation(Guid WarehouseId, string ShipmentReference, IReadOnlyList<ShipmentReconciliationLine> Lines);

public sealed record ReportShipmentReceived(Guid WarehouseId, string ShipmentReference, IReadOnlyList<ShipmentReceivedLine> Lines);

/// <summary>What the report did: the reconciliation, or the rule that refused it (nothing written then).</summary>
public sealed record ShipmentReportOutcome(ShipmentReconciliation? Reconciliation, Rule? Refusal);

/// <summary>
/// <c>POST /api/logistics/reimbursements/shipment-reports</c>: an FBA inbound shipment as the fulfilment centre received
/// it. Every SKU received short gets a reimbursement case for the shortfall, priced at its unit cost. The case of a SKU
/// of a shipment is opened once: the same report again opens nothing new and answers the same cases. One SKU whose unit
/// cost is unknown refuses the whole report, naming every such line.
/// </summary>
public sealed class ReportShipmentReceivedEndpoint(IMessageBus bus) : Endpoint<ReportShipmentReceivedRequest, ShipmentReconciliation>
{
    public override void Configure()
    {
        Post("/reimbursements/shipment-reports");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override async Task HandleAsync(ReportShipmentReceivedRequest request, CancellationToken ct)
    {
        var reference = request.ShipmentReference.Trim();
        var outcome = await bus.InvokeAsync<ShipmentReportOutcome>(new ReportShipmentReceived(request.WarehouseId, reference,
            [.. request.Lines.Select(l => l with { Sku = l.Sku.Trim() })]), ct);
        if (outcome.Refusal is { } rule)
        {
            await Problems.RefusedAsync(HttpContext, rule, ct);
            return;
        }
        HttpContext.Response.Headers.Location = $"/api/logistics/reimbursements?shipmentReference={Uri.EscapeDataString(reference)}";
        await Send.ResponseAsync(outcome.Reconciliation!, StatusCodes.Status201Created, ct);
    }
}

public static class ReportShipmentReceivedHandler
{
    public static async Task<ShipmentReportOutcome> Handle(ReportShipmentReceived command, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var by = context.Actor();
        var now = time.GetUtcNow();
        var warehouse = await session.LoadAsync<WarehouseView>(command.WarehouseId, ct);
        if (!warehouse.IsOpenFba()) return new ShipmentReportOutcome(null, ReimbursementRules.WarehouseMustBeFba);

        var lines = new List<ShipmentReconciliationLine>();
        var unpriced = new List<RuleBreach>();
        for (var i = 0; i < command.Lines.Count; i++)
        {
            var line = command.Lines[i];
            var (shipped, received) = (line.QuantityShipped!.Value, line.QuantityReceived!.Value);
            var shortfall = Math.Max(0, shipped - received);
            if (shortfall == 0)
            {
                lines.Add(new ShipmentReconciliationLine(line.Sku, shipped, received, 0, null));
                continue;
            }
            var caseId = CaseIdFor(command.WarehouseId, command.ShipmentReference, line.Sku);
            lines.Add(new ShipmentReconciliationLine(line.Sku, shipped, received, shortfall, caseId));
            if (await session.Events.FetchStreamStateAsync(caseId, ct) is not null) continue;

            var cost = await ReimbursementCosts.UnitCostAsync(session, line.Sku, ct);
            if (cost is null)
            {
                unpriced.Add(new RuleBreach(ReimbursementRules.UnitCostUnknown.Code, $"lines[{i}].sku",
                    $"{line.Sku}: unit cost unknown.", $"{line.Sku}：单位成本未知。"));
                continue;
            }
            var decision = ReimbursementCase.Open(caseId, ReimbursementCaseKind.InboundShortfall, command.WarehouseId, warehouse!.StoreId, true,
                line.Sku, shortfall, cost, new InboundShortfall(command.ShipmentReference, shipped, received),
                $"Shipment {command.ShipmentReference}: {shipped} shipped, {received} received.", [command.ShipmentReference], by, now);
            session.StartStream<ReimbursementCase>(caseId, decision, key: null, now);
        }
        if (unpriced.Count > 0)
        {
            session.EjectAllPendingChanges();
            return new ShipmentReportOutcome(null, ReimbursementRules.UnitCostUnknown with { Breaches = unpriced });
        }
        return new ShipmentReportOutcome(new ShipmentReconciliation(command.WarehouseId, command.ShipmentReference, lines), null);
    }

    /// <summary>One case per SKU per shipment per warehouse: its id follows from the three.</summary>
    public static Guid CaseIdFor(Guid warehouseId, string shipmentReference, string sku) =>
        DeterministicGuid.From($"ops.logistics.fba-shortfall.{warehouseId}.{shipmentReference}.{sku}");
}
