namespace Ops.Logistics.Contracts;

/// <summary>
/// A supplier's delivery against a purchase was received into a warehouse of a store. Listing starts the go-live
/// timer for the SKU by that store's calendar; selection records the supplier's delivery timeliness (on time when
/// <see cref="ReceivedOn"/> is not after <see cref="ExpectedOn"/>, both dates in the warehouse's time zone).
/// <see cref="ReceiptId"/> identifies the receipt, so a redelivered message is recognised and skipped.
/// </summary>
public sealed record PurchaseReceived(
    Guid ReceiptId,
    Guid StoreId,
    string Sku,
    Guid SupplierId,
    int QuantityReceived,
    int QuantityAccepted,
    DateOnly ExpectedOn,
    DateOnly ReceivedOn,
    DateTimeOffset ReceivedAt);

/// <summary>
/// An inspection (usually of a customer return) found a quality defect traced to a supplier. Selection records it as
/// a quality incident on the supplier; <see cref="IncidentId"/> makes a redelivery a no-op.
/// </summary>
public sealed record SupplierQualityIssueReported(
    Guid IncidentId,
    Guid SupplierId,
    string? Sku,
    string Description,
    QualityIssueOrigin Origin,
    DateTimeOffset FoundAt);

/// <summary>Where the defect was found.</summary>
public enum QualityIssueOrigin { ReturnInspection, InboundInspection, CustomerComplaint }
