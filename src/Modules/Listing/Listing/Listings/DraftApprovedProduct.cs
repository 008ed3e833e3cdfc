using System.Globalization;
using Marten;
using Ops.Selection.Contracts;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

/// <summary>
/// Selection approved a product: listing opens its draft with what selection knows (SKU, name as title, category,
/// target price, size and weight). Idempotent: the listing's id follows from the SKU, so a redelivered message — or a
/// product listed by hand first — finds the listing there and changes nothing.
/// </summary>
public static class ProductApprovedHandler
{
    public static async Task<OutgoingMessages> Handle(ProductApproved product, IDocumentSession session, ListingSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var listingId = Listing.IdFor(product.Sku);
        if (await session.Events.FetchStreamStateAsync(listingId, ct) is not null) return [];

        session.LastModifiedBy = context.Actor(); // the approver, relayed by selection, or "system"
        var now = time.GetUtcNow();
        var draft = Listing.Draft(listingId, product.Sku.Trim(), FirstContent(product), ListingOrigin.ProductApproved, product.CandidateId,
            product.ApprovedAt, policy, context.Actor(), now);
        var events = await GoLiveDeadlines.WithAwaitingReceiptAsync(session, draft, policy, now, ct);
        session.StartStream<Listing>(listingId, Decision.Accept([.. events]), key: null, now);
        return GoLiveDeadlines.Schedule(events);
    }

    public static ListingContent FirstContent(ProductApproved product) => new()
    {
        Title = product.Name.Trim(),
        BrowseCategory = product.Category.Trim(),
        Price = new ListingPrice(product.TargetPrice, product.Currency),
        Attributes = new ListingAttributes
        {
            Size = $"{Number(product.Size.LengthIn)} x {Number(product.Size.WidthIn)} x {Number(product.Size.HeightIn)} in",
            Weight = $"{Number(product.Size.WeightLb)} lb",
        },
    };

    private static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);
}
