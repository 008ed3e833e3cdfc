using Ops.Shared;
using Ops.Shared.Audit;

namespace Ops.Selection.Research;

// The facts of a market study's life. Never renamed once stored.

[History("Market research started", "市场调研已开始")]
public sealed record MarketResearchStarted(
    Guid MarketResearchId, string Category, string Marketplace, string? DemandCharacteristics, string? ConsumerPreferences,
    PriceBand PriceBand, string? TrendNotes, string? CompetitorSummary, IReadOnlyList<string> DataSources,
    string StartedBy, DateTimeOffset StartedAt);

/// <summary>Findings are only ever appended: a correction is a new finding.</summary>
[History("Research finding recorded", "调研发现已记录")]
public sealed record ResearchFindingRecorded(Guid MarketResearchId, ResearchFinding Finding, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The conclusion set or changed, with why; <paramref name="PreviousConclusion"/> is what it replaced.</summary>
[History("Research conclusion changed", "调研结论已修改")]
public sealed record ResearchConclusionChanged(
    Guid MarketResearchId, ResearchConclusion Conclusion, ResearchConclusion PreviousConclusion, string Note,
    string ChangedBy, DateTimeOffset ChangedAt);

[History("Market research archived", "市场调研已归档")]
public sealed record MarketResearchArchived(Guid MarketResearchId, string Reason, string ArchivedBy, DateTimeOffset ArchivedAt);

// The values the events carry.

public enum ResearchConclusion { Open, Promising, NotPromising }

/// <summary>The prices the category sells at in the marketplace: both in one currency, the maximum at least the minimum.</summary>
public sealed record PriceBand(Money Min, Money Max);

/// <summary>What was found and where it came from (a report, a tool, a marketplace page).</summary>
public sealed record ResearchFinding(Guid FindingId, string Text, string Source);
