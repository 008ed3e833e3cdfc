using System.Globalization;
using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Ops.Organization.Auth;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Users;

public sealed record LogInRequest(string Email, string Password);

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, Guid UserId, string Email,
    string DisplayName, IReadOnlyList<string> Roles);

public sealed class LogInValidator : Validator<LogInRequest>
{
    public LogInValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
    }
}

public sealed record LogIn(Guid UserAccountId, bool PasswordMatches);

/// <summary><c>POST /api/auth/token</c>: email and password in, a JWT out. Every attempt is an event on the account's login activity.</summary>
public sealed class LogInEndpoint(IOrganizationStore store, IMessageBus bus, JwtIssuer issuer, TimeProvider time)
    : Endpoint<LogInRequest, TokenResponse>
{
    private static readonly PasswordHasher<UserCredentials> Hasher = new();

    public override void Configure()
    {
        Post("/token");
        Group<AuthGroup>();
        AllowAnonymous();
        Description(d => d.ProducesProblem(StatusCodes.Status401Unauthorized));
    }

    public override async Task HandleAsync(LogInRequest request, CancellationToken ct)
    {
        await using var reads = store.QuerySession();
        var email = UserAccountView.NormaliseEmail(request.Email);
        var credentials = await reads.Query<UserCredentials>().FirstOrDefaultAsync(c => c.Email == email, ct);
        if (credentials is null)
        {
            await RefuseAsync(UserRules.PasswordMustMatch, null, ct);
            return;
        }

        var matches = Hasher.VerifyHashedPassword(credentials, credentials.PasswordHash, request.Password) != PasswordVerificationResult.Failed;
        var outcome = await bus.InvokeAsync<Outcome>(new LogIn(credentials.Id, matches), ct);
        switch (outcome)
        {
            case Outcome.Accepted when matches:
                var user = await reads.LoadAsync<UserAccountView>(credentials.Id, ct)
                           ?? throw new InvalidOperationException("The account vanished during login.");
                var settings = (await reads.CurrentAsync<OrganizationSettings>(ct)).Settings;
                var expires = time.GetUtcNow().AddMinutes(settings.AccessTokenMinutes);
                var token = issuer.IssueFor(user, expires);
                await Send.OkAsync(new TokenResponse(token, "Bearer", expires, user.Id, user.Email, user.DisplayName, user.Roles), ct);
                return;
            case Outcome.Refused refused:
                await RefuseAsync(refused.Rule, await LockedUntilAsync(reads, credentials.Id, ct), ct);
                return;
            default:
                await RefuseAsync(UserRules.PasswordMustMatch, await LockedUntilAsync(reads, credentials.Id, ct), ct);
                return;
        }
    }

    /// <summary>When the account unlocks, if this attempt or an earlier one locked it; null when it is not locked.</summary>
    private async Task<DateTimeOffset?> LockedUntilAsync(IQuerySession reads, Guid userId, CancellationToken ct) =>
        await reads.LoadAsync<UserAccountView>(userId, ct) is { LockedUntil: { } until } && until > time.GetUtcNow() ? until : null;

    private Task RefuseAsync(Rule rule, DateTimeOffset? lockedUntil, CancellationToken ct) =>
        Problems.WriteAsync(HttpContext,
            Problems.Create(HttpContext, StatusCodes.Status401Unauthorized, rule.Code, "Login refused", rule.MessageFor(CultureInfo.CurrentUICulture))
                with { LockedUntil = lockedUntil },
            ct);

    public static string Hash(string password) => Hasher.HashPassword(null!, password);
}

/// <summary>
/// Decides a login attempt on the account's login activity, not on the account's stream (ADR 0009): the account is read,
/// the attempt appended to its <see cref="LoginActivity"/>, whose stream is locked while the attempt is decided.
/// </summary>
public static class LogInHandler
{
    public static async Task<Outcome> Handle(LogIn command, IDocumentSession session, OrganizationSettings settings, TimeProvider time,
        CancellationToken ct)
    {
        // Locked: the attempts of one account queue here one behind the other, each deciding on the count the one before it
        // left, so concurrent sign-ins of a shared service user all land and concurrent wrong passwords each count. A plain
        // versioned read let them race, and past the in-place retries a right password was answered 409. Two first attempts
        // still race to start the stream: the loser retries, then queues.
        var activity = await session.Events.FetchForExclusiveWriting<LoginActivity>(LoginActivity.IdFor(command.UserAccountId), ct);
        if (await session.Events.AggregateStreamAsync<UserAccount>(command.UserAccountId, token: ct) is not { } account)
            return new Outcome.NotFound(command.UserAccountId);

        var decision = LoginActivity.Attempt(account, activity.Aggregate, command.PasswordMatches, time.GetUtcNow(), settings.MaxFailedLogins,
            TimeSpan.FromMinutes(settings.LockoutMinutes));
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);
        activity.AppendMany(decision.Events.ToArray());
        return new Outcome.Accepted(command.UserAccountId);
    }
}
