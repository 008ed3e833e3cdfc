using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Listing.Keywords;

/// <summary>How closely a search term matches the product: core terms describe it, long-tail ones are narrow and cheap.</summary>
public enum KeywordRelevance { Core, Related, LongTail }

/// <summary>
/// What the research SOP (seed 002) weighs for one search term: its monthly search volume, how relevant it is, and the
/// number of entry points (places on Amazon where the term leads shoppers to the listing). Together with rank they
/// decide the traffic a keyword brings.
/// </summary>
public sealed record KeywordMetrics(int SearchVolume, KeywordRelevance Relevance, int EntryPoints);

// The facts of a keyword set's life. Keywords are named as the seller wrote them (trimmed, inner spaces collapsed).

/// <summary>The listing's keyword set came into being with its first change.</summary>
[History("Keyword set started", "关键词库已建立")]
public sealed record KeywordSetStarted(Guid KeywordSetId, Guid ListingId, string StartedBy, DateTimeOffset StartedAt);

[History("Keyword added", "关键词已添加")]
public sealed record KeywordAdded(Guid KeywordSetId, string Keyword, KeywordMetrics Metrics, string AddedBy, DateTimeOffset AddedAt);

[History("Keyword changed", "关键词已修改")]
public sealed record KeywordChanged(Guid KeywordSetId, string Keyword, KeywordMetrics Metrics, string ChangedBy, DateTimeOffset ChangedAt);

[History("Keyword removed", "关键词已删除")]
public sealed record KeywordRemoved(Guid KeywordSetId, string Keyword, string RemovedBy, DateTimeOffset RemovedAt);

