using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>ETag = stream version; <c>If-Match</c> names the version a writer last saw.</summary>
public static class Versioning
{
    public static string ETagFor(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = ETagFor(version);

    /// <summary>
    /// The version named by <c>If-Match</c>: null when absent or <c>*</c>; false when it is not a version Ops issued.
    /// </summary>
    public static bool TryReadIfMatch(this HttpRequest request, out long? version)
    {
        version = null;
        var raw = request.Headers.IfMatch.ToString().Trim();
        if (raw.Length == 0 || raw == "*") return true;
        if (raw.StartsWith("W/", StringComparison.Ordinal)) raw = raw[2..];
        raw = raw.Trim('"');
        if (!long.TryParse(raw, out var parsed) || parsed < 0) return false;
        version = parsed;
        return true;
    }
}
