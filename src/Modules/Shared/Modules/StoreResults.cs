using System.Collections.Concurrent;
using System.Globalization;
using Marten;

namespace Ops.Shared.Modules;

/// <summary>
/// Results computed over a whole module store (its KPIs, how many records a list matches) kept and reused until the
/// store changes, so a dashboard read by many costs one computation per change rather than one per read.
/// <para>
/// A change is read as the sequence number of the store's latest committed event, one index lookup per request: a
/// kept result is reused only while that number is the one it was computed under, whichever host committed the event.
/// A result is also never older than <see cref="MaxAge"/>, which bounds what the number cannot show: an event that
/// took its number before another but committed after it, or a figure that moves with the clock alone. Concurrent
/// requests for a missing result wait for one computation. Results in words (KPI names) are kept per language.
/// </para>
/// </summary>
public sealed class StoreResults
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>Kept results at most; past it all are forgotten at once (list counts vary with their filters).</summary>
    private const int MaxEntries = 10_000;

    private sealed record Entry(long Stamp, DateTimeOffset ComputedAt, object Value);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _computing = new();
    private readonly TimeProvider _time;

    public StoreResults(TimeProvider time) => _time = time;

    public async Task<T> GetOrComputeAsync<T>(IQuerySession session, string key, Func<CancellationToken, Task<T>> compute,
        CancellationToken ct) where T : notnull
    {
        var entryKey = $"{session.DocumentStore.Options.DatabaseSchemaName}|{CultureInfo.CurrentUICulture.Name}|{typeof(T).FullName}|{key}";
        var stamp = await LatestEventAsync(session, ct);
        if (Kept(entryKey, stamp) is { } kept) return (T)kept;

        var gate = _computing.GetOrAdd(entryKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Kept(entryKey, stamp) is { } computedMeanwhile) return (T)computedMeanwhile;
            var computedAt = _time.GetUtcNow();
            var value = await compute(ct);
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
                _computing.Clear();
            }
            _entries[entryKey] = new Entry(stamp, computedAt, value);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets every kept result (for a database wiped under a running host, as the test suites do).</summary>
    public void Forget() => _entries.Clear();

    private object? Kept(string key, long stamp) =>
        _entries.TryGetValue(key, out var entry) && entry.Stamp == stamp && _time.GetUtcNow() - entry.ComputedAt < MaxAge
            ? entry.Value
            : null;

    /// <summary>The sequence number of the store's latest committed event (0 before the first).</summary>
    public static async Task<long> LatestEventAsync(IQuerySession session, CancellationToken ct)
    {
        var events = session.DocumentStore.Options.Events.DatabaseSchemaName;
        return (await session.AdvancedSql.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {events}.mt_events", ct))[0];
    }
}
