using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Research;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Selection.Tests.ResearchScenarios;

namespace Selection.Tests;

public sealed class ResearchDemoDataTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task demo_studies_are_seeded_once_with_findings_and_one_archived()
    {
        var seed = ActivatorUtilities.CreateInstance<ResearchDemoData>(App.Host.Services);

        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var first = await AllStudies();
        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var second = await AllStudies();

        second.Items.Select(s => (s.Id, s.Version)).ShouldBe(first.Items.Select(s => (s.Id, s.Version)));
        first.Items.Select(s => (s.Category, s.Marketplace, s.Conclusion, s.Archived)).ShouldBe([
            ("Desk lamps", "US", ResearchConclusion.Promising, false),
            ("Pet hair removers", "US", ResearchConclusion.Open, false),
            ("Phone stands", "US", ResearchConclusion.NotPromising, true),
            ("Silicone kitchen utensils", "DE", ResearchConclusion.Promising, false),
            ("Yoga mats", "US", ResearchConclusion.NotPromising, false),
        ]);
        first.Items.ShouldAllBe(s => s.Findings.Count > 0 && s.Findings.All(f => f.RecordedBy == ResearchDemoData.Actor));
    }

    private Task<Page<MarketResearchDetails>> AllStudies() =>
        As(Role.Auditor, x => x.Get.Url($"{Research}?pageSize=200&sort=category")).Ok<Page<MarketResearchDetails>>();
}
