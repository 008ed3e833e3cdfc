namespace Ops.Listing.Contracts;

/// <summary>
/// The platform approved a listing (or confirmed a relisting): it is live under <see cref="Asin"/> at <see cref="Price"/>
/// (a decimal in <see cref="Currency"/>, ISO 4217). Logistics and data start counting the SKU as on sale.
/// </summary>
public sealed record ListingWentLive(Guid ListingId, string Sku, string Asin, decimal Price, string Currency, DateTimeOffset WentLiveAt);

/// <summary>The platform rejected a listing with its reason codes and text; the operator revises and resubmits it.</summary>
public sealed record ListingRejected(Guid ListingId, string Sku, IReadOnlyList<string> ReasonCodes, string ReasonText, DateTimeOffset RejectedAt);

/// <summary>A live listing was suppressed (usually by the platform) and is not buyable until the cause is fixed.</summary>
public sealed record ListingSuppressed(Guid ListingId, string Sku, string? Asin, string Reason, DateTimeOffset SuppressedAt);

/// <summary>The price of a live listing changed from <see cref="PreviousPrice"/> to <see cref="Price"/> (decimals in their currencies).</summary>
public sealed record ListingPriceChanged(
    Guid ListingId,
    string Sku,
    string? Asin,
    decimal? PreviousPrice,
    string? PreviousCurrency,
    decimal Price,
    string Currency,
    DateTimeOffset ChangedAt);
