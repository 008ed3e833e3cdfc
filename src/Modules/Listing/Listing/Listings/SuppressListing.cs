using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

public sealed record SuppressListing(Guid ListingId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/suppress</c>: the platform stopped showing a live listing (the reason usually comes
/// from the platform, so the platform adapter's <c>integration</c> role may post it too). Published as <c>ListingSuppressed</c>.
/// </summary>
public sealed class SuppressListingEndpoint(IListingStore store, IMessageBus bus) : Endpoint<ReasonRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings/{id}/suppress");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin, Role.Integration);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new SuppressListing(request.Id, request.Reason.Trim(), expected), ct);
}

public static class SuppressListingHandler
{
    public static (Outcome, OutgoingMessages) Handle(SuppressListing command, [WriteAggregate(Required = false)] IEventStream<Listing> listing,
        IMessageContext context, TimeProvider time)
    {
        var outcome = listing.Decide(command.ListingId, command.ExpectedVersion, l => l.Suppress(command.Reason, context.Actor(), time.GetUtcNow()));
        return (outcome, ListingAnnouncements.PublishedBy(listing.Aggregate, outcome));
    }
}
