using System.Collections.Concurrent;
using Marten;
using Marten.Services;
using Ops.Organization.Users;
using Ops.Shared.Modules;

namespace Ops.Organization.Auth;

/// <summary>
/// Whether the account a token names is still active, asked on every authenticated request without a read of the
/// account each time. Each answer is kept with the <em>revocation stamp</em> it was read under: the sequence number of the
/// organisation's latest committed event. Any change to any account (a deactivation, a role change, a login) is an
/// event of the organisation, so it moves the stamp, and an answer kept under an older stamp is read again.
/// <para>
/// A commit on this host marks the stamp stale at once (the store's listener); a change made through another host is
/// seen when the stamp is next read, at most <see cref="StampInterval"/> later. The stamp is read before the account, so
/// a change committed in between is either in what was read or moves the stamp past the kept answer. An answer is also
/// read again once it is <see cref="StoreResults.MaxAge"/> old: an event that took its number before the stamp's and
/// committed after it leaves the stamp where it was.
/// </para>
/// </summary>
public sealed class ActiveAccounts : DocumentSessionListenerBase
{
    /// <summary>How long another host's deactivation may go unseen here: one cheap read of the stamp per interval.</summary>
    public static readonly TimeSpan StampInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, (bool Active, long Stamp, DateTimeOffset ReadAt)> _accounts = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private long _stamp = -1;
    private DateTimeOffset _stampReadAt = DateTimeOffset.MinValue;
    private volatile bool _stale = true;

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any()) _stale = true;
        return Task.CompletedTask;
    }

    public async Task<bool> IsActiveAsync(IQuerySession session, Guid userId, TimeProvider time, CancellationToken ct)
    {
        var stamp = await StampAsync(session, time, ct);
        var now = time.GetUtcNow();
        if (_accounts.TryGetValue(userId, out var known) && known.Stamp == stamp && now - known.ReadAt < StoreResults.MaxAge)
            return known.Active;

        var user = await session.LoadAsync<UserAccountView>(userId, ct);
        var active = user is { Status: UserStatus.Active };
        _accounts[userId] = (active, stamp, now);
        return active;
    }

    private async ValueTask<long> StampAsync(IQuerySession session, TimeProvider time, CancellationToken ct)
    {
        if (!_stale && time.GetUtcNow() - _stampReadAt < StampInterval) return Volatile.Read(ref _stamp);

        await _reading.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (!_stale && now - _stampReadAt < StampInterval) return _stamp;
            _stale = false; // before the read: a commit that lands during it marks the stamp stale again
            var latest = await StoreResults.LatestEventAsync(session, ct);
            if (latest != _stamp) _accounts.Clear();
            Volatile.Write(ref _stamp, latest);
            _stampReadAt = now;
            return latest;
        }
        finally
        {
            _reading.Release();
        }
    }
}
