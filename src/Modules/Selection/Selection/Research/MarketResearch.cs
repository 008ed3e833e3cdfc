using Ops.Shared.Outcomes;

namespace Ops.Selection.Research;

public static class MarketResearchRules
{
    public static readonly Rule ArchivedResearchIsClosed = new("research.archived",
        "The study is archived: it takes no more findings, conclusions or archiving.", "该调研已归档，不能再添加发现、修改结论或再次归档。");
}

/// <summary>What decisions on a market study need: its conclusion and whether it is archived.</summary>
public sealed record MarketResearch
{
    public Guid Id { get; init; }
    public ResearchConclusion Conclusion { get; init; }
    public string? ConclusionNote { get; init; }
    public bool Archived { get; init; }

    public static MarketResearch Create(MarketResearchStarted e) => new() { Id = e.MarketResearchId, Conclusion = ResearchConclusion.Open };

    public MarketResearch Apply(ResearchConclusionChanged e) => this with { Conclusion = e.Conclusion, ConclusionNote = e.Note };
    public MarketResearch Apply(MarketResearchArchived _) => this with { Archived = true };

    public Decision RecordFinding(ResearchFinding finding, string by, DateTimeOffset now) =>
        Archived ? MarketResearchRules.ArchivedResearchIsClosed : Decision.Accept(new ResearchFindingRecorded(Id, finding, by, now));

    /// <summary>Repeating the conclusion in force with the same note changes nothing.</summary>
    public Decision ChangeConclusion(ResearchConclusion conclusion, string note, string by, DateTimeOffset now)
    {
        if (Archived) return MarketResearchRules.ArchivedResearchIsClosed;
        return conclusion == Conclusion && note == ConclusionNote
            ? Decision.Accept()
            : Decision.Accept(new ResearchConclusionChanged(Id, conclusion, Conclusion, note, by, now));
    }

    public Decision Archive(string reason, string by, DateTimeOffset now) =>
        Archived ? MarketResearchRules.ArchivedResearchIsClosed : Decision.Accept(new MarketResearchArchived(Id, reason, by, now));
}