/// <summary>
/// Where the listing ranked for the keyword on a day: organic and sponsored position (null = not found). A second
/// observation for the same day corrects the first. Obsolete for writing: stored on keyword sets' streams before ranks
/// had a stream of their own (<see cref="KeywordRankRecorded"/>, ADR 0009); kept, with its <c>Apply</c>, so those
/// streams still load.
/// </summary>
[History("Keyword rank recorded", "关键词排名已记录")]
public sealed record KeywordRankObserved(
    Guid KeywordSetId, string Keyword, DateOnly ObservedOn, int? OrganicRank, int? SponsoredRank, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// Where the listing ranked for a keyword of its set on a day: organic and sponsored position (null = not found), on the
/// listing's rank stream (<see cref="KeywordRanks"/>). A second observation for the same day corrects the first.
/// </summary>
[History("Keyword rank recorded", "关键词排名已记录")]
public sealed record KeywordRankRecorded(
    Guid KeywordRanksId, Guid KeywordSetId, string Keyword, DateOnly ObservedOn, int? OrganicRank, int? SponsoredRank, string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>
/// A listing's rank observations, in a stream of their own beside its keyword set's (ADR 0009): one event per keyword
/// per day would otherwise grow the set's stream for as long as ranks are tracked. Never replayed: each observation is
/// kept as a document per keyword and day (<see cref="KeywordRankObservation"/>) and the set's view shows the latest.
/// </summary>
public static class KeywordRanks
{
    /// <summary>One rank stream per listing, whose id follows from the listing's.</summary>
    public static Guid IdFor(Guid listingId) => DeterministicGuid.From($"ops.listing.keyword-ranks.{listingId}");
}

public static class KeywordRules
{
    public const string AlreadyInSetCode = "keyword.already_in_set";
    public const string NotInSetCode = "keyword.not_in_set";

    public static Rule AlreadyInSet(string keyword) => new(AlreadyInSetCode,
        $"The listing already tracks the keyword \"{keyword}\" (keywords are compared ignoring case and extra spaces).",
        $"该商品已在跟踪关键词“{keyword}”（比较时忽略大小写和多余空格）。");

    public static Rule NotInSet(string keyword) => new(NotInSetCode,
        $"The listing does not track the keyword \"{keyword}\"; add it first.", $"该商品未跟踪关键词“{keyword}”，请先添加。");
}

/// <summary>Keywords compare ignoring case and surrounding or repeated spaces: "Phone  Case " and "phone case" are one.</summary>
public static partial class KeywordText
{
    public static string Normalise(string keyword) => Spaces().Replace(keyword.Trim(), " ");

    public static string Key(string keyword) => Normalise(keyword).ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One keyword as given in a request: its text and what research found about it.</summary>
public sealed record KeywordEntry(string Keyword, KeywordMetrics Metrics);

/// <summary>The keywords a listing tracks, keyed by <see cref="KeywordText.Key"/>: what keyword decisions need, and nothing more.</summary>
public sealed record KeywordSet(Guid Id, Guid ListingId, ImmutableDictionary<string, KeywordEntry> Keywords)
{
    /// <summary>One set per listing, in its own stream whose id follows from the listing's.</summary>
    public static Guid IdFor(Guid listingId) => DeterministicGuid.From($"ops.listing.keywords.{listingId}");

    public static KeywordSet Create(KeywordSetStarted e) => new(e.KeywordSetId, e.ListingId, ImmutableDictionary<string, KeywordEntry>.Empty);

    public KeywordSet Apply(KeywordAdded e) => this with { Keywords = Keywords.SetItem(KeywordText.Key(e.Keyword), new(e.Keyword, e.Metrics)) };
    public KeywordSet Apply(KeywordChanged e) => this with { Keywords = Keywords.SetItem(KeywordText.Key(e.Keyword), new(e.Keyword, e.Metrics)) };
    public KeywordSet Apply(KeywordRemoved e) => this with { Keywords = Keywords.Remove(KeywordText.Key(e.Keyword)) };
    public KeywordSet Apply(KeywordRankObserved _) => this; // obsolete for writing: ranks are on KeywordRanks (ADR 0009)

    /// <summary>New keywords; none of them may be tracked already.</summary>
    public Decision Add(IReadOnlyList<KeywordEntry> entries, string by, DateTimeOffset now) =>
        entries.FirstOrDefault(e => Keywords.ContainsKey(KeywordText.Key(e.Keyword))) is { } tracked
            ? KeywordRules.AlreadyInSet(tracked.Keyword)
            : Decision.Accept([.. entries.Select(e => new KeywordAdded(Id, e.Keyword, e.Metrics, by, now))]);

    /// <summary>
    /// The set becomes exactly <paramref name="entries"/>: keywords not given are removed, new ones added, changed ones
    /// updated (a keyword keeps the spelling it was added with). The same set again changes nothing.
    /// </summary>
    public Decision Replace(IReadOnlyList<KeywordEntry> entries, string by, DateTimeOffset now)
    {
        var wanted = entries.Select(e => KeywordText.Key(e.Keyword)).ToHashSet();
        var removed = Keywords.Where(k => !wanted.Contains(k.Key)).Select(k => new KeywordRemoved(Id, k.Value.Keyword, by, now));
        return Decision.Accept([.. removed, .. entries.SelectMany(AddedOrChanged)]);

        IEnumerable<object> AddedOrChanged(KeywordEntry entry)
        {
            if (Tracked(entry.Keyword) is not { } tracked) yield return new KeywordAdded(Id, entry.Keyword, entry.Metrics, by, now);
            else if (tracked.Metrics != entry.Metrics) yield return new KeywordChanged(Id, tracked.Keyword, entry.Metrics, by, now);
        }
    }

    public Decision Change(string keyword, KeywordMetrics metrics, string by, DateTimeOffset now) =>
        Tracked(keyword) is not { } tracked ? KeywordRules.NotInSet(keyword)
        : tracked.Metrics == metrics ? Decision.Accept()
        : Decision.Accept(new KeywordChanged(Id, tracked.Keyword, metrics, by, now));

    public Decision Remove(string keyword, string by, DateTimeOffset now) =>
        Tracked(keyword) is { } tracked
            ? Decision.Accept(new KeywordRemoved(Id, tracked.Keyword, by, now))
            : KeywordRules.NotInSet(keyword);

    public Decision ObserveRank(string keyword, DateOnly observedOn, int? organicRank, int? sponsoredRank, string by, DateTimeOffset now) =>
        Tracked(keyword) is { } tracked
            ? Decision.Accept(new KeywordRankRecorded(KeywordRanks.IdFor(ListingId), Id, tracked.Keyword, observedOn, organicRank, sponsoredRank, by, now))
            : KeywordRules.NotInSet(keyword);

    private KeywordEntry? Tracked(string keyword) => Keywords.GetValueOrDefault(KeywordText.Key(keyword));
}

public static class KeywordSetStreams
{
    /// <summary>
    /// The write path of a listing's keyword set. A set that has no stream yet is taken as empty at version 0 and is
    /// started by the first change it accepts; otherwise as <see cref="EventStreamDecisions.Decide{TAggregate}"/>.
    /// </summary>
    public static Outcome DecideOnSet(this IEventStream<KeywordSet> set, Guid listingId, long? expectedVersion, string by,
        DateTimeOffset now, Func<KeywordSet, Decision> decide)
    {
        if (set.Aggregate is not null) return set.Decide(set.Id, expectedVersion, decide);
        if (expectedVersion is { } expected && expected != 0) return new Outcome.VersionMismatch(set.Id, expected, 0);

        var started = new KeywordSetStarted(set.Id, listingId, by, now);
        var decision = decide(KeywordSet.Create(started));
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);

        set.AppendMany([started, .. decision.Events]);
        return new Outcome.Accepted(set.Id);
    }
}
