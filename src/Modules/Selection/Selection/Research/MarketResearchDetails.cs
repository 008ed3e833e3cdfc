using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Selection.Research;

/// <summary>A market study as the API shows it: what was studied, its findings, its conclusion and whether it is archived.</summary>
public sealed record MarketResearchDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Category { get; init; }

    /// <summary>The marketplace studied (<c>US</c>, <c>DE</c>, <c>JP</c>…).</summary>
    public required string Marketplace { get; init; }

    public string? DemandCharacteristics { get; init; }
    public string? ConsumerPreferences { get; init; }
    public required PriceBand PriceBand { get; init; }
    public string? TrendNotes { get; init; }
    public string? CompetitorSummary { get; init; }
    public IReadOnlyList<string> DataSources { get; init; } = [];
    public IReadOnlyList<RecordedFinding> Findings { get; init; } = [];
    public ResearchConclusion Conclusion { get; init; }
    public string? ConclusionNote { get; init; }
    public string? ConcludedBy { get; init; }
    public DateTimeOffset? ConcludedAt { get; init; }
    public bool Archived { get; init; }
    public string? ArchiveReason { get; init; }
    public DateTimeOffset? ArchivedAt { get; init; }
    public required string StartedBy { get; init; }
    public DateTimeOffset StartedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<MarketResearchDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MarketResearchDetails>().Index(r => r.Category).Index(r => r.StartedAt);
    }
}

/// <summary>A finding with who recorded it and when.</summary>
public sealed record RecordedFinding(Guid FindingId, string Text, string Source, string RecordedBy, DateTimeOffset RecordedAt);

public sealed class MarketResearchDetailsProjection : SingleStreamProjection<MarketResearchDetails, Guid>
{
    public override MarketResearchDetails? Evolve(MarketResearchDetails? research, Guid id, IEvent e) => (research, e.Data) switch
    {
        (null, MarketResearchStarted s) => new MarketResearchDetails
        {
            Id = s.MarketResearchId, Category = s.Category, Marketplace = s.Marketplace, DemandCharacteristics = s.DemandCharacteristics,
            ConsumerPreferences = s.ConsumerPreferences, PriceBand = s.PriceBand, TrendNotes = s.TrendNotes,
            CompetitorSummary = s.CompetitorSummary, DataSources = s.DataSources, Conclusion = ResearchConclusion.Open,
            StartedBy = s.StartedBy, StartedAt = s.StartedAt,
        },
        (not null, ResearchFindingRecorded f) => research with
        {
            Findings = [.. research.Findings, new RecordedFinding(f.Finding.FindingId, f.Finding.Text, f.Finding.Source, f.RecordedBy, f.RecordedAt)],
        },
        (not null, ResearchConclusionChanged c) => research with
        {
            Conclusion = c.Conclusion, ConclusionNote = c.Note, ConcludedBy = c.ChangedBy, ConcludedAt = c.ChangedAt,
        },
        (not null, MarketResearchArchived a) => research with { Archived = true, ArchiveReason = a.Reason, ArchivedAt = a.ArchivedAt },
        _ => research,
    };
}
