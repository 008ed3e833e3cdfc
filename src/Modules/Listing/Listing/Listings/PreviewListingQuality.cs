using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Settings;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>POST /api/listing/listings/{id}/quality-preview</c>: the quality check of content being edited, not saved, under
/// the settings in force. The body is the content as <c>PUT …/content</c> takes it (same validation, same trimming),
/// so the report is the one saving that content would record: the same findings and score, numbered as the content
/// version saving it would make (the current one if nothing differs). Nothing is saved; editors call it as they type.
/// </summary>
[Calculation]
public sealed class PreviewListingQualityEndpoint(IListingStore store, TimeProvider time) : Endpoint<ChangeListingContentRequest, ListingQualityReport>
{
    public override void Configure()
    {
        Post("/listings/{id}/quality-preview");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(ChangeListingContentRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var listing = await session.LoadAsync<ListingDetails>(request.Id, ct);
        if (listing is null)
        {
            await Problems.NotFoundAsync(HttpContext, "listing", request.Id, ct);
            return;
        }
        var policy = (await session.CurrentAsync<ListingSettings>(ct)).Settings;
        var content = request.ToContent();
        var version = ContentDiff.AreSame(listing.Content, content) ? listing.ContentVersion : listing.ContentVersion + 1;
        await Send.OkAsync(QualityCheck.Run(content, version, policy, time.GetUtcNow()), ct);
    }
}
