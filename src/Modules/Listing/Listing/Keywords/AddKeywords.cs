using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Keywords;

public sealed record AddKeywords(Guid KeywordSetId, Guid ListingId, IReadOnlyList<KeywordEntry> Keywords, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/keywords</c>: keywords the listing starts tracking. A keyword it tracks already
/// (ignoring case and extra spaces) is refused with <c>keyword.already_in_set</c>, and then none is added.
/// </summary>
public sealed class AddKeywordsEndpoint(IListingStore store, IMessageBus bus) : Endpoint<KeywordListRequest, KeywordSetView>
{
    public override void Configure()
    {
        Post("/listings/{id}/keywords");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(KeywordListRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await this.UpdateAsync<KeywordSetView>(bus, store,
            expected => new AddKeywords(KeywordSet.IdFor(request.Id), request.Id, [.. request.Keywords.Select(k => k.ToEntry())], expected), ct);
    }
}

public static class AddKeywordsHandler
{
    public static Outcome Handle(AddKeywords command, [WriteAggregate(Required = false)] IEventStream<KeywordSet> set,
        IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        return set.DecideOnSet(command.ListingId, command.ExpectedVersion, by, now, s => s.Add(command.Keywords, by, now));
    }
}
