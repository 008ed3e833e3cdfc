namespace Ops.Listing.Promotions;

/// <summary>What a promotion plan went through, for the list filter <c>?activity=&amp;from=&amp;to=</c> and the KPIs over a period.</summary>
public enum PromotionActivity
{
    /// <summary>Planned.</summary>
    Planned,

    /// <summary>A week of results: the week's first day (midnight UTC) lies within the bounds.</summary>
    WeekOfResults,
}

/// <summary>
/// When a plan went through each <see cref="PromotionActivity"/>, as SQL over its document's <c>data</c>: the list filter
/// and the promotion KPIs read the same instants.
/// </summary>
internal static class PromotionActivities
{
    /// <summary>Each week's results as <c>w</c>.</summary>
    public const string Weeks = "jsonb_array_elements(coalesce(data->'results', '[]')) w";

    /// <summary>
    /// A week's results count in the period its first day starts in, taken at midnight UTC: a result is recorded for a
    /// week, not an instant.
    /// </summary>
    public const string WeekStartsAt = "((w->>'weekStarting')::timestamp at time zone 'UTC')";

    /// <summary>SQL: the instants of <paramref name="activity"/>, one row each, in a column <c>at</c>.</summary>
    public static string Instants(PromotionActivity activity) => activity switch
    {
        PromotionActivity.Planned => "select (data->>'plannedAt')::timestamptz as at",
        PromotionActivity.WeekOfResults => $"select {WeekStartsAt} as at from {Weeks}",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };
}
