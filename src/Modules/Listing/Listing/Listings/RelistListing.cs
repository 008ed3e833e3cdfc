using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

public sealed record RelistListing(Guid ListingId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/relist</c>: a suppressed or delisted listing goes back to the platform, through the
/// same quality gate as a submission. It is live again once the platform confirms it (a review result, approved).
/// </summary>
public sealed class RelistListingEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings/{id}/relist");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new RelistListing(request.Id, expected), ct);
}

public static class RelistListingHandler
{
    public static Outcome Handle(RelistListing command, [WriteAggregate(Required = false)] IEventStream<Listing> listing,
        ListingSettings policy, IMessageContext context, TimeProvider time) =>
        listing.Decide(command.ListingId, command.ExpectedVersion, l => l.Relist(policy, context.Actor(), time.GetUtcNow()));
}
