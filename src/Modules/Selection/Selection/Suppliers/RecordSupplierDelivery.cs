using JasperFx.Events;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Marten.Patching;

namespace Ops.Selection.Suppliers;

/// <summary>
/// <c>PurchaseReceived</c> from logistics: the supplier's delivery is recorded for its timeliness (selection.md, KPIs:
/// on-time delivery of suppliers) on the supplier's delivery log, not on the supplier's stream (ADR 0009), and the
/// supplier's details show the log's new summary. The receipt id makes a redelivery a no-op. Receipts from one supplier
/// are handled in parallel; one that loses the race on the log (its version, or two first deliveries both starting it)
/// is retried by the host's policy (safe: a recorded receipt is skipped).
/// </summary>
public static class PurchaseReceivedHandler
{
    public static async Task Handle(PurchaseReceived received, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        // A report carries no user: the events' metadata names the same actor as their …By, so history shows who.
        session.LastModifiedBy = context.Actor();
        // The log first, locked: a second delivery of the same supplier waits here for this one's commit and then reads
        // the log it left (a plain read let two deliveries race on the inline snapshot, seen as a failure to apply the
        // second one's event, which no retry recovers).
        var log = await session.Events.FetchForExclusiveWriting<SupplierDeliveryLog>(SupplierDeliveryLog.IdFor(received.SupplierId), ct);
        var supplier = await session.Events.AggregateStreamAsync<Supplier>(received.SupplierId, token: ct)
                       ?? throw new UnknownSupplierException(received.SupplierId, received);
        if (supplier.DeliveryReceiptIds.Contains(received.ReceiptId) || await session.LoadAsync<RecordedDelivery>(received.ReceiptId, ct) is not null)
            return;

        var receipt = new SupplierReceipt(received.ReceiptId, received.StoreId, received.Sku, received.QuantityReceived,
            received.QuantityAccepted, received.ExpectedOn, received.ReceivedOn, received.ReceivedAt);
        // A log started now carries over what the supplier's stream recorded before deliveries had one (ADR 0009).
        var carriedOver = log.Aggregate is null
            ? (await session.LoadAsync<SupplierDetails>(received.SupplierId, ct))?.Deliveries ?? DeliveryTimeliness.None
            : DeliveryTimeliness.None;
        var (events, timeliness) = SupplierDeliveryLog.Record(log.Aggregate, received.SupplierId, carriedOver, receipt, context.Actor(),
            time.GetUtcNow());
        // A log started here is a new stream: a second first delivery of the same supplier, which could not wait on a lock of
        // a stream that did not exist yet, then collides on the stream's id and is retried against the log this one left.
        if (log.Aggregate is null) session.Events.StartStream<SupplierDeliveryLog>(log.Id, events.ToArray());
        else log.AppendMany(events.ToArray());
        session.Patch<SupplierDetails>(received.SupplierId).Set(s => s.Deliveries, timeliness);
    }
}
