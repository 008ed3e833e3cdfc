using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Listing.Promotions;

/// <summary>
/// Demo promotion plans of the demo store around the current month, one in every status, with weekly results: a
/// cancelled one three months back, two completed, the current month running, next month planned. Through the real
/// commands, so results publish <c>PromotionResultRecorded</c>. Idempotent: each plan has a fixed id and is left alone
/// once it exists. (Keyword sets need listings, which the demo data does not have yet.)
/// </summary>
public sealed class PromotionDemoData(IListingStore store, IServiceScopeFactory scopes, TimeProvider time) : IModuleSeed
{
    public const string Actor = Actors.Seed;
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    private sealed record DemoPlan(string Key, int MonthsFromNow, PromotionStatus Status, PromotionTool[] Tools, decimal Budget, decimal SalesTarget);

    private static readonly IReadOnlyList<DemoPlan> Plans =
    [
        new("cancelled", -3, PromotionStatus.Cancelled, [PromotionTool.Deals], 1_500m, 5_000m),
        new("completed-early", -2, PromotionStatus.Completed, [PromotionTool.SponsoredAds, PromotionTool.Coupons], 3_000m, 12_000m),
        new("completed-last", -1, PromotionStatus.Completed, [PromotionTool.SponsoredAds, PromotionTool.Influencer], 4_000m, 15_000m),
        new("running", 0, PromotionStatus.Running, [PromotionTool.SponsoredAds, PromotionTool.Deals, PromotionTool.Social], 5_000m, 20_000m),
        new("planned", 1, PromotionStatus.Planned, [PromotionTool.SponsoredAds, PromotionTool.Coupons], 4_500m, 18_000m),
    ];

    public static Guid PlanId(string key) => DeterministicGuid.From($"ops.listing.promotion.demo.{key}");

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        await using var session = store.QuerySession();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);

        foreach (var plan in Plans)
        {
            var id = PlanId(plan.Key);
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null) continue;
            var month = thisMonth.AddMonths(plan.MonthsFromNow);
            await Invoke(bus, new CreatePromotionPlan(id, PlanMonth.Of(month), null, DemoStoreId, plan.Tools, Usd(plan.Budget), Usd(plan.SalesTarget),
                25m, null), ct);
            if (plan.Status == PromotionStatus.Planned) continue;

            await Invoke(bus, new StartPromotion(id, null), ct);
            var weeks = WeeksStarted(month, today);
            if (plan.Status == PromotionStatus.Cancelled) weeks = weeks.Take(1).ToList();
            foreach (var (week, n) in weeks.Select((week, n) => (week, n)))
            {
                var spend = plan.Budget / 5 + 40m * n;
                var sales = Math.Round(spend * (3.4m + 0.3m * n), 2, MidpointRounding.AwayFromZero);
                await Invoke(bus, new RecordPromotionResult(id, week, Usd(spend), Usd(sales), (int)(sales / 32m), null), ct);
            }
            if (plan.Status == PromotionStatus.Completed) await Invoke(bus, new CompletePromotion(id, null), ct);
            if (plan.Status == PromotionStatus.Cancelled)
                await Invoke(bus, new CancelPromotion(id, "The deal slot was withdrawn; the promotion stopped after its first week.", null), ct);
        }
    }

    /// <summary>The Mondays in the month that have come.</summary>
    private static List<DateOnly> WeeksStarted(DateOnly month, DateOnly today) =>
        [.. Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
            .Where(day => day.DayOfWeek == DayOfWeek.Monday && day <= today)];

    private static Money Usd(decimal amount) => new(amount, "USD");

    private static async Task Invoke(IMessageContext bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Seeding demo promotions: {command} ended in {outcome}.");
    }
}
