using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Users;

/// <summary>
/// The password hash is not part of the event (events are immutable, exported and shown to auditors): it is kept in the
/// account's <see cref="UserCredentials"/> document, written in the same transaction. Events stored before that still
/// hold a <c>passwordHash</c> property in their JSON; it is not read into this record, so it never leaves the server.
/// </summary>
[History("Account created", "账号已创建")]
public sealed record UserAccountCreated(
    Guid UserId, string Email, string DisplayName, IReadOnlyList<string> Roles,
    string CreatedBy, DateTimeOffset CreatedAt);

// Obsolete for writing, kept so stored account streams still load: logins are on the account's LoginActivity
// (LoginSucceeded, LoginFailed, LoginLockedOut; ADR 0009).
[History("Logged in", "已登录")]
public sealed record UserLoggedIn(Guid UserId, DateTimeOffset LoggedInAt);

[History("Login failed", "登录失败")]
public sealed record UserLoginFailed(Guid UserId, int ConsecutiveFailures, DateTimeOffset FailedAt);

[History("Account locked after failed logins", "登录失败过多，账号已锁定")]
public sealed record UserLockedOut(Guid UserId, DateTimeOffset LockedUntil, DateTimeOffset LockedAt);

[History("Roles changed", "角色已修改")]
public sealed record UserRolesChanged(Guid UserId, IReadOnlyList<string> Roles, string ChangedBy, DateTimeOffset ChangedAt);

[History("Account deactivated", "账号已停用")]
public sealed record UserDeactivated(Guid UserId, string Reason, string DeactivatedBy, DateTimeOffset DeactivatedAt);

public enum UserStatus { Active, Deactivated }

public static class UserRules
{
    public static readonly Rule DeactivatedAccountCannotLogIn =
        new("user.deactivated_account_cannot_log_in", "This account is deactivated.", "该账号已停用。");
    public static readonly Rule LockedAccountCannotLogIn =
        new("user.locked_account_cannot_log_in", "Too many failed logins: the account is locked for a while.", "登录失败次数过多，账号已被暂时锁定。");
    public static readonly Rule PasswordMustMatch =
        new("user.password_must_match", "The email or password is wrong.", "邮箱或密码错误。");
    public static readonly Rule DeactivatedAccountCannotChange =
        new("user.deactivated_account_cannot_change", "This account is deactivated; it can no longer be changed.", "该账号已停用，不能再修改。");
}

/// <summary>What login and account decisions need, and nothing more.</summary>
public sealed record UserAccount(Guid Id, UserStatus Status, int ConsecutiveFailures, DateTimeOffset? LockedUntil)
{
    public static UserAccount Create(UserAccountCreated e) => new(e.UserId, UserStatus.Active, 0, null);

    // The count and lock of logins recorded here before they had a stream of their own (ADR 0009).
    public UserAccount Apply(UserLoggedIn _) => this with { ConsecutiveFailures = 0, LockedUntil = null };
    public UserAccount Apply(UserLoginFailed e) => this with { ConsecutiveFailures = e.ConsecutiveFailures };
    public UserAccount Apply(UserLockedOut e) => this with { LockedUntil = e.LockedUntil, ConsecutiveFailures = 0 };
    public UserAccount Apply(UserRolesChanged _) => this;
    public UserAccount Apply(UserDeactivated _) => this with { Status = UserStatus.Deactivated };

    public Decision ChangeRoles(IReadOnlyList<string> roles, string by, DateTimeOffset now) =>
        Status == UserStatus.Deactivated
            ? UserRules.DeactivatedAccountCannotChange
            : Decision.Accept(new UserRolesChanged(Id, roles, by, now));

    public Decision Deactivate(string reason, string by, DateTimeOffset now) =>
        Status == UserStatus.Deactivated
            ? Decision.Accept()
            : Decision.Accept(new UserDeactivated(Id, reason, by, now));
}
