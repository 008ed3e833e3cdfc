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

public sealed record SubmitListing(Guid ListingId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/submit</c>: sends a draft or revised listing for platform review. The quality
/// check runs first under the settings in force: error-level findings refuse it under the first one's rule code
/// (e.g. <c>listing.title_too_long</c>), a score below <c>minContentScoreToSubmit</c> with
/// <c>listing.content_score_below_minimum</c>; the problem's <c>rules</c> name every rule broken, each with its field
/// and message. The default platform adapter only records the submission; the result comes back through <c>…/review-result</c>.
/// </summary>
public sealed class SubmitListingEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings/{id}/submit");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new SubmitListing(request.Id, expected), ct);
}

public static class SubmitListingHandler
{
    public static Outcome Handle(SubmitListing command, [WriteAggregate(Required = false)] IEventStream<Listing> listing,
        ListingSettings policy, IMessageContext context, TimeProvider time) =>
        listing.Decide(command.ListingId, command.ExpectedVersion, l => l.Submit(policy, context.Actor(), time.GetUtcNow()));
}
