using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Keywords;

public sealed record ReplaceKeywords(Guid KeywordSetId, Guid ListingId, IReadOnlyList<KeywordEntry> Keywords, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/listing/listings/{id}/keywords</c>: the set becomes exactly the keywords sent (say, after a fresh round
/// of research). Each difference is its own event, so history shows what was added, changed and dropped; rank
/// history of a kept keyword stays.
/// </summary>
public sealed class ReplaceKeywordsEndpoint(IListingStore store, IMessageBus bus) : Endpoint<KeywordListRequest, KeywordSetView>
{
    public override void Configure()
    {
        Put("/listings/{id}/keywords");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(KeywordListRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await this.UpdateAsync<KeywordSetView>(bus, store,
            expected => new ReplaceKeywords(KeywordSet.IdFor(request.Id), request.Id, [.. request.Keywords.Select(k => k.ToEntry())], expected), ct);
    }
}

public static class ReplaceKeywordsHandler
{
    public static Outcome Handle(ReplaceKeywords command, [WriteAggregate(Required = false)] IEventStream<KeywordSet> set,
        IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        return set.DecideOnSet(command.ListingId, command.ExpectedVersion, by, now, s => s.Replace(command.Keywords, by, now));
    }
}
