namespace Ops.Selection.Candidates;

/// <summary>What a candidate went through, for the list filter <c>?activity=&amp;from=&amp;to=</c> and the KPIs over a period.</summary>
public enum CandidateActivity
{
    /// <summary>Proposed.</summary>
    Proposed,

    /// <summary>Screened (passed or failed), any screening of it.</summary>
    Screened,

    /// <summary>A sample's test results recorded (passed or failed).</summary>
    SampleTested,

    /// <summary>Approved.</summary>
    Approved,
}

/// <summary>
/// When a candidate went through each <see cref="CandidateActivity"/>, as SQL over its document's <c>data</c>: the list
/// filter and the KPIs read the same instants, so a KPI's list shows exactly the candidates its figure counts.
/// </summary>
internal static class CandidateActivities
{
    /// <summary>Each screening as <c>s</c>.</summary>
    public const string Screenings = "jsonb_array_elements(coalesce(data->'screenings', '[]')) s";

    public const string ScreenedAt = "(s->>'screenedAt')::timestamptz";

    /// <summary>Each sample as <c>s</c>.</summary>
    public const string Samples = "jsonb_array_elements(coalesce(data->'samples', '[]')) s";

    /// <summary>A sample's results recorded; an open sample has none (<see cref="SampleStatus.Open"/>).</summary>
    public const string SampleTested = $"s->>'status' <> '{nameof(SampleStatus.Open)}'";

    public const string ResultsRecordedAt = "(s->>'resultsRecordedAt')::timestamptz";

    public const string ProposedAt = "(data->>'proposedAt')::timestamptz";

    public const string ApprovedAt = "(data->>'approvedAt')::timestamptz";

    /// <summary>SQL: the instants of <paramref name="activity"/>, one row each, in a column <c>at</c>.</summary>
    public static string Instants(CandidateActivity activity) => activity switch
    {
        CandidateActivity.Proposed => $"select {ProposedAt} as at",
        CandidateActivity.Screened => $"select {ScreenedAt} as at from {Screenings}",
        CandidateActivity.SampleTested => $"select {ResultsRecordedAt} as at from {Samples} where {SampleTested}",
        CandidateActivity.Approved => $"select {ApprovedAt} as at",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };
}
