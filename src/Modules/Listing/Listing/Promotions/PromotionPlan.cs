using System.Collections.Immutable;
using System.Globalization;
using Ops.Shared.Outcomes;

using Ops.Shared;
using Ops.Shared.Audit;

namespace Ops.Listing.Promotions;

public enum PromotionTool { SponsoredAds, Coupons, Deals, Social, Influencer }

public enum PromotionStatus { Planned, Running, Completed, Cancelled }

// The facts of a promotion plan's life. Amounts are in the plan's currency (its budget's).

/// <summary>A monthly plan (<c>Month</c> as <c>YYYY-MM</c>) for one listing or one whole store; exactly one of the two is set.</summary>
[History("Promotion planned", "促销已计划")]
public sealed record PromotionPlanned(
    Guid PromotionPlanId, string Month, Guid? ListingId, Guid? StoreId, IReadOnlyList<PromotionTool> Tools, Money Budget,
    Money SalesTarget, decimal AcosTargetPercent, string PlannedBy, DateTimeOffset PlannedAt);

[History("Promotion started", "促销已开始")]
public sealed record PromotionStarted(Guid PromotionPlanId, string StartedBy, DateTimeOffset StartedAt);

[History("Promotion completed", "促销已完成")]
public sealed record PromotionCompleted(Guid PromotionPlanId, string CompletedBy, DateTimeOffset CompletedAt);

[History("Promotion cancelled", "促销已取消")]
public sealed record PromotionCancelled(Guid PromotionPlanId, string Reason, string CancelledBy, DateTimeOffset CancelledAt);

/// <summary>One week's advertising figures (the week starting on Monday <c>WeekStarting</c>): what was spent and what it sold.</summary>
[History("Promotion result recorded", "促销结果已记录")]
public sealed record PromotionResultRecorded(
    Guid PromotionPlanId, DateOnly WeekStarting, Money Spend, Money Sales, int? Orders, string RecordedBy, DateTimeOffset RecordedAt);

public static class PromotionRules
{
    public static readonly Rule OnePlanPerMonth = new("promotion.one_plan_per_month",
        "This listing or store already has a promotion plan for the month; change that one, or cancel it and plan anew.",
        "该商品或店铺本月已有推广计划；请修改原计划，或取消后重新制定。");
    public static readonly Rule NotPlanned = new("promotion.not_planned",
        "Only a planned promotion can start; this one has ended.", "只有计划中的推广才能开始；该推广已结束。");
    public static readonly Rule NotRunning = new("promotion.not_running",
        "The promotion is not running: start it first (a cancelled one takes no more results).",
        "推广未在进行中：请先开始推广（已取消的推广不再记录结果）。");
    public static readonly Rule CompletedCannotBeCancelled = new("promotion.completed_cannot_be_cancelled",
        "A completed promotion cannot be cancelled.", "已完成的推广不能取消。");
    public static readonly Rule WeekOutsidePlanMonth = new("promotion.week_outside_plan_month",
        "The week does not overlap the plan's month.", "该周与计划月份没有重叠。");
    public static readonly Rule WeekAlreadyRecorded = new("promotion.week_already_recorded",
        "The results of this week are already recorded.", "该周的推广结果已记录。");
    public static readonly Rule CurrencyMustMatchPlan = new("promotion.currency_must_match_plan",
        "Spend and sales must be in the plan's currency (its budget's).", "花费和销售额须使用计划的币种（与预算相同）。");
}

/// <summary>The month a plan covers, written <c>YYYY-MM</c> (sorts as text).</summary>
public static class PlanMonth
{
    public const string Format = "yyyy-MM";

    public static bool TryParse(string? month, out DateOnly firstDay) =>
        DateOnly.TryParseExact(month, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);

    public static DateOnly FirstDay(string month) =>
        TryParse(month, out var firstDay) ? firstDay : throw new FormatException($"'{month}' is not a month ({Format}).");

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}

/// <summary>
/// What promotion decisions need, and what its messages name (listing or store, month). Every decide method is a pure
/// function of state, input and now.
/// </summary>
public sealed record PromotionPlan(
    Guid Id, PromotionStatus Status, string Month, Guid? ListingId, Guid? StoreId, string Currency, ImmutableHashSet<DateOnly> RecordedWeeks)
{
    public static PromotionPlan Create(PromotionPlanned e) =>
        new(e.PromotionPlanId, PromotionStatus.Planned, e.Month, e.ListingId, e.StoreId, e.Budget.Currency, []);

    public PromotionPlan Apply(PromotionStarted _) => this with { Status = PromotionStatus.Running };
    public PromotionPlan Apply(PromotionCompleted _) => this with { Status = PromotionStatus.Completed };
    public PromotionPlan Apply(PromotionCancelled _) => this with { Status = PromotionStatus.Cancelled };
    public PromotionPlan Apply(PromotionResultRecorded e) => this with { RecordedWeeks = RecordedWeeks.Add(e.WeekStarting) };

    /// <summary>A new plan; <paramref name="monthAlreadyPlanned"/> when its listing or store has a live plan for the month.</summary>
    public static Decision Plan(PromotionPlanned planned, bool monthAlreadyPlanned) =>
        monthAlreadyPlanned ? PromotionRules.OnePlanPerMonth : Decision.Accept(planned);

    public Decision Start(string by, DateTimeOffset now) => Status switch
    {
        PromotionStatus.Planned => Decision.Accept(new PromotionStarted(Id, by, now)),
        PromotionStatus.Running => Decision.Accept(),
        _ => PromotionRules.NotPlanned,
    };

    public Decision Complete(string by, DateTimeOffset now) => Status switch
    {
        PromotionStatus.Running => Decision.Accept(new PromotionCompleted(Id, by, now)),
        PromotionStatus.Completed => Decision.Accept(),
        _ => PromotionRules.NotRunning,
    };

    public Decision Cancel(string reason, string by, DateTimeOffset now) => Status switch
    {
        PromotionStatus.Planned or PromotionStatus.Running => Decision.Accept(new PromotionCancelled(Id, reason, by, now)),
        PromotionStatus.Cancelled => Decision.Accept(),
        _ => PromotionRules.CompletedCannotBeCancelled,
    };

    /// <summary>
    /// A week's results, while the plan runs or after it completed (the last weeks' advertising reports arrive after the
    /// month ends). The week (Monday to Sunday) must overlap the plan's month, and each week is recorded once.
    /// </summary>
    public Decision RecordResult(DateOnly weekStarting, Money spend, Money sales, int? orders, string by, DateTimeOffset now)
    {
        if (Status is not (PromotionStatus.Running or PromotionStatus.Completed)) return PromotionRules.NotRunning;
        if (spend.Currency != Currency || sales.Currency != Currency) return PromotionRules.CurrencyMustMatchPlan;
        var monthStart = PlanMonth.FirstDay(Month);
        if (weekStarting > monthStart.AddMonths(1).AddDays(-1) || weekStarting.AddDays(6) < monthStart) return PromotionRules.WeekOutsidePlanMonth;
        if (RecordedWeeks.Contains(weekStarting)) return PromotionRules.WeekAlreadyRecorded;
        return Decision.Accept(new PromotionResultRecorded(Id, weekStarting, spend, sales, orders, by, now));
    }
}
