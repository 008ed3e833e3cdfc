using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Keywords;

public sealed record RemoveKeywordRequest
{
    public Guid Id { get; init; }
    public string Keyword { get; init; } = "";
}

public sealed record RemoveKeyword(Guid KeywordSetId, Guid ListingId, string Keyword, long? ExpectedVersion);

/// <summary>
/// <c>DELETE /api/listing/listings/{id}/keywords/{keyword}</c>: the listing stops tracking the keyword (its rank history
/// is kept and shows again if the keyword is added back). An untracked keyword is refused with <c>keyword.not_in_set</c>.
/// </summary>
public sealed class RemoveKeywordEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RemoveKeywordRequest, KeywordSetView>
{
    public override void Configure()
    {
        Delete("/listings/{id}/keywords/{keyword}");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(RemoveKeywordRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await this.UpdateAsync<KeywordSetView>(bus, store,
            expected => new RemoveKeyword(KeywordSet.IdFor(request.Id), request.Id, request.Keyword, expected), ct);
    }
}

public static class RemoveKeywordHandler
{
    public static Outcome Handle(RemoveKeyword command, [WriteAggregate(Required = false)] IEventStream<KeywordSet> set,
        IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        return set.DecideOnSet(command.ListingId, command.ExpectedVersion, by, now, s => s.Remove(command.Keyword, by, now));
    }
}
