using Ops.Selection.Research;
using Ops.Shared;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class ResearchFindingTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task findings_are_appended_in_order_with_who_recorded_them_and_when()
    {
        var study = await App.Started();

        var first = await App.RecordFinding(study.Id, " Most reviews ask for a longer arm ", " Review mining ").Ok<MarketResearchDetails>();
        App.Clock.Advance(TimeSpan.FromHours(2));
        var result = await App.RecordFinding(study.Id, "Clamp-on models sell at a 20% premium", "Best Sellers", Role.OpsManager);

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"3\"");
        var second = (await result.ReadAsJsonAsync<MarketResearchDetails>())!;
        first.Findings.ShouldHaveSingleItem().FindingId.ShouldBe(second.Findings[0].FindingId);
        second.Findings.Select(f => (f.Text, f.Source, f.RecordedBy, f.RecordedAt)).ShouldBe([
            ("Most reviews ask for a longer arm", "Review mining", "product@demo.ops", OpsFixture.Start),
            ("Clamp-on models sell at a 20% premium", "Best Sellers", "ops-manager@demo.ops", OpsFixture.Start.AddHours(2)),
        ]);
        second.Findings.Select(f => f.FindingId).ShouldBeUnique();
    }

    [Fact]
    public async Task a_finding_says_what_was_found_and_where()
    {
        var study = await App.Started();

        var blank = await App.RecordFinding(study.Id, "", " ").ShouldHaveFieldError("text");
        var tooLong = await App.RecordFinding(study.Id, new string('t', 4001), new string('s', 501)).ShouldHaveFieldError("text");

        blank.Errors!.Keys.ShouldBe(["text", "source"], ignoreOrder: true);
        tooLong.Errors!.Keys.ShouldBe(["text", "source"], ignoreOrder: true);
    }

    [Fact]
    public async Task an_archived_study_takes_no_findings()
    {
        var study = await App.Archived();

        await App.RecordFinding(study.Id).ShouldBeProblem(409, MarketResearchRules.ArchivedResearchIsClosed.Code);

        (await App.Study(study.Id)).Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_finding_on_a_stale_version_is_refused()
    {
        var study = await App.Started();
        await App.RecordFinding(study.Id).Ok<MarketResearchDetails>();

        await As(Role.Product, x =>
        {
            x.Post.Json(new { text = "Late", source = "Somewhere" }).ToUrl($"{Research}/{study.Id}/findings");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }

    [Fact]
    public async Task a_finding_on_an_unknown_study_is_not_found()
    {
        await App.RecordFinding(Guid.CreateVersion7()).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task an_auditor_cannot_record_a_finding()
    {
        var study = await App.Started();

        await App.RecordFinding(study.Id, role: Role.Auditor).ShouldBeProblem(403, "forbidden");
    }
}
