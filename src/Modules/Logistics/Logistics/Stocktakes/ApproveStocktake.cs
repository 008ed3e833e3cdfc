using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Contracts = Ops.Logistics.Contracts;

namespace Ops.Logistics.Stocktakes;

public sealed record ApproveStocktake(Guid StocktakeId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/stocktakes/{id}/approve</c> by the operations manager: every line with a variance moves on
/// hand by that variance through the stock ledger (ADR 0022: movements since the freeze are kept), and other modules hear
/// <c>StockAdjusted</c> per line. One adjustment the ledger refuses (below what orders hold) refuses the whole approval.
/// </summary>
public sealed class ApproveStocktakeEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, StocktakeView>
{
    public override void Configure()
    {
        Post("/stocktakes/{id}/approve");
        Group<LogisticsGroup>();
        Roles(Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<StocktakeView>(bus, store, expected => new ApproveStocktake(request.Id, expected), ct);
}

public static class ApproveStocktakeHandler
{
    public const string DefaultReason = "Stocktake count";

    public static async Task<(Outcome, OutgoingMessages)> Handle(ApproveStocktake command,
        [WriteAggregate(Required = false)] IEventStream<Stocktake> stream, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var by = context.Actor();
        var now = time.GetUtcNow();
        var adjustments = new List<LineAdjustment>();
        var posted = new List<(StockAdjustmentPosted Posted, string Reason)>();
        var signals = new OutgoingMessages();
        if (stream.Aggregate is { Status: StocktakeStatus.Submitted } stocktake
            && (command.ExpectedVersion is null || command.ExpectedVersion == stream.CurrentVersion))
        {
            var source = new MovementSource(MovementSourceKind.Stocktake, stocktake.Id);
            foreach (var (line, variance, reason) in stocktake.Variances())
            {
                var why = reason ?? DefaultReason;
                var decision = await StockLedger.MoveAsync(session, stocktake.WarehouseId, stocktake.StoreId, line.Sku,
                    item => item.Adjust(item.OnHand + variance, why, source, by, now), by, now, ct, signals);
                if (decision.Refusal is { } refused)
                {
                    // Nothing of the approval is written: the movements already decided are dropped with it.
                    session.EjectAllPendingChanges();
                    return (new Outcome.Refused(refused), []);
                }
                foreach (var p in decision.Events.OfType<StockAdjustmentPosted>())
                {
                    adjustments.Add(new LineAdjustment(line.Sku, variance, p.QuantityBefore, p.QuantityAfter));
                    posted.Add((p, why));
                }
            }
        }

        var outcome = stream.Decide(command.StocktakeId, command.ExpectedVersion, s => s.Approve(adjustments, by, now));
        if (outcome is Outcome.Accepted && stream.Aggregate is { } approved)
        {
            foreach (var (p, reason) in posted)
                messages.Add(new Contracts.StockAdjusted(DeterministicGuid.From($"ops.logistics.stocktake.{approved.Id}.{p.Sku}"), approved.StoreId,
                    approved.WarehouseId, p.Sku, p.QuantityBefore, p.QuantityAfter, reason, approved.Id, now));
            messages.AddRange(signals);
        }
        return (outcome, messages);
    }
}
