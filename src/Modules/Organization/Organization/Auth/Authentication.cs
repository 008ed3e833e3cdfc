using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Ops.Organization.ApiClients;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Outcomes;

namespace Ops.Organization.Auth;

public static class OpsAuthentication
{
    /// <summary>One scheme for callers: <c>X-Api-Key</c> when present, otherwise the bearer token.</summary>
    public const string Scheme = "ops";
    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";

    internal static IServiceCollection AddOpsAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var key = options.Key();
        services.AddSingleton(options);
        services.AddSingleton<JwtIssuer>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or API key", o =>
                o.ForwardDefaultSelector = http => http.Request.Headers.ContainsKey(ApiKeyHeader) ? ApiKeyScheme : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, null);

        // Token lifetimes follow the injected clock, so tests can expire a token without waiting.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, time) =>
        {
            o.MapInboundClaims = false;
            o.TimeProvider = time;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = key,
                NameClaimType = ClaimTypes.Name,
                RoleClaimType = ClaimTypes.Role,
                LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(time.GetUtcNow().UtcDateTime, notBefore, expires),
            };
            o.Events = new JwtBearerEvents { OnTokenValidated = RejectInactiveAccountsAsync };
        });
        return services;
    }

    /// <summary>
    /// A token outlives a deactivation (an employee who left, an account an admin closed), so every request checks that
    /// the account is still active, through <see cref="ActiveAccounts"/>: a read of the account only when the
    /// organisation has changed since it was last read.
    /// </summary>
    private static async Task RejectInactiveAccountsAsync(TokenValidatedContext context)
    {
        if (!Guid.TryParse(context.Principal?.FindFirst(OpsClaims.UserId)?.Value, out var userId))
        {
            context.Fail("The token names no account.");
            return;
        }
        var services = context.HttpContext.RequestServices;
        await using var session = services.GetRequiredService<IOrganizationStore>().QuerySession();
        var active = await services.GetRequiredService<ActiveAccounts>()
            .IsActiveAsync(session, userId, services.GetRequiredService<TimeProvider>(), context.HttpContext.RequestAborted);
        if (!active) context.Fail("The account is no longer active.");
    }

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static bool IsWithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires) =>
        (notBefore is null || notBefore.Value - ClockSkew <= now) && expires is { } end && now < end + ClockSkew;
}

/// <summary>Authenticates integrators by <c>X-Api-Key</c>: role <c>integration</c>, scopes from the client.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOrganizationStore store, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[OpsAuthentication.ApiKeyHeader].ToString();
        if (presented.Length == 0) return AuthenticateResult.NoResult();
        if (!ApiKey.TryParse(presented, out var key)) return AuthenticateResult.Fail("Malformed API key.");

        await using var session = store.QuerySession();
        var client = await session.Query<ApiClientSecret>().FirstOrDefaultAsync(c => c.KeyId == key.KeyId, Context.RequestAborted);
        if (client is null || client.Revoked || !key.Matches(client.KeyHash)) return AuthenticateResult.Fail("Unknown or revoked API key.");

        await RecordUsageAsync(session, client.Id);

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, Actors.ApiClient(client.Name)),
            new Claim(OpsClaims.ClientId, client.Id.ToString()),
            new Claim(ClaimTypes.Role, Role.Integration),
            .. client.Scopes.Select(s => new Claim(OpsClaims.Scope, s)),
        ], OpsAuthentication.ApiKeyScheme, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), OpsAuthentication.ApiKeyScheme));
    }

    /// <summary>"Last used" to the minute: one small write a minute per client, not one per request.</summary>
    private async Task RecordUsageAsync(IQuerySession reads, Guid clientId)
    {
        var now = time.GetUtcNow();
        var usage = await reads.LoadAsync<ApiClientUsage>(clientId, Context.RequestAborted);
        if (usage is not null && now - usage.LastUsedAt < UsageResolution) return;
        await using var session = store.LightweightSession();
        session.Store(new ApiClientUsage(clientId, now));
        await session.SaveChangesAsync(Context.RequestAborted);
    }
}
