using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Imports;

/// <summary>The formats a file may be imported in.</summary>
public enum ImportFormat { Csv, Json }

/// <summary>
/// An uploaded file copied to a temporary file while its SHA-256 is computed: the request body is streamed through a
/// small buffer, never held whole, whatever its size (docs/adr/0020). Deleted when disposed.
/// </summary>
public sealed class ImportFile : IAsyncDisposable
{
    private ImportFile(string path, string sha256, long bytes, ImportFormat format, string name)
    {
        Path = path;
        Sha256 = sha256;
        Bytes = bytes;
        Format = format;
        Name = name;
    }

    public string Path { get; }
    public string Sha256 { get; }
    public long Bytes { get; }
    public ImportFormat Format { get; }
    public string Name { get; }

    /// <summary>The format a request's <c>Content-Type</c> names: <c>text/csv</c> or <c>application/json</c>; null for anything else.</summary>
    public static ImportFormat? FormatOf(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/csv" or "application/csv" => ImportFormat.Csv,
            "application/json" => ImportFormat.Json,
            _ => null,
        };

    public static async Task<ImportFile> ReceiveAsync(HttpRequest request, ImportFormat format, string name, CancellationToken ct)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ops-import-{Guid.CreateVersion7():N}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                    bytes += read;
                }
            }

            return new ImportFile(path, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes, format, name);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Opens the file for one pass over it (the import reads it twice: to check every row, then to write them).</summary>
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
