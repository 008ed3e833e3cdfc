using Marten;
using Ops.Listing.Contracts;
using Ops.Selection.Contracts;

namespace Ops.Logistics.Products;

/// <summary>
/// A SKU as logistics knows it (logistics.md, "Messages"): learnt from selection's <c>ProductApproved</c> (its supplier,
/// lead time, minimum order quantity, unit cost and package size) and made sellable by listing's <c>ListingWentLive</c>.
/// Reference data kept from messages, not a record of logistics' own: there is no stream, and a redelivery changes nothing.
/// Order review refuses SKUs that are unknown or not live; replenishment reads the lead time and MOQ; returns trace a
/// defect to the supplier.
/// </summary>
public sealed record LogisticsProduct
{
    /// <summary>The SKU (company-unique).</summary>
    public required string Id { get; init; }

    public string? Name { get; init; }
    public string? Marketplace { get; init; }
    public Guid? SupplierId { get; init; }
    public string? SupplierName { get; init; }
    public string? Currency { get; init; }
    public decimal? UnitCost { get; init; }
    public int? LeadTimeDays { get; init; }
    public int? MinimumOrderQuantity { get; init; }
    public ProductSize? Size { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>Set when the listing went live: the SKU may be sold and its orders fulfilled.</summary>
    public DateTimeOffset? LiveSince { get; init; }

    public string? Asin { get; init; }
    public bool Live => LiveSince is not null;

    internal static void Configure(StoreOptions options) => options.Schema.For<LogisticsProduct>().Index(p => p.SupplierId!);
}

public static class ProductApprovedHandler
{
    /// <summary>Learns the SKU's supply facts; a listing that went live first keeps its live state.</summary>
    public static async Task Handle(ProductApproved approved, IDocumentSession session)
    {
        var known = await session.LoadAsync<LogisticsProduct>(approved.Sku);
        session.Store((known ?? new LogisticsProduct { Id = approved.Sku }) with
        {
            Name = approved.Name, Marketplace = approved.Marketplace, SupplierId = approved.SupplierId, SupplierName = approved.SupplierName,
            Currency = approved.Currency, UnitCost = approved.UnitCost, LeadTimeDays = approved.LeadTimeDays,
            MinimumOrderQuantity = approved.MinimumOrderQuantity, Size = approved.Size, ApprovedAt = approved.ApprovedAt,
        });
    }
}

public static class ListingWentLiveHandler
{
    /// <summary>The SKU becomes sellable (from the first time it went live; a relisting keeps that date).</summary>
    public static async Task Handle(ListingWentLive live, IDocumentSession session)
    {
        var known = await session.LoadAsync<LogisticsProduct>(live.Sku);
        if (known?.LiveSince is not null && known.Asin == live.Asin) return;
        session.Store((known ?? new LogisticsProduct { Id = live.Sku }) with { LiveSince = known?.LiveSince ?? live.WentLiveAt, Asin = live.Asin });
    }
}
