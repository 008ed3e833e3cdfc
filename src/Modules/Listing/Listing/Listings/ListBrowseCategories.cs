using FastEndpoints;
using Marten;
using Ops.Shared;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>GET /api/listing/browse-categories</c>: the browse categories listings use, each once (spellings that differ
/// only in case count as one), A to Z, for forms to offer before "add new". Blank ones are left out.
/// </summary>
public sealed class ListBrowseCategoriesEndpoint(IListingStore store) : EndpointWithoutRequest<IReadOnlyList<string>>
{
    public override void Configure()
    {
        Get("/browse-categories");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var used = await session.Query<ListingDetails>().Select(l => l.Content.BrowseCategory).Distinct().ToListAsync(ct);
        IReadOnlyList<string> categories =
        [
            .. used.Select(c => c.Trim()).Where(c => c.Length > 0)
                .OrderBy(c => c, StringComparer.Ordinal)
                .DistinctBy(c => c.ToUpperInvariant())
                .OrderBy(c => c, StringComparer.InvariantCultureIgnoreCase),
        ];
        await Send.OkAsync(categories, ct);
    }
}
