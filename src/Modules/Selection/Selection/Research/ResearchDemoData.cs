using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Selection.Research;

/// <summary>
/// Demo market studies for <c>./ops run</c> (only when <see cref="ModuleSeeds.DemoDataKey"/> is on): five categories with
/// their findings — promising, not promising, still open, one in another marketplace, one archived. Through the
/// module's own commands, so the studies have ordinary events; ids are derived from names and a study already on file
/// is skipped whole, so re-running adds nothing.
/// </summary>
public sealed class ResearchDemoData(ISelectionStore store, IServiceScopeFactory scopes, ILogger<ResearchDemoData> logger) : IModuleSeed
{
    public const string Actor = Actors.Seed;

    public static Guid StudyId(string key) => Id($"research.{key}");

    public async Task SeedAsync(CancellationToken ct)
    {
        var studies = Studies().ToList();
        await using var session = store.QuerySession();
        var existing = (await session.LoadManyAsync<MarketResearchDetails>(ct, studies.Select(s => s.Id))).Select(s => s.Id).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        foreach (var (_, commands) in studies.Where(s => !existing.Contains(s.Id)))
            foreach (var command in commands)
            {
                var outcome = await bus.InvokeAsync<Outcome>(command, ct);
                if (outcome is not Outcome.Accepted)
                    throw new InvalidOperationException($"Demo research data: {command.GetType().Name} ended in {outcome}.");
            }
        logger.LogInformation("Demo market research ready: {Count} studies", studies.Count);
    }

    private static IEnumerable<(Guid Id, object[] Commands)> Studies()
    {
        var lamps = StudyId("desk-lamps");
        yield return (lamps, [
            Start(lamps, "Desk lamps", "US", Usd(25, 60),
                demand: "Steady all year with peaks before the school term and in Q4; home-office buyers replace every 2–3 years.",
                preferences: "Dimmable warm light, USB-C charging port in the base, a long adjustable arm, no visible flicker.",
                trends: "Searches for 'desk lamp with charger' up about 18% year on year; clamp-on models growing fastest.",
                competitors: "Three brands hold most of the first page at USD 30–45; their reviews complain about flicker and weak clamps.",
                "Category report, October", "Best Sellers and first search page", "Review mining, top 20 listings"),
            Finding(lamps, 1, "Roughly one review in eight on the leaders mentions flicker at low brightness.", "Review mining, top 20 listings"),
            Finding(lamps, 2, "Clamp-on lamps sell at a 15–20% premium over desk-base models with similar features.", "Best Sellers"),
            Finding(lamps, 3, "Two factories quote a flicker-free driver for under USD 0.40 extra per unit.", "Supplier enquiries"),
            new ChangeResearchConclusion(lamps, ResearchConclusion.Promising,
                "Steady demand, a quality gap the leaders leave open, and a cheap fix for it.", null),
        ]);

        var mats = StudyId("yoga-mats");
        yield return (mats, [
            Start(mats, "Yoga mats", "US", Usd(18, 90),
                demand: "High but flat; January peak after New Year resolutions.",
                preferences: "Non-slip when sweaty, 6 mm thickness, no rubber smell, a carrying strap.",
                trends: "Cork and natural rubber mats growing; PVC mats declining.",
                competitors: "Over 40 brands on the first pages; the top ten each have thousands of reviews and spend heavily on ads.",
                "Category report, October", "Keyword tool, sponsored share"),
            Finding(mats, 1, "Sponsored results fill 9 of the first 16 places; estimated ACoS in the category is above 30%.", "Keyword tool, sponsored share"),
            Finding(mats, 2, "Natural rubber mats weigh over 2 kg, which puts them in a higher fulfilment fee band.", "Fee table"),
            new ChangeResearchConclusion(mats, ResearchConclusion.NotPromising,
                "Saturated and ad-heavy: the margin after advertising is below our minimum.", null),
        ]);

        var pets = StudyId("pet-hair-removers");
        yield return (pets, [
            Start(pets, "Pet hair removers", "US", Usd(12, 30),
                demand: "Growing with pet ownership; most buyers own a cat or a long-haired dog.",
                preferences: "Reusable (no sticky sheets), works on sofas and car seats, easy to empty.",
                trends: "Reusable rollers overtaking lint-roller refills.",
                competitors: "One dominant reusable roller with a strong brand; smaller sellers compete on bundles.",
                "Best Sellers and first search page"),
            Finding(pets, 1, "Negative reviews of the leader mostly concern the latch breaking within months.", "Review mining, top 10 listings"),
        ]);

        var utensils = StudyId("silicone-utensils-de");
        yield return (utensils, [
            Start(utensils, "Silicone kitchen utensils", "DE", new PriceBand(new Money(15, "EUR"), new Money(40, "EUR")),
                demand: "Steady; sets are bought as gifts, single pieces as replacements.",
                preferences: "LFGB-certified food-grade silicone, heat resistant to 230 °C, dishwasher safe.",
                trends: "Muted colours and wooden handles gaining on bright colours.",
                competitors: "Domestic brands lead on trust; Asian sellers compete on price with few certificates.",
                "Category report, DE marketplace", "LFGB certification requirements"),
            Finding(utensils, 1, "Listings that show the LFGB certificate convert visibly better in reviews' wording.", "Review mining, top 20 listings"),
            Finding(utensils, 2, "Our approved housewares supplier already holds LFGB test reports.", "Supplier documents"),
            new ChangeResearchConclusion(utensils, ResearchConclusion.Promising,
                "Certification is the barrier and our supplier already clears it.", null),
        ]);

        var stands = StudyId("phone-stands");
        yield return (stands, [
            Start(stands, "Phone stands", "US", Usd(8, 25),
                demand: "Large but price-driven.",
                preferences: "Foldable, adjustable angle, fits phones with cases.",
                trends: "Magnetic mounts replacing clamp stands.",
                competitors: "Hundreds of near-identical listings below USD 12.",
                "Best Sellers and first search page"),
            Finding(stands, 1, "Median price on the first page fell from USD 13 to USD 10 in a year.", "Price tracker"),
            new ChangeResearchConclusion(stands, ResearchConclusion.NotPromising, "A price war with no room to differentiate.", null),
            new ArchiveMarketResearch(stands, "Superseded by the magnetic mounts study", null),
        ]);
    }

    private static Guid Id(string name) => DeterministicGuid.From($"ops.selection.demo.{name}");

    private static PriceBand Usd(decimal min, decimal max) => new(new Money(min, "USD"), new Money(max, "USD"));

    private static StartMarketResearch Start(Guid id, string category, string marketplace, PriceBand priceBand, string demand,
        string preferences, string trends, string competitors, params string[] dataSources) =>
        new(id, category, marketplace, demand, preferences, priceBand, trends, competitors, dataSources, null);

    private static RecordResearchFinding Finding(Guid studyId, int n, string text, string source) =>
        new(studyId, new ResearchFinding(Id($"{studyId}.finding.{n}"), text, source), null);
}
