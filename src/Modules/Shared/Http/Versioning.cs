using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>ETag = stream version; <c>If-Match</c> names the version a writer last saw.</summary>
public static class Versioning
{
    public static string ETagFor(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = ETagFor(version);

    /// <summary>The <c>version</c> of a view's JSON (<see cref="IVersionedView.Version"/>, a top-level property).</summary>
    public static long VersionIn(ReadOnlySpan<byte> viewJson)
    {
        var reader = new Utf8JsonReader(viewJson);
        reader.Read(); // the view's object
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("version"u8);
            reader.Read();
            if (isVersion) return reader.GetInt64();
            reader.Skip();
        }
        throw new InvalidOperationException("The stored view has no version.");
    }

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
