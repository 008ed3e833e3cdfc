using System.Globalization;
using System.Text.Json;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;
using Ops.Shared;
using Ops.Shared.Http;

namespace Ops.Listing.Keywords;

/// <summary>
/// A listing's keyword set as the API shows it: each keyword with its research figures and where the listing ranks for
/// it now (the latest observation by date). The rank history is read per keyword (<see cref="KeywordRankObservation"/>).
/// </summary>
public sealed record KeywordSetView : IVersionedView
{
    /// <summary>The set's own id (<see cref="KeywordSet.IdFor"/>); the API addresses the set by <see cref="ListingId"/>.</summary>
    public Guid Id { get; init; }

    /// <summary>0 while the listing has no keywords yet.</summary>
    public long Version { get; set; }

    public Guid ListingId { get; init; }
    public IReadOnlyList<TrackedKeyword> Keywords { get; init; } = [];

    /// <summary>The set of a listing that has not tracked any keyword yet.</summary>
    public static KeywordSetView EmptyFor(Guid listingId) => new() { Id = KeywordSet.IdFor(listingId), ListingId = listingId };

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<KeywordSetProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<KeywordRankObservationProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<LatestKeywordRankProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<KeywordSetView>().Index(s => s.ListingId);
        options.Schema.For<KeywordRankObservation>().Index(o => o.KeywordSetId);
    }
}

/// <summary>One tracked keyword: its research figures and its current ranks (null = not found, or never observed).</summary>
public sealed record TrackedKeyword(
    string Keyword, int SearchVolume, KeywordRelevance Relevance, int EntryPoints,
    int? OrganicRank, int? SponsoredRank, DateOnly? RankObservedOn, DateTimeOffset AddedAt)
{
    public static TrackedKeyword From(KeywordAdded e) =>
        new(e.Keyword, e.Metrics.SearchVolume, e.Metrics.Relevance, e.Metrics.EntryPoints, null, null, null, e.AddedAt);

    public bool Is(string keyword) => KeywordText.Key(Keyword) == KeywordText.Key(keyword);
}

public sealed class KeywordSetProjection : SingleStreamProjection<KeywordSetView, Guid>
{
    public override KeywordSetView? Evolve(KeywordSetView? set, Guid id, IEvent e) => (set, e.Data) switch
    {
        (null, KeywordSetStarted s) => new KeywordSetView { Id = s.KeywordSetId, ListingId = s.ListingId },
        (not null, KeywordAdded a) => set with { Keywords = [.. set.Keywords, TrackedKeyword.From(a)] },
        (not null, KeywordChanged c) => With(set, c.Keyword, k => k with
        {
            SearchVolume = c.Metrics.SearchVolume, Relevance = c.Metrics.Relevance, EntryPoints = c.Metrics.EntryPoints,
        }),
        (not null, KeywordRemoved r) => set with { Keywords = [.. set.Keywords.Where(k => !k.Is(r.Keyword))] },
        // Stored before ranks had a stream of their own (ADR 0009); LatestKeywordRankProjection since.
        // An observation older than the one shown goes into the history only.
        (not null, KeywordRankObserved o) => With(set, o.Keyword, k => k.RankObservedOn > o.ObservedOn ? k : k with
        {
            OrganicRank = o.OrganicRank, SponsoredRank = o.SponsoredRank, RankObservedOn = o.ObservedOn,
        }),
        _ => set,
    };

    private static KeywordSetView With(KeywordSetView set, string keyword, Func<TrackedKeyword, TrackedKeyword> change) =>
        set with { Keywords = [.. set.Keywords.Select(k => k.Is(keyword) ? change(k) : k)] };
}

/// <summary>
/// One day's ranks of one keyword of a set: the rank history, a document per keyword and day (a later observation of
/// the same day replaces it). Kept apart from the set so the set stays small however long ranks are tracked.
/// </summary>
public sealed record KeywordRankObservation
{
    public Guid Id { get; init; }
    public Guid KeywordSetId { get; init; }

    /// <summary><see cref="KeywordText.Key"/> of the keyword.</summary>
    public required string KeywordKey { get; init; }

    public DateOnly ObservedOn { get; init; }
    public int? OrganicRank { get; init; }
    public int? SponsoredRank { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public static Guid IdFor(Guid keywordSetId, string keyword, DateOnly observedOn) =>
        DeterministicGuid.From($"ops.listing.keyword-rank.{keywordSetId}.{KeywordText.Key(keyword)}.{observedOn:yyyy-MM-dd}");
}

public sealed partial class KeywordRankObservationProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case KeywordRankObserved o:
                operations.Store(Of(o.KeywordSetId, o.Keyword, o.ObservedOn, o.OrganicRank, o.SponsoredRank, o.RecordedBy, o.RecordedAt));
                break;
            case KeywordRankRecorded r:
                operations.Store(Of(r.KeywordSetId, r.Keyword, r.ObservedOn, r.OrganicRank, r.SponsoredRank, r.RecordedBy, r.RecordedAt));
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static KeywordRankObservation Of(Guid setId, string keyword, DateOnly observedOn, int? organicRank, int? sponsoredRank, string by,
        DateTimeOffset at) => new()
    {
        Id = KeywordRankObservation.IdFor(setId, keyword, observedOn), KeywordSetId = setId, KeywordKey = KeywordText.Key(keyword),
        ObservedOn = observedOn, OrganicRank = organicRank, SponsoredRank = sponsoredRank, RecordedBy = by, RecordedAt = at,
    };
}

/// <summary>
/// The set's view shows each keyword's latest rank by date (ADR 0009: the record keeps the summary of its activity). A
/// rank on the listing's rank stream updates that one keyword of the view in place, in the database and in the same
/// transaction, unless the view already shows a later day; the keyword's other fields, and the other keywords, are
/// left to the set's own projection.
/// </summary>
public sealed class LatestKeywordRankProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is not KeywordRankRecorded r) return ValueTask.CompletedTask;

        var views = operations.DocumentStore.Options.FindOrResolveDocumentType(typeof(KeywordSetView)).TableName.QualifiedName;
        var observedOn = r.ObservedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ranks = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["organicRank"] = r.OrganicRank, ["sponsoredRank"] = r.SponsoredRank, ["rankObservedOn"] = observedOn,
        });
        operations.QueueSqlCommand($$"""
            update {{views}} set data = jsonb_set(data, '{keywords}', (
              select coalesce(jsonb_agg(case
                when k->>'keyword' = ? and (k->>'rankObservedOn' is null or (k->>'rankObservedOn')::date <= ?::date) then k || ?::jsonb
                else k end order by idx), '[]'::jsonb)
              from jsonb_array_elements(data->'keywords') with ordinality as tracked(k, idx)))
            where id = ?
            """, r.Keyword, observedOn, ranks, r.KeywordSetId);
        return ValueTask.CompletedTask;
    }
}
