using Marten;

namespace Ops.Shared.Kpis;

/// <summary>
/// KPIs are asked of PostgreSQL as grouped SQL over the projections' document tables (<c>data-&gt;&gt;'field'</c>, the
/// store's camelCase JSON and enums as strings), so a report costs a few aggregate rows however many records there are.
/// A KPI never loads documents (guarded by an architecture test).
/// </summary>
public static class KpiQueries
{
    /// <summary>The qualified document table of <typeparamref name="TDocument"/>, created if the store has none yet.</summary>
    public static async Task<string> TableOfAsync<TDocument>(this IQuerySession session, CancellationToken ct)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(TDocument), ct);
        return session.DocumentStore.Options.FindOrResolveDocumentType(typeof(TDocument)).TableName.QualifiedName;
    }

    /// <summary>
    /// Rows of a SQL query whose one column is a JSON object (<c>jsonb_build_object('camelCaseName', …)</c>), read into
    /// <typeparamref name="TRow"/> by the store's serializer. <c>?</c> marks a positional parameter.
    /// </summary>
    public static Task<IReadOnlyList<TRow>> RowsAsync<TRow>(this IQuerySession session, string sql, CancellationToken ct, params object[] parameters) =>
        session.AdvancedSql.QueryAsync<TRow>(sql, ct, parameters);

    /// <summary>Counts by key in the order of <paramref name="keys"/>; a key without rows counts 0.</summary>
    public static List<KpiPart> PartsIn<TKey>(IEnumerable<TKey> keys, IReadOnlyList<KeyCount> counts) where TKey : notnull =>
        [.. keys.Select(k => new KpiPart(k.ToString()!, counts.Where(c => c.Key == k.ToString()).Sum(c => c.Count)))];
}

/// <summary>One group of a grouped count: its key as stored (null for a missing value) and how many rows it holds.</summary>
public sealed record KeyCount(string? Key, long Count);
