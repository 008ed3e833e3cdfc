using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;
using Ops.Listing.Promotions;

namespace Listing.Tests.Promotions;

public sealed class PromotionDemoDataTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task demo_plans_of_the_demo_store_come_in_every_status_with_weekly_results_and_seeding_again_adds_nothing()
    {
        var seed = ActivatorUtilities.CreateInstance<PromotionDemoData>(Host.Services);

        await seed.SeedAsync(CancellationToken.None);
        var first = await Plans();
        await seed.SeedAsync(CancellationToken.None);
        var second = await Plans();

        first.Select(p => (p.Month, p.Status)).ShouldBe([
            ("2030-08", PromotionStatus.Cancelled),
            ("2030-09", PromotionStatus.Completed),
            ("2030-10", PromotionStatus.Completed),
            ("2030-11", PromotionStatus.Running),
            ("2030-12", PromotionStatus.Planned),
        ]);
        first.ShouldAllBe(p => p.StoreId == PromotionDemoData.DemoStoreId && p.PlannedBy == PromotionDemoData.Actor);
        first.Select(p => p.Results.Count).ShouldBe([1, 5, 4, 1, 0]); // Mondays that have come: Sep has five, 4 Nov is today
        first.Where(p => p.Results.Count > 0).ShouldAllBe(p => p.Roi > 0 && p.AcosPercent > 0);
        second.ShouldBeEquivalentTo(first);
    }

    private async Task<List<PromotionPlanView>> Plans()
    {
        await using var session = Host.Services.GetRequiredService<IListingStore>().QuerySession();
        return [.. (await session.Query<PromotionPlanView>().ToListAsync()).OrderBy(p => p.Month)];
    }
}
