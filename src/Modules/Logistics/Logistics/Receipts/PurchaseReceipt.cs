using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Receipts;

/// <summary>
/// A supplier's delivery was received into a warehouse (logistics.md, "Purchase receipt"): of the units received, the
/// accepted ones entered stock (StockReceived) and the rejected ones did not.
/// </summary>
[History("Purchase receipt recorded", "采购收货已登记")]
public sealed record PurchaseReceiptRecorded(
    Guid ReceiptId, Guid StoreId, Guid WarehouseId, string Sku, Guid SupplierId, int QuantityReceived, int QuantityAccepted, int QuantityRejected,
    DateOnly ExpectedOn, DateOnly ReceivedOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

public static class ReceiptRules
{
    public static readonly Rule SkuMustBeKnown =
        new("receipt.sku_must_be_known", "Logistics does not know this SKU: only approved products are received.", "物流模块中没有该 SKU：只能接收已批准的产品。");
    public static readonly Rule WarehouseMustExist =
        new("receipt.warehouse_must_exist", "This warehouse is not registered.", "该仓库未登记。");
    public static readonly Rule WarehouseMustBeOpen =
        new("receipt.warehouse_must_be_open", "This warehouse is closed: it takes no stock until it is reopened.", "该仓库已停用：重新启用前不能入库。");
    public static readonly Rule SupplierMustBeKnown =
        new("receipt.supplier_must_be_known", "The SKU has no supplier on record: name the supplier of this delivery.", "该 SKU 没有登记供应商：请填写本次交货的供应商。");
    public static readonly Rule ReceivedDateNotInFuture =
        new("receipt.received_date_not_in_future", "The received date is later than today in the warehouse's time zone.", "收货日期晚于仓库所在时区的今天。");
}

/// <summary>A receipt is recorded once and does not change.</summary>
public sealed record PurchaseReceipt(Guid Id)
{
    public static PurchaseReceipt Create(PurchaseReceiptRecorded e) => new(e.ReceiptId);
}

public sealed record PurchaseReceiptView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public Guid WarehouseId { get; init; }
    public required string Sku { get; init; }
    public Guid SupplierId { get; init; }
    public int QuantityReceived { get; init; }
    public int QuantityAccepted { get; init; }
    public int QuantityRejected { get; init; }
    public DateOnly ExpectedOn { get; init; }
    public DateOnly ReceivedOn { get; init; }

    /// <summary>Received after the expected date (both in the warehouse's time zone).</summary>
    public bool Late { get; init; }

    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<PurchaseReceiptProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PurchaseReceiptView>().Index(r => r.Sku).Index(r => r.WarehouseId).Index(r => r.RecordedAt);
    }
}

public sealed class PurchaseReceiptProjection : SingleStreamProjection<PurchaseReceiptView, Guid>
{
    public override PurchaseReceiptView? Evolve(PurchaseReceiptView? receipt, Guid id, IEvent e) => (receipt, e.Data) switch
    {
        (null, PurchaseReceiptRecorded r) => new PurchaseReceiptView
        {
            Id = r.ReceiptId, StoreId = r.StoreId, WarehouseId = r.WarehouseId, Sku = r.Sku, SupplierId = r.SupplierId,
            QuantityReceived = r.QuantityReceived, QuantityAccepted = r.QuantityAccepted, QuantityRejected = r.QuantityRejected,
            ExpectedOn = r.ExpectedOn, ReceivedOn = r.ReceivedOn, Late = r.ReceivedOn > r.ExpectedOn, Note = r.Note, RecordedBy = r.RecordedBy,
            RecordedAt = r.RecordedAt,
        },
        _ => receipt,
    };
}
