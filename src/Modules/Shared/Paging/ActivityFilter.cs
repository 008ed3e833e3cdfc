using System.Linq.Expressions;
using FluentValidation;
using Marten.Linq.MatchesSql;

namespace Ops.Shared.Paging;

/// <summary>
/// A list filter <c>?activity=&amp;from=&amp;to=</c>: the records that went through an activity (screened, approved,
/// delivered…) within from (inclusive) to (exclusive), either bound optional. KPIs over a period link their lists with it.
/// </summary>
public interface IActivityWithin
{
    DateTimeOffset? From { get; }
    DateTimeOffset? To { get; }
}

public static class ActivityFilter
{
    /// <summary>
    /// The records of which one of <paramref name="instants"/> (SQL over the document's <c>data</c> giving a column
    /// <c>at</c>, one row per time the activity happened) lies within the bounds given.
    /// </summary>
    public static IQueryable<T> HadWithin<T>(this IQueryable<T> query, string instants, DateTimeOffset? from, DateTimeOffset? to)
    {
        var bounds = new List<string>();
        var values = new List<object>();
        if (from is { } start)
        {
            bounds.Add("activity.at >= ?");
            values.Add(start.ToUniversalTime());
        }
        if (to is { } end)
        {
            bounds.Add("activity.at < ?");
            values.Add(end.ToUniversalTime());
        }
        var sql = $"exists (select 1 from ({instants}) activity where {(bounds.Count == 0 ? "activity.at is not null" : string.Join(" and ", bounds))})";
        var parameters = values.ToArray();
        return query.Where(d => d!.MatchesSql(sql, parameters));
    }

    /// <summary>
    /// Validation of the filter: <c>from</c> or <c>to</c> need the <c>activity</c> they bound, and <c>from</c> comes before
    /// <c>to</c>.
    /// </summary>
    public static void IncludeActivityWithin<TRequest, TActivity>(this AbstractValidator<TRequest> validator,
        Expression<Func<TRequest, TActivity?>> activity) where TRequest : IActivityWithin where TActivity : struct, Enum
    {
        validator.RuleFor(activity).NotNull().When(r => r.From is not null || r.To is not null)
            .WithMessage(_ => Bilingual.Pick("Say which activity from and to bound (activity).", "请指明 from 和 to 所限定的活动（activity）。"));
        validator.RuleFor(r => r.From).Must((r, from) => from is null || r.To is null || from < r.To)
            .WithMessage(_ => Bilingual.Pick("from must be before to.", "开始时间（from）须早于结束时间（to）。"));
    }
}
