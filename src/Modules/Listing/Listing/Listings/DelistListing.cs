using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

public sealed record DelistListing(Guid ListingId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/listing/listings/{id}/delist</c>: a live or suppressed listing is taken off sale, with why.</summary>
public sealed class DelistListingEndpoint(IListingStore store, IMessageBus bus) : Endpoint<ReasonRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings/{id}/delist");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new DelistListing(request.Id, request.Reason.Trim(), expected), ct);
}

public static class DelistListingHandler
{
    public static Outcome Handle(DelistListing command, [WriteAggregate(Required = false)] IEventStream<Listing> listing,
        IMessageContext context, TimeProvider time) =>
        listing.Decide(command.ListingId, command.ExpectedVersion, l => l.Delist(command.Reason, context.Actor(), time.GetUtcNow()));
}
