using System.Security.Cryptography;
using System.Text;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.ApiClients;

// The key's hash is in no event (events are immutable and shown to auditors): it lives in the client's ApiClientSecret
// document, written in the same transaction. Events stored before that still hold a keyHash property in their JSON; it is
// not read into these records, so it never leaves the server. KeyId is the key's public, non-secret part.

[History("API client registered", "API 客户端已登记")]
public sealed record ApiClientRegistered(Guid ApiClientId, string Name, IReadOnlyList<string> Scopes, string KeyId,
    string RegisteredBy, DateTimeOffset RegisteredAt);

[History("API key rotated", "API 密钥已轮换")]
public sealed record ApiClientKeyRotated(Guid ApiClientId, string KeyId, string RotatedBy, DateTimeOffset RotatedAt);

[History("API client revoked", "API 客户端已撤销")]
public sealed record ApiClientRevoked(Guid ApiClientId, string Reason, string RevokedBy, DateTimeOffset RevokedAt);

public enum ApiClientStatus { Active, Revoked }

public static class ApiClientRules
{
    public static readonly Rule RevokedClientCannotRotate =
        new("api_client.revoked_client_cannot_rotate_key", "A revoked API client cannot get a new key; register a new client.",
            "已吊销的 API 客户端不能获取新密钥，请注册新的客户端。");
}

/// <summary>An integrator's credentials. The key is shown once; only its SHA-256 is stored.</summary>
public sealed record ApiClient(Guid Id, ApiClientStatus Status)
{
    public static ApiClient Create(ApiClientRegistered e) => new(e.ApiClientId, ApiClientStatus.Active);
    public ApiClient Apply(ApiClientKeyRotated _) => this;
    public ApiClient Apply(ApiClientRevoked _) => this with { Status = ApiClientStatus.Revoked };

    public Decision RotateKey(ApiKey key, string by, DateTimeOffset now) =>
        Status == ApiClientStatus.Revoked
            ? ApiClientRules.RevokedClientCannotRotate
            : Decision.Accept(new ApiClientKeyRotated(Id, key.KeyId, by, now));

    public Decision Revoke(string reason, string by, DateTimeOffset now) =>
        Status == ApiClientStatus.Revoked ? Decision.Accept() : Decision.Accept(new ApiClientRevoked(Id, reason, by, now));
}

/// <summary>A freshly minted key: <c>ops_&lt;keyId&gt;_&lt;secret&gt;</c>. The key id finds the client; the hash proves the secret.</summary>
public sealed record ApiKey(string KeyId, string Secret)
{
    public const string Prefix = "ops_";
    public string Value => $"{Prefix}{KeyId}_{Secret}";
    public string Hash => HashOf(Secret);

    public static ApiKey Mint() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    public static bool TryParse(string value, out ApiKey key)
    {
        key = null!;
        if (!value.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = value[Prefix.Length..];
        var split = rest.IndexOf('_');
        if (split != 16 || rest.Length <= split + 1) return false;
        key = new ApiKey(rest[..split], rest[(split + 1)..]);
        return true;
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(storedHash));
}

public sealed record ApiClientView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public ApiClientStatus Status { get; init; }
    public required string KeyId { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public string? RegisteredBy { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Filled from usage when served; not part of the projected state.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ApiClientProjection>(ProjectionLifecycle.Inline);
        // Numeric revisions, as when the document was a projection: an existing table keeps its bigint mt_version.
        options.Schema.For<ApiClientSecret>().UniqueIndex(s => s.KeyId).UseNumericRevisions(true);
        options.Schema.For<ApiClientUsage>();
    }
}

public sealed class ApiClientProjection : SingleStreamProjection<ApiClientView, Guid>
{
    public override ApiClientView? Evolve(ApiClientView? client, Guid id, IEvent e) => (client, e.Data) switch
    {
        (null, ApiClientRegistered r) => new ApiClientView
        {
            Id = r.ApiClientId, Name = r.Name, Scopes = r.Scopes, KeyId = r.KeyId, Status = ApiClientStatus.Active,
            RegisteredAt = r.RegisteredAt, RegisteredBy = r.RegisteredBy,
        },
        (not null, ApiClientKeyRotated k) => client with { KeyId = k.KeyId },
        (not null, ApiClientRevoked r) => client with { Status = ApiClientStatus.Revoked, RevokedAt = r.RevokedAt },
        _ => client,
    };
}

/// <summary>
/// What the API-key handler reads: the hash, by key id. Never served. Not a projection, since the hash is in no event:
/// the handlers that register, rotate and revoke keep it, in the transaction that appends their event.
/// </summary>
public sealed record ApiClientSecret
{
    public Guid Id { get; init; }
    public required string KeyId { get; init; }
    public required string KeyHash { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public bool Revoked { get; init; }

    public static ApiClientSecret For(ApiClientRegistered registered, ApiKey key) =>
        new() { Id = registered.ApiClientId, KeyId = key.KeyId, KeyHash = key.Hash, Name = registered.Name, Scopes = registered.Scopes };
}

public static class ApiClientSecrets
{
    /// <summary>After an accepted change of an existing client: its secret changed the same way, in the same transaction.</summary>
    public static async Task<Outcome> KeepSecretAsync(this IDocumentSession session, Outcome outcome, Guid apiClientId,
        Func<ApiClientSecret, ApiClientSecret> change)
    {
        if (outcome is Outcome.Accepted && await session.LoadAsync<ApiClientSecret>(apiClientId) is { } secret)
            session.Store(change(secret));
        return outcome;
    }
}

/// <summary>When a client last called: operational telemetry, not a business fact, so a plain document.</summary>
public sealed record ApiClientUsage(Guid Id, DateTimeOffset LastUsedAt);
