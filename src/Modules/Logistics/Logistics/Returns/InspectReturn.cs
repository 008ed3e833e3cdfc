using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Returns;

public sealed record InspectReturnRequest
{
    public Guid Id { get; init; }
    public ReturnFinding? Finding { get; init; }
    public ReturnDisposition? Disposition { get; init; }
    public string Notes { get; init; } = "";
}

public sealed class InspectReturnValidator : Validator<InspectReturnRequest>
{
    public InspectReturnValidator()
    {
        RuleFor(r => r.Finding).NotNull().IsInEnum();
        RuleFor(r => r.Disposition).NotNull().IsInEnum();
        RuleFor(r => r.Notes).MaximumLength(2000);
        RuleFor(r => r.Notes).NotEmpty().When(r => r.Finding is not null and not ReturnFinding.NoDefect)
            .WithMessage(_ => Bilingual.Pick("Describe what the inspection found.", "请描述检验发现的问题。"));
    }
}

public sealed record InspectReturn(Guid ReturnId, ReturnFinding Finding, ReturnDisposition Disposition, string Notes, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/returns/{id}/inspect</c>: the finding and what becomes of the item. Restocked puts the units
/// received back into the warehouse's stock (<c>StockReturned</c>, through the ledger); service hears
/// <c>ReturnInspected</c>; a quality defect is reported to the SKU's supplier (<c>SupplierQualityIssueReported</c>).
/// </summary>
public sealed class InspectReturnEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<InspectReturnRequest, ReturnView>
{
    public override void Configure()
    {
        Post("/returns/{id}/inspect");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(InspectReturnRequest request, CancellationToken ct) =>
        this.UpdateAsync<ReturnView>(bus, store,
            expected => new InspectReturn(request.Id, request.Finding!.Value, request.Disposition!.Value, request.Notes.Trim(), expected), ct);
}

public static class InspectReturnHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(InspectReturn command, [WriteAggregate(Required = false)] IEventStream<Return> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var by = context.Actor();
        var now = time.GetUtcNow();
        var product = stream.Aggregate is { } known ? await session.LoadAsync<LogisticsProduct>(known.Request.Sku, ct) : null;
        var outcome = stream.Decide(command.ReturnId, command.ExpectedVersion,
            r => r.Inspect(command.Finding, command.Disposition, command.Notes, product?.SupplierId, by, now));
        if (stream.Aggregate is not { } item) return (outcome, messages);

        foreach (var inspected in outcome.Appended().OfType<ReturnInspectionRecorded>())
        {
            var quantity = item.QuantityReceived ?? item.Request.Quantity;
            if (inspected.Disposition == ReturnDisposition.Restocked)
            {
                var moved = await StockLedger.MoveAsync(session, item.WarehouseId!.Value, item.Request.StoreId, item.Request.Sku,
                    stock => stock.Return(quantity, new MovementSource(MovementSourceKind.Return, item.Id), by, now), by, now, ct, messages);
                if (moved.Refusal is { } refused)
                {
                    session.EjectAllPendingChanges();
                    return (new Outcome.Refused(refused), new OutgoingMessages());
                }
            }
            messages.Add(new ReturnInspected(item.Id, item.Request.StoreId, item.Request.Marketplace, item.Request.OrderNumber,
                item.Request.Sku, quantity, inspected.Finding, inspected.Notes, now));
            if (inspected.SupplierId is { } supplierId)
                messages.Add(new SupplierQualityIssueReported(DeterministicGuid.From($"ops.logistics.return-defect.{item.Id}"), supplierId,
                    item.Request.Sku, inspected.Notes, QualityIssueOrigin.ReturnInspection, now));
        }
        return (outcome, messages);
    }
}
