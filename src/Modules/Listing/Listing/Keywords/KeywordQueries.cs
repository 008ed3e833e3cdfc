using FastEndpoints;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;

namespace Ops.Listing.Keywords;

/// <summary>
/// <c>GET /api/listing/listings/{id}/keywords</c>: the listing's keyword set with its version as ETag, or
/// (<c>?asOf=</c> / <c>?version=</c>) as it was then. A listing that tracks no keywords yet has an empty set at version 0.
/// </summary>
public sealed class GetKeywordSetEndpoint(IListingStore store) : Endpoint<RecordAsOfRequest, KeywordSetView>
{
    public override void Configure()
    {
        Get("/listings/{id}/keywords");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(RecordAsOfRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await using var session = store.QuerySession();
        var setId = KeywordSet.IdFor(request.Id);
        var view = request.AsOf is null && request.Version is null
            ? await session.LoadAsync<KeywordSetView>(setId, ct)
            : await session.Events.AggregateStreamAsync<KeywordSetView>(setId, version: request.Version ?? 0, timestamp: request.AsOf, token: ct);
        await CommandResponses.SendViewAsync(HttpContext, view ?? KeywordSetView.EmptyFor(request.Id), 200, ct);
    }
}

/// <summary><c>GET /api/listing/listings/{id}/keywords/history</c>: the keyword set's events in order, with who did them.</summary>
public sealed class KeywordSetHistoryEndpoint(IListingStore store) : HistoryEndpoint<KeywordSet, KeywordSetView, IListingStore>(store)
{
    public override void Configure()
    {
        Get("/listings/{id}/keywords/history");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        var listings = Resolve<IListingStore>();
        if (!await ListingReference.EnsureExistsAsync(HttpContext, listings, request.Id, ct)) return;
        await using var session = listings.QuerySession();
        var setId = KeywordSet.IdFor(request.Id);
        if (await session.Events.FetchStreamStateAsync(setId, ct) is null) await Send.OkAsync([], ct);
        else await base.HandleAsync(request with { Id = setId }, ct);
    }
}

public sealed record KeywordRanksRequest
{
    public Guid Id { get; init; }
    public string Keyword { get; init; } = "";
    [QueryParam] public DateOnly? From { get; init; }
    [QueryParam] public DateOnly? To { get; init; }
}

public sealed class KeywordRanksValidator : Validator<KeywordRanksRequest>
{
    public KeywordRanksValidator() =>
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null);
}

/// <summary>A tracked keyword's rank history: one observation per day, oldest first.</summary>
public sealed record KeywordRankHistory(Guid ListingId, string Keyword, IReadOnlyList<KeywordRank> Ranks);

public sealed record KeywordRank(DateOnly ObservedOn, int? OrganicRank, int? SponsoredRank, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// <c>GET /api/listing/listings/{id}/keywords/{keyword}/ranks?from=&amp;to=</c>: the rank history of a tracked keyword,
/// optionally between two dates (inclusive).
/// </summary>
public sealed class GetKeywordRanksEndpoint(IListingStore store) : Endpoint<KeywordRanksRequest, KeywordRankHistory>
{
    public override void Configure()
    {
        Get("/listings/{id}/keywords/{keyword}/ranks");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(KeywordRanksRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await using var session = store.QuerySession();
        var setId = KeywordSet.IdFor(request.Id);
        var tracked = (await session.LoadAsync<KeywordSetView>(setId, ct))?.Keywords.FirstOrDefault(k => k.Is(request.Keyword));
        if (tracked is null)
        {
            await Problems.WriteAsync(HttpContext, StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Not found",
                $"Listing {request.Id} does not track the keyword \"{request.Keyword}\".", ct: ct);
            return;
        }

        var key = KeywordText.Key(tracked.Keyword);
        IQueryable<KeywordRankObservation> ranks = session.Query<KeywordRankObservation>().Where(o => o.KeywordSetId == setId && o.KeywordKey == key);
        if (request.From is { } from) ranks = ranks.Where(o => o.ObservedOn >= from);
        if (request.To is { } to) ranks = ranks.Where(o => o.ObservedOn <= to);
        var history = await ranks.OrderBy(o => o.ObservedOn).ToListAsync(ct);
        await Send.OkAsync(new KeywordRankHistory(request.Id, tracked.Keyword,
            [.. history.Select(o => new KeywordRank(o.ObservedOn, o.OrganicRank, o.SponsoredRank, o.RecordedBy, o.RecordedAt))]), ct);
    }
}
