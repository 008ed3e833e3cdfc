using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>The key a create command carries: who sent it, with which body (hashed).</summary>
public sealed record IdempotencyKey(string Id, string RequestHash);

/// <summary>
/// Stored in the module's own store, in the same transaction as the stream it created; the first response is added as
/// soon as it is known (<see cref="Response"/>), so a retry is answered with it, not with the record's state by then.
/// </summary>
public sealed record IdempotencyRecord(string Id, string RequestHash, Guid ResourceId, DateTimeOffset CreatedAt)
{
    public StoredResponse? Response { get; init; }
}

/// <summary>A response as first sent: status, JSON body, <c>ETag</c> and <c>Location</c>.</summary>
public sealed record StoredResponse(int Status, string Body, string? ETag, string? Location)
{
    public Task WriteAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.StatusCode = Status;
        if (ETag is not null) http.Response.Headers.ETag = ETag;
        if (Location is not null) http.Response.Headers.Location = Location;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(Body, ct);
    }
}

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

    /// <summary>
    /// Adds the first response to the key's record. The record itself was committed with the new stream; the response
    /// follows right after, because the read model it shows is projected in that very commit.
    /// </summary>
    public static async Task RememberResponseAsync(this IDocumentStore store, IdempotencyKey key, StoredResponse response, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<IdempotencyRecord>(key.Id, ct) is not { Response: null } record) return;
        session.Store(record with { Response = response });
        await session.SaveChangesAsync(ct);
    }

    /// <summary>Stored by <c>StartStream</c> with the new stream: one transaction, so a retry never writes twice.</summary>
    internal static void Remember(this IDocumentSession session, IdempotencyKey? key, Guid resourceId, DateTimeOffset now)
    {
        if (key is not null) session.Insert(new IdempotencyRecord(key.Id, key.RequestHash, resourceId, now));
    }
}
