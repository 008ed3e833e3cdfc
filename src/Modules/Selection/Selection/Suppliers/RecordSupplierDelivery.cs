using JasperFx.Events;
using Ops.Logistics.Contracts;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

/// <summary>
/// <c>PurchaseReceived</c> from logistics: the supplier's delivery is recorded for its timeliness (selection.md, KPIs:
/// on-time delivery of suppliers). The receipt id makes a redelivery a no-op.
/// </summary>
[MartenStore(typeof(ISelectionStore))]
public static class PurchaseReceivedHandler
{
    [MoveToErrorQueueOn(typeof(UnknownSupplierException))]
    public static void Handle(PurchaseReceived received, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time)
    {
        var receipt = new SupplierReceipt(received.ReceiptId, received.StoreId, received.Sku, received.QuantityReceived,
            received.QuantityAccepted, received.ExpectedOn, received.ReceivedOn, received.ReceivedAt);
        var outcome = supplier.Decide(received.SupplierId, expectedVersion: null, s => s.RecordDelivery(receipt, context.Actor(), time.GetUtcNow()));
        UnknownSupplierException.ThrowIfNotFound(outcome, received);
    }
}
