using System.Runtime.CompilerServices;
using System.Text;

namespace Ops.Shared.Imports;

/// <summary>One data row of a CSV file: its number (1 = the first row after the header) and its fields by column name.</summary>
public sealed class CsvRow(int number, IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public int Number { get; } = number;

    /// <summary>The field under <paramref name="column"/> (header names compare case-insensitively), trimmed; null when empty or absent.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var index) && index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;
}

/// <summary>
/// Reads RFC 4180 CSV as it streams in (docs/adr/0020): a header row naming the columns, then data rows; fields may be
/// quoted, with <c>""</c> for a quote and line breaks inside quotes; a UTF-8 byte order mark is skipped. Blank lines are
/// ignored. Only the current row is held in memory.
/// </summary>
public static class CsvRows
{
    public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var records = RecordsAsync(reader, ct).GetAsyncEnumerator(ct);
        try
        {
            if (!await records.MoveNextAsync()) yield break;
            var header = records.Current;
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++) columns.TryAdd(header[i].Trim(), i);

            var number = 0;
            while (await records.MoveNextAsync())
            {
                var fields = records.Current;
                if (fields is [""]) continue;
                yield return new CsvRow(++number, columns, fields);
            }
        }
        finally
        {
            await records.DisposeAsync();
        }
    }

    private static async IAsyncEnumerable<string[]> RecordsAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new char[1 << 14];
        var field = new StringBuilder();
        var fields = new List<string>();
        bool quoted = false, quoteInQuoted = false, any = false;
        char previous = '\0';
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (quoted)
                {
                    if (quoteInQuoted)
                    {
                        quoteInQuoted = false;
                        if (c == '"') { field.Append('"'); previous = c; continue; }
                        quoted = false; // the quote closed the field; fall through to handle c
                    }
                    else if (c == '"') { quoteInQuoted = true; previous = c; continue; }
                    else { field.Append(c); previous = c; continue; }
                }

                switch (c)
                {
                    case '"' when field.Length == 0:
                        quoted = true;
                        any = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        any = true;
                        break;
                    case '\n':
                        if (previous != '\r' || any || fields.Count > 0) { fields.Add(field.ToString()); yield return [.. fields]; }
                        field.Clear();
                        fields.Clear();
                        any = false;
                        break;
                    case '\r':
                        fields.Add(field.ToString());
                        yield return [.. fields];
                        field.Clear();
                        fields.Clear();
                        any = false;
                        break;
                    default:
                        field.Append(c);
                        any = true;
                        break;
                }

                previous = c;
            }
        }

        if (any || fields.Count > 0 || field.Length > 0) { fields.Add(field.ToString()); yield return [.. fields]; }
    }
}
