using Listing.Tests.Listings;

namespace Listing.Tests;

/// <summary>A listing for keyword sets and promotion plans to name: a fresh draft, created through the API.</summary>
public static class ListingForKeywords
{
    public static async Task<Guid> Listing(this ListingApp app) =>
        (await app.Drafted($"KW-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}")).Id;
}
