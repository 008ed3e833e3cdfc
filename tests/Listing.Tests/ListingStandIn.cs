using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;

namespace Listing.Tests;

/// <summary>
/// A listing for keyword sets and promotion plans to name, until the listing record exists on this branch: a stream in
/// the listing store started with a test-only event, which is all the listing reference checks.
/// </summary>
public sealed record ListingStandInCreated(Guid ListingId);

public static class ListingStandIn
{
    public static async Task<Guid> Listing(this ListingApp app)
    {
        var id = Guid.CreateVersion7();
        await using var session = app.Host.Services.GetRequiredService<IListingStore>().LightweightSession();
        session.Events.StartStream(id, new ListingStandInCreated(id));
        await session.SaveChangesAsync();
        return id;
    }
}
