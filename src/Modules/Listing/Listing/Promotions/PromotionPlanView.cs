using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

using Ops.Shared;

namespace Ops.Listing.Promotions;

/// <summary>
/// A promotion plan as the API shows it: what is planned, its status, each week's results with their ROI and ACoS, and
/// the totals so far against budget and goals (rounding: see <see cref="PromotionFigures"/>).
/// </summary>
public sealed record PromotionPlanView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }

    /// <summary><c>YYYY-MM</c>.</summary>
    public required string Month { get; init; }

    public Guid? ListingId { get; init; }
    public Guid? StoreId { get; init; }
    public IReadOnlyList<PromotionTool> Tools { get; init; } = [];
    public required Money Budget { get; init; }
    public required Money SalesTarget { get; init; }
    public decimal AcosTargetPercent { get; init; }
    public PromotionStatus Status { get; init; }
    public string? CancellationReason { get; init; }

    /// <summary>Oldest week first.</summary>
    public IReadOnlyList<PromotionWeekResult> Results { get; init; } = [];

    public required Money TotalSpend { get; init; }
    public required Money TotalSales { get; init; }

    /// <summary>Orders of the weeks that reported them.</summary>
    public int TotalOrders { get; init; }

    /// <summary>Total sales / total spend; null before any spend.</summary>
    public decimal? Roi { get; init; }

    /// <summary>Total spend / total sales × 100; null before any sales.</summary>
    public decimal? AcosPercent { get; init; }

    public decimal BudgetUsedPercent { get; init; }
    public decimal SalesTargetReachedPercent { get; init; }

    public required string PlannedBy { get; init; }
    public DateTimeOffset PlannedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<PromotionPlanProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PromotionPlanView>().Index(p => p.Month).Index(p => p.ListingId!).Index(p => p.StoreId!);
    }

    /// <summary>The plan with one more week's results, its totals recomputed from all weeks.</summary>
    internal PromotionPlanView WithResult(PromotionResultRecorded e)
    {
        var results = Results.Append(PromotionWeekResult.From(e)).OrderBy(r => r.WeekStarting).ToList();
        var spend = results.Sum(r => r.Spend.Amount);
        var sales = results.Sum(r => r.Sales.Amount);
        return this with
        {
            Results = results,
            TotalSpend = TotalSpend with { Amount = spend },
            TotalSales = TotalSales with { Amount = sales },
            TotalOrders = results.Sum(r => r.Orders ?? 0),
            Roi = PromotionFigures.Roi(sales, spend),
            AcosPercent = PromotionFigures.AcosPercent(spend, sales),
            BudgetUsedPercent = PromotionFigures.Percent(spend, Budget.Amount) ?? 0,
            SalesTargetReachedPercent = PromotionFigures.Percent(sales, SalesTarget.Amount) ?? 0,
        };
    }
}

/// <summary>One week's results with its own ROI and ACoS.</summary>
public sealed record PromotionWeekResult(
    DateOnly WeekStarting, Money Spend, Money Sales, int? Orders, decimal? Roi, decimal? AcosPercent, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static PromotionWeekResult From(PromotionResultRecorded e) => new(e.WeekStarting, e.Spend, e.Sales, e.Orders,
        PromotionFigures.Roi(e.Sales.Amount, e.Spend.Amount), PromotionFigures.AcosPercent(e.Spend.Amount, e.Sales.Amount), e.RecordedBy, e.RecordedAt);
}

public sealed class PromotionPlanProjection : SingleStreamProjection<PromotionPlanView, Guid>
{
    public override PromotionPlanView? Evolve(PromotionPlanView? plan, Guid id, IEvent e) => (plan, e.Data) switch
    {
        (null, PromotionPlanned p) => new PromotionPlanView
        {
            Id = p.PromotionPlanId, Month = p.Month, ListingId = p.ListingId, StoreId = p.StoreId, Tools = p.Tools, Budget = p.Budget,
            SalesTarget = p.SalesTarget, AcosTargetPercent = p.AcosTargetPercent, Status = PromotionStatus.Planned,
            TotalSpend = Money.Zero(p.Budget.Currency), TotalSales = Money.Zero(p.Budget.Currency), PlannedBy = p.PlannedBy, PlannedAt = p.PlannedAt,
        },
        (not null, PromotionStarted s) => plan with { Status = PromotionStatus.Running, StartedAt = s.StartedAt },
        (not null, PromotionCompleted c) => plan with { Status = PromotionStatus.Completed, CompletedAt = c.CompletedAt },
        (not null, PromotionCancelled c) => plan with { Status = PromotionStatus.Cancelled, CancellationReason = c.Reason, CancelledAt = c.CancelledAt },
        (not null, PromotionResultRecorded r) => plan.WithResult(r),
        _ => plan,
    };
}
