using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using Ops.Shared;
using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Users;

/// <summary>The right password, while the account was active and not locked.</summary>
[History("Logged in", "已登录")]
public sealed record LoginSucceeded(Guid LoginActivityId, Guid UserId, DateTimeOffset LoggedInAt);

/// <summary>A wrong password: the <paramref name="ConsecutiveFailures"/>-th in a row.</summary>
[History("Login failed", "登录失败")]
public sealed record LoginFailed(Guid LoginActivityId, Guid UserId, int ConsecutiveFailures, DateTimeOffset FailedAt);

/// <summary>Too many failures in a row: logins are refused until <paramref name="LockedUntil"/>.</summary>
[History("Account locked after failed logins", "登录失败过多，账号已锁定")]
public sealed record LoginLockedOut(Guid LoginActivityId, Guid UserId, DateTimeOffset LockedUntil, DateTimeOffset LockedAt);

/// <summary>
/// The login attempts of one account, in a stream of their own beside the account's (ADR 0009): the account's stream
/// keeps what changes the account, however often its user logs in. Kept as an inline snapshot holding only what the
/// lockout rule needs, so a login loads this one row and never replays the attempts; its version serialises the
/// attempts of one account.
/// </summary>
public sealed record LoginActivity(Guid Id, Guid UserId, int ConsecutiveFailures, DateTimeOffset? LockedUntil)
{
    /// <summary>One stream per account, whose id follows from the account's.</summary>
    public static Guid IdFor(Guid userId) => DeterministicGuid.From($"ops.organization.login-activity.{userId}");

    public static LoginActivity Create(LoginSucceeded e) => new(e.LoginActivityId, e.UserId, 0, null);
    public static LoginActivity Create(LoginFailed e) => new(e.LoginActivityId, e.UserId, e.ConsecutiveFailures, null);

    public LoginActivity Apply(LoginSucceeded _) => this with { ConsecutiveFailures = 0, LockedUntil = null };
    public LoginActivity Apply(LoginFailed e) => this with { ConsecutiveFailures = e.ConsecutiveFailures };
    public LoginActivity Apply(LoginLockedOut e) => this with { LockedUntil = e.LockedUntil, ConsecutiveFailures = 0 };

    /// <summary>
    /// A login attempt on <paramref name="account"/>, whose attempts so far are <paramref name="activity"/> (none yet: the
    /// count and lock the account's own stream recorded before logins had a stream of their own). A wrong password counts
    /// towards the lockout; reaching <paramref name="maxFailedLogins"/> locks the account for <paramref name="lockout"/>.
    /// While locked, even the right password is refused.
    /// </summary>
    public static Decision Attempt(UserAccount account, LoginActivity? activity, bool passwordMatches, DateTimeOffset now, int maxFailedLogins,
        TimeSpan lockout)
    {
        var (failuresSoFar, lockedUntil) = activity is null
            ? (account.ConsecutiveFailures, account.LockedUntil)
            : (activity.ConsecutiveFailures, activity.LockedUntil);
        if (account.Status == UserStatus.Deactivated) return UserRules.DeactivatedAccountCannotLogIn;
        if (lockedUntil is { } until && now < until) return UserRules.LockedAccountCannotLogIn;

        var id = IdFor(account.Id);
        if (passwordMatches) return Decision.Accept(new LoginSucceeded(id, account.Id, now));

        var failures = failuresSoFar + 1;
        return failures >= maxFailedLogins
            ? Decision.Accept(new LoginFailed(id, account.Id, failures, now), new LoginLockedOut(id, account.Id, now + lockout, now))
            : Decision.Accept(new LoginFailed(id, account.Id, failures, now));
    }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Snapshot<LoginActivity>(SnapshotLifecycle.Inline);
        options.Projections.Add<LoginSummaryProjection>(ProjectionLifecycle.Inline);
    }
}

/// <summary>
/// The account's view shows the summary of its logins (last login, failures in a row, locked until), patched from the
/// login events as the account's projection applied them when they were on the account's stream.
/// </summary>
public sealed partial class LoginSummaryProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case LoginSucceeded s:
                operations.Patch<UserAccountView>(s.UserId).Set(u => u.ConsecutiveFailures, 0).Set(u => u.LockedUntil, null)
                    .Set(u => u.LastLoginAt, s.LoggedInAt);
                break;
            case LoginFailed f:
                operations.Patch<UserAccountView>(f.UserId).Set(u => u.ConsecutiveFailures, f.ConsecutiveFailures);
                break;
            case LoginLockedOut l:
                operations.Patch<UserAccountView>(l.UserId).Set(u => u.LockedUntil, l.LockedUntil).Set(u => u.ConsecutiveFailures, 0);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
