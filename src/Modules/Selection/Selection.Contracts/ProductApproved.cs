namespace Ops.Selection.Contracts;

/// <summary>
/// A candidate passed screening, sourcing and sampling and became a product with a company-unique SKU. Listing opens
/// a draft from it; logistics learns the SKU, its supplier, lead time and order quantity. Amounts are decimals in
/// <see cref="Currency"/> (ISO 4217); dimensions in inches and pounds (converted once, when the candidate was proposed).
/// </summary>
public sealed record ProductApproved(
    Guid CandidateId,
    string Sku,
    string Name,
    string Category,
    string Marketplace,
    Guid SupplierId,
    string SupplierName,
    string Currency,
    decimal UnitCost,
    decimal TargetPrice,
    int LeadTimeDays,
    int MinimumOrderQuantity,
    ProductSize Size,
    DateTimeOffset ApprovedAt);

/// <summary>A unit's package dimensions in inches and weight in pounds.</summary>
public sealed record ProductSize(decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb);
