using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>The key a create command carries: who sent it, with which body (hashed).</summary>
public sealed record IdempotencyKey(string Id, string RequestHash);

/// <summary>Stored in the module's own store, in the same transaction as the stream it created.</summary>
public sealed record IdempotencyRecord(string Id, string RequestHash, Guid ResourceId, DateTimeOffset CreatedAt);

public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    /// <summary>
    /// Reads <c>Idempotency-Key</c>; keys are scoped to the caller and the operation, so two clients never
    /// collide. Returns false (and a field error) when the key is unusable.
    /// </summary>
    public static bool TryRead(HttpContext http, string operation, object request, out IdempotencyKey? key, out string? error)
    {
        key = null;
        error = null;
        var raw = http.Request.Headers[Header].ToString();
        if (raw.Length == 0) return true;
        if (raw.Length > MaxKeyLength || raw.Any(char.IsControl))
        {
            error = $"{Header} must be 1–{MaxKeyLength} printable characters.";
            return false;
        }

        var caller = http.User.Identity?.Name ?? "anonymous";
        var body = JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), JsonSerializerOptionsProvider.Options);
        key = new IdempotencyKey($"{operation}|{caller}|{raw}", Convert.ToHexString(SHA256.HashData(body)));
        return true;
    }

    public static Task<IdempotencyRecord?> FindAsync(this IQuerySession session, IdempotencyKey key, CancellationToken ct) =>
        session.LoadAsync<IdempotencyRecord>(key.Id, ct);

    /// <summary>Stored by <c>StartStream</c> with the new stream: one transaction, so a retry never writes twice.</summary>
    internal static void Remember(this IDocumentSession session, IdempotencyKey? key, Guid resourceId, DateTimeOffset now)
    {
        if (key is not null) session.Insert(new IdempotencyRecord(key.Id, key.RequestHash, resourceId, now));
    }
}
