using Ops.Selection.Research;
using Ops.Shared;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class ArchiveMarketResearchTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task an_archived_study_is_kept_with_the_reason_and_who_archived_it()
    {
        var study = await App.Started();
        await App.RecordFinding(study.Id).Ok<MarketResearchDetails>();
        App.Clock.Advance(TimeSpan.FromDays(30));

        var archived = await App.Archive(study.Id, " Superseded ").Ok<MarketResearchDetails>();

        (archived.Archived, archived.ArchiveReason, archived.ArchivedAt).ShouldBe((true, "Superseded", OpsFixture.Start.AddDays(30)));
        archived.Findings.ShouldHaveSingleItem();
        (await App.ResearchHistory(study.Id)).Last().ShouldSatisfyAllConditions(
            e => e.Type.ShouldBe("market_research_archived"),
            e => e.Actor.ShouldBe("ops-manager@demo.ops"));
    }

    [Fact]
    public async Task a_study_is_archived_once()
    {
        var study = await App.Archived();

        await App.Archive(study.Id, "Again").ShouldBeProblem(409, MarketResearchRules.ArchivedResearchIsClosed.Code);

        (await App.Study(study.Id)).ShouldSatisfyAllConditions(
            s => s.Version.ShouldBe(study.Version),
            s => s.ArchiveReason.ShouldBe(study.ArchiveReason));
    }

    [Fact]
    public async Task archiving_says_why()
    {
        var study = await App.Started();

        await App.Archive(study.Id, " ").ShouldHaveFieldError("reason");
    }

    [Fact]
    public async Task an_auditor_cannot_archive_a_study()
    {
        var study = await App.Started();

        await App.Archive(study.Id, role: Role.Auditor).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task an_unknown_study_cannot_be_archived()
    {
        await App.Archive(Guid.CreateVersion7()).ShouldBeProblem(404, "not_found");
    }
}
