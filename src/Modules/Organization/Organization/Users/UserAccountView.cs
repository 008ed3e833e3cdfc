using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Organization.Users;

/// <summary>A user account as the API shows it. The password hash is kept for login and never serialised out.</summary>
public sealed record UserAccountView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public UserStatus Status { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<UserAccountProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<UserAccountView>().Index(u => u.Email);
        // Numeric revisions, as when the document was a projection: an existing table keeps its bigint mt_version.
        options.Schema.For<UserCredentials>().UniqueIndex(u => u.Email).UseNumericRevisions(true);
    }
}

public sealed class UserAccountProjection : SingleStreamProjection<UserAccountView, Guid>
{
    public override UserAccountView? Evolve(UserAccountView? user, Guid id, IEvent e) => (user, e.Data) switch
    {
        (null, UserAccountCreated c) => new UserAccountView
        {
            Id = c.UserId, Email = UserAccountView.NormaliseEmail(c.Email), DisplayName = c.DisplayName, Roles = c.Roles,
            Status = UserStatus.Active, CreatedAt = c.CreatedAt,
        },
        // Logins stored on the account's stream before they had one of their own (ADR 0009); LoginSummaryProjection since.
        (not null, UserLoggedIn l) => user with { ConsecutiveFailures = 0, LockedUntil = null, LastLoginAt = l.LoggedInAt },
        (not null, UserLoginFailed f) => user with { ConsecutiveFailures = f.ConsecutiveFailures },
        (not null, UserLockedOut l) => user with { LockedUntil = l.LockedUntil, ConsecutiveFailures = 0 },
        (not null, UserRolesChanged r) => user with { Roles = r.Roles },
        (not null, UserDeactivated) => user with { Status = UserStatus.Deactivated },
        _ => user,
    };
}

/// <summary>
/// What login reads, by account id. Not a projection: the hash is in no event (see <see cref="UserAccountCreated"/>), so
/// whoever creates an account stores its credentials in the same session (<see cref="For"/>). Never served.
/// </summary>
public sealed record UserCredentials
{
    public Guid Id { get; init; }
    public required string Email { get; init; }
    public required string PasswordHash { get; init; }

    public static UserCredentials For(UserAccountCreated created, string passwordHash) =>
        new() { Id = created.UserId, Email = UserAccountView.NormaliseEmail(created.Email), PasswordHash = passwordHash };
}

public static class UserAccounts
{
    /// <summary>Starts an account's stream and stores its credentials beside it, in the caller's transaction.</summary>
    public static void Open(this IDocumentSession session, UserAccountCreated created, string passwordHash)
    {
        session.Events.StartStream<UserAccount>(created.UserId, created);
        session.Store(UserCredentials.For(created, passwordHash));
    }
}
