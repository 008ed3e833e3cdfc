using System.Text.Json.Serialization;
using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Marten.Linq;
using Ops.Shared.Modules;
using Ops.Shared.Validation;

namespace Ops.Shared.Paging;

/// <summary>
/// The list convention of every module: <c>?page=1&amp;pageSize=20&amp;sort=name</c> (<c>-name</c> descending),
/// plus each list's own filters. Pages are 1-based; <c>pageSize</c> is 1–200.
/// </summary>
public abstract record PageRequest
{
    public const int MaxPageSize = 200;

    /// <summary>The longest text a filter or search of a list takes.</summary>
    public const int MaxFilterLength = 100;

    [QueryParam] public int Page { get; init; } = 1;
    [QueryParam] public int PageSize { get; init; } = 20;
    [QueryParam] public string? Sort { get; init; }
}

public sealed record Page<T>(IReadOnlyList<T> Items, [property: JsonPropertyName("page")] int PageNumber, int PageSize, long TotalItems, long TotalPages);

/// <summary>
/// The fields a list may be sorted by, each mapped to the member it orders; rows equal on that field follow
/// <paramref name="thenBy"/> when given, ascending, or in the sort's own direction when <paramref name="thenByFollowsSort"/>
/// (a ledger read newest first, whose entries of the same instant follow their place in the ledger).
/// </summary>
public sealed class SortFields<T>(string defaultSort, IReadOnlyDictionary<string, Expression<Func<T, object>>> fields,
    Expression<Func<T, object>>? thenBy = null, bool thenByFollowsSort = false)
{
    public string Default { get; } = defaultSort;
    public IEnumerable<string> Names => fields.Keys;

    /// <summary>Every value <c>sort</c> takes: each field, ascending and descending (<c>-name</c>).</summary>
    public IReadOnlyList<string> Values => [.. fields.Keys.SelectMany(f => new[] { f, $"-{f}" })];

    public IQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        var chosen = string.IsNullOrEmpty(sort) ? Default : sort;
        var field = fields[chosen.TrimStart('-')];
        var descending = chosen.StartsWith('-');
        var ordered = descending ? query.OrderByDescending(field) : query.OrderBy(field);
        return thenBy is null ? ordered : descending && thenByFollowsSort ? ordered.ThenByDescending(thenBy) : ordered.ThenBy(thenBy);
    }
}

public static class Paging
{
    /// <summary>
    /// The page asked for and how many items match, as two queries: the count of the matching rows, kept in
    /// <paramref name="counts"/> until the store's next event (<see cref="StoreResults"/>; none for documents written without
    /// events, whose count is taken each time), then only the page's rows in order.
    /// (One query with <c>count(*) OVER()</c> sorts every matching row to count them: seconds at 100k suppliers, where a
    /// page read along the sort field's index takes a millisecond.)
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, IQuerySession session, PageRequest request,
        SortFields<T> sort, StoreResults? counts, CancellationToken ct) where T : notnull
    {
        long total;
        if (counts is null) total = await query.LongCountAsync(ct);
        else
        {
            var count = query.ToCommand(FetchType.Count);
            var key = string.Join('|', [count.CommandText, .. count.Parameters.Select(p => $"{p.Value}")]);
            total = await counts.GetOrComputeAsync(session, key, query.LongCountAsync, ct);
        }
        var skip = (long)(request.Page - 1) * request.PageSize;
        IReadOnlyList<T> items = total > skip
            ? await sort.Apply(query, request.Sort).Skip((int)skip).Take(request.PageSize).ToListAsync(ct)
            : [];
        return new Page<T>(items, request.Page, request.PageSize, total, (total + request.PageSize - 1) / request.PageSize);
    }

    /// <summary>
    /// Validation every list request includes: the page bounds, <c>sort</c> one of the list's fields (the document lists
    /// them as its <c>enum</c>), and every text filter of the request (a search, a code) at most
    /// <see cref="PageRequest.MaxFilterLength"/> characters, so a new filter is bounded without a rule of its own.
    /// </summary>
    public static void IncludePaging<TRequest, T>(this AbstractValidator<TRequest> validator, SortFields<T> sort)
        where TRequest : PageRequest
    {
        validator.RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(r => r.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
        validator.RuleFor(r => r.Sort).OneOf(sort.Values)
            .WithMessage(_ => Bilingual.Pick(
                $"Sort by one of: {string.Join(", ", sort.Names)} (prefix '-' for descending).",
                $"排序字段须为：{string.Join(", ", sort.Names)}（前缀 '-' 表示降序）。"));
        foreach (var filter in typeof(TRequest).GetProperties()
                     .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(PageRequest.Sort)))
        {
            var request = Expression.Parameter(typeof(TRequest), "r");
            validator.RuleFor(Expression.Lambda<Func<TRequest, string?>>(Expression.Property(request, filter), request))
                .MaximumLength(PageRequest.MaxFilterLength);
        }
    }
}
