using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Listing.Listings;
using Ops.Shared.Http;

namespace Ops.Listing.Keywords;

/// <summary>
/// How keyword sets and promotion plans learn that the listing they name exists: its read model is on file.
/// </summary>
internal static class ListingReference
{
    public static async Task<bool> ExistsAsync(IQuerySession session, Guid listingId, CancellationToken ct) =>
        await session.Query<ListingDetails>().AnyAsync(l => l.Id == listingId, ct);

    /// <summary>True when the listing exists; otherwise answers 404 naming it and returns false.</summary>
    public static async Task<bool> EnsureExistsAsync(HttpContext http, IListingStore store, Guid listingId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await ExistsAsync(session, listingId, ct)) return true;
        await Problems.NotFoundAsync(http, "listing", listingId, ct);
        return false;
    }
}
