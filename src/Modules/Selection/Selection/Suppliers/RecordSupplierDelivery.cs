using JasperFx.Events;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

/// <summary>
/// <c>PurchaseReceived</c> from logistics: the supplier's delivery is recorded for its timeliness (selection.md, KPIs:
/// on-time delivery of suppliers). The receipt id makes a redelivery a no-op. Receipts from one supplier are handled in
/// parallel; one that loses the race to append is retried by the host's policy (safe: the decision skips what is already recorded).
/// </summary>
public static class PurchaseReceivedHandler
{
    public static void Handle(PurchaseReceived received, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        // A report carries no user: the events' metadata names the same actor as their …By, so history shows who.
        session.LastModifiedBy = context.Actor();
        var receipt = new SupplierReceipt(received.ReceiptId, received.StoreId, received.Sku, received.QuantityReceived,
            received.QuantityAccepted, received.ExpectedOn, received.ReceivedOn, received.ReceivedAt);
        var outcome = supplier.Decide(received.SupplierId, expectedVersion: null, s => s.RecordDelivery(receipt, context.Actor(), time.GetUtcNow()));
        UnknownSupplierException.ThrowIfNotFound(outcome, received);
    }
}
