namespace Ops.Listing.Listings;

/// <summary>What a listing went through, for the list filter <c>?activity=&amp;from=&amp;to=</c> and the KPIs over a period.</summary>
public enum ListingActivity
{
    /// <summary>Drafted (from an approved product or by hand).</summary>
    Drafted,

    /// <summary>The platform's answer to its first submission (live or rejected): what the first-pass approval rate counts.</summary>
    FirstReviewed,

    /// <summary>Went live for the first time.</summary>
    FirstWentLive,

    /// <summary>Its go-live deadline was decided: met, or breached.</summary>
    DeadlineDecided,
}

/// <summary>
/// When a listing went through each <see cref="ListingActivity"/>, as SQL over its document's <c>data</c>: the list filter
/// and the KPIs read the same instants, so a KPI's list shows exactly the listings its figure counts.
/// </summary>
internal static class ListingActivities
{
    public const string DraftedAt = "(data->>'draftedAt')::timestamptz";

    /// <summary>The first step of the review loop that answers a submission (every later answer follows a resubmission or a relisting).</summary>
    public const string FirstReviewedAt = $"""
        (select (step->>'at')::timestamptz from jsonb_array_elements(coalesce(data->'reviewLoop', '[]')) with ordinality review(step, n)
         where step->>'kind' in ('{nameof(ListingReviewStepKind.WentLive)}', '{nameof(ListingReviewStepKind.Rejected)}') order by n limit 1)
        """;

    public const string FirstWentLiveAt = "(data->>'firstWentLiveAt')::timestamptz";

    /// <summary>When the deadline was met or breached; null while it runs (or never ran).</summary>
    public const string DeadlineDecidedAt = $"""
        (case data->>'deadlineState' when '{nameof(GoLiveDeadlineState.Met)}' then (data->'deadline'->>'metAt')::timestamptz
         when '{nameof(GoLiveDeadlineState.Breached)}' then (data->'deadline'->>'breachedAt')::timestamptz end)
        """;

    /// <summary>SQL: the instant of <paramref name="activity"/> (at most one per listing), in a column <c>at</c>.</summary>
    public static string Instants(ListingActivity activity) => "select " + activity switch
    {
        ListingActivity.Drafted => DraftedAt,
        ListingActivity.FirstReviewed => FirstReviewedAt,
        ListingActivity.FirstWentLive => FirstWentLiveAt,
        ListingActivity.DeadlineDecided => DeadlineDecidedAt,
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    } + " as at";
}
