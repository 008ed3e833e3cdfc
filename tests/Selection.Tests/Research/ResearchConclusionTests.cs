using System.Text.Json;
using Ops.Selection.Research;
using Ops.Shared;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class ResearchConclusionTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_study_is_concluded_with_a_note_and_who_concluded_it()
    {
        var study = await App.Started();
        App.Clock.Advance(TimeSpan.FromDays(3));

        var result = await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, " Steady demand, weak leaders ");

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"2\"");
        var concluded = (await result.ReadAsJsonAsync<MarketResearchDetails>())!;
        (concluded.Conclusion, concluded.ConclusionNote, concluded.ConcludedBy, concluded.ConcludedAt)
            .ShouldBe((ResearchConclusion.Promising, "Steady demand, weak leaders", "product@demo.ops", OpsFixture.Start.AddDays(3)));
    }

    [Fact]
    public async Task a_conclusion_may_change_and_history_keeps_each_with_the_one_it_replaced()
    {
        var study = await App.Started();
        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising).Ok<MarketResearchDetails>();

        var changed = await App.ChangeConclusion(study.Id, ResearchConclusion.NotPromising, "Tariffs doubled the landed cost", Role.OpsManager)
            .Ok<MarketResearchDetails>();

        (changed.Conclusion, changed.ConclusionNote, changed.ConcludedBy)
            .ShouldBe((ResearchConclusion.NotPromising, "Tariffs doubled the landed cost", "ops-manager@demo.ops"));
        var history = await App.ResearchHistory(study.Id);
        history.Select(e => (e.Type, e.Actor)).ShouldBe([
            ("market_research_started", "product@demo.ops"),
            ("research_conclusion_changed", "product@demo.ops"),
            ("research_conclusion_changed", "ops-manager@demo.ops"),
        ]);
        ((JsonElement)history[2].Data).GetProperty("previousConclusion").GetString().ShouldBe("Promising");
    }

    [Fact]
    public async Task repeating_the_conclusion_in_force_with_the_same_note_changes_nothing()
    {
        var study = await App.Started();
        var first = await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, "Steady demand").Ok<MarketResearchDetails>();

        var repeat = await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, "Steady demand").Ok<MarketResearchDetails>();
        var newNote = await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, "Steady demand, confirmed by Q4 data")
            .Ok<MarketResearchDetails>();

        repeat.Version.ShouldBe(first.Version);
        newNote.Version.ShouldBe(first.Version + 1);
        newNote.ConclusionNote.ShouldBe("Steady demand, confirmed by Q4 data");
    }

    [Fact]
    public async Task a_study_may_be_opened_again()
    {
        var study = await App.Started();
        await App.ChangeConclusion(study.Id, ResearchConclusion.NotPromising).Ok<MarketResearchDetails>();

        var reopened = await App.ChangeConclusion(study.Id, ResearchConclusion.Open, "New supplier quotes may change the picture")
            .Ok<MarketResearchDetails>();

        (reopened.Conclusion, reopened.ConclusionNote).ShouldBe((ResearchConclusion.Open, "New supplier quotes may change the picture"));
    }

    [Fact]
    public async Task a_conclusion_needs_a_known_value_and_a_note()
    {
        var study = await App.Started();

        var problem = await As(Role.Product, x => x.Put.Json(new { note = "" }).ToUrl($"{Research}/{study.Id}/conclusion"))
            .ShouldHaveFieldError("conclusion");
        await As(Role.Product, x => x.Put.Json(new { conclusion = "Maybe", note = "Unsure" }).ToUrl($"{Research}/{study.Id}/conclusion"))
            .ShouldBeProblem(400, "validation_failed");
        await As(Role.Product, x => x.Put.Json(new { conclusion = 7, note = "Unsure" }).ToUrl($"{Research}/{study.Id}/conclusion"))
            .ShouldHaveFieldError("conclusion");
        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, new string('n', 2001)).ShouldHaveFieldError("note");

        problem.Errors!.Keys.ShouldBe(["conclusion", "note"], ignoreOrder: true);
    }

    [Fact]
    public async Task an_archived_study_keeps_its_conclusion()
    {
        var study = await App.Started();
        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising).Ok<MarketResearchDetails>();
        await App.Archive(study.Id).Ok<MarketResearchDetails>();

        await App.ChangeConclusion(study.Id, ResearchConclusion.NotPromising, "Too late")
            .ShouldBeProblem(409, MarketResearchRules.ArchivedResearchIsClosed.Code);

        (await App.Study(study.Id)).Conclusion.ShouldBe(ResearchConclusion.Promising);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var study = await App.Started();
        await App.RecordFinding(study.Id).Ok<MarketResearchDetails>();

        await As(Role.Product, x =>
        {
            x.Put.Json(new { conclusion = ResearchConclusion.Promising, note = "Looks good" }).ToUrl($"{Research}/{study.Id}/conclusion");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }

    [Fact]
    public async Task an_auditor_cannot_conclude_a_study()
    {
        var study = await App.Started();

        await App.ChangeConclusion(study.Id, ResearchConclusion.Promising, role: Role.Auditor).ShouldBeProblem(403, "forbidden");
    }
}
