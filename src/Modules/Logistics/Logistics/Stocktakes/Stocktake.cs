using System.Collections.Immutable;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Stocktakes;

/// <summary>Where a stocktake stands (logistics.md, "Stocktake"); a recount sends a submitted stocktake back to counting.</summary>
public enum StocktakeStatus { Planned, Counting, Submitted, Approved }

/// <summary>A SKU's system quantity (on hand) as frozen when counting started.</summary>
public sealed record FrozenLine(string Sku, int SystemQuantity);

/// <summary>What was counted of a SKU, and why it differs from the system quantity when it does.</summary>
public sealed record LineCount(string Sku, int CountedQuantity, string? Reason);

/// <summary>What approval did to a SKU's stock: on hand moved by the variance (ADR 0022), from before to after.</summary>
public sealed record LineAdjustment(string Sku, int Variance, int OnHandBefore, int OnHandAfter);

/// <summary><see cref="Skus"/> null: every SKU the warehouse holds stock of when counting starts.</summary>
[History("Stocktake planned", "盘点已计划")]
public sealed record StocktakePlanned(
    Guid StocktakeId, Guid WarehouseId, Guid StoreId, IReadOnlyList<string>? Skus, DateOnly PlannedOn, string PlannedBy, DateTimeOffset PlannedAt);

[History("Stocktake counting started", "盘点已开始")]
public sealed record StocktakeStarted(Guid StocktakeId, IReadOnlyList<FrozenLine> Lines, string StartedBy, DateTimeOffset StartedAt);

[History("Stocktake counts entered", "盘点数量已录入")]
public sealed record StocktakeCountsEntered(Guid StocktakeId, IReadOnlyList<LineCount> Counts, string CountedBy, DateTimeOffset CountedAt);

[History("Stocktake submitted", "盘点已提交")]
public sealed record StocktakeSubmitted(Guid StocktakeId, string SubmittedBy, DateTimeOffset SubmittedAt);

[History("Stocktake approved", "盘点已审批")]
public sealed record StocktakeApproved(Guid StocktakeId, IReadOnlyList<LineAdjustment> Adjustments, string ApprovedBy, DateTimeOffset ApprovedAt);

[History("Stocktake recount ordered", "已要求复盘")]
public sealed record StocktakeRecountOrdered(Guid StocktakeId, IReadOnlyList<string> Skus, string Reason, string OrderedBy, DateTimeOffset OrderedAt);

public static class StocktakeRules
{
    public static readonly Rule WarehouseMustBeOpen =
        new("stocktake.warehouse_must_be_open", "The warehouse is unknown or closed.", "仓库不存在或已停用。");
    public static readonly Rule NotPlanned =
        new("stocktake.not_planned", "Only a planned stocktake can start counting.", "只有已计划的盘点才能开始。");
    public static readonly Rule NothingToCount =
        new("stocktake.nothing_to_count", "The warehouse holds no stock of any SKU: there is nothing to count.", "该仓库没有任何库存，无可盘点。");
    public static readonly Rule NotCounting =
        new("stocktake.not_counting", "Counts are entered and submitted only while the stocktake is counting.", "只有在盘点中才能录入和提交数量。");
    public static readonly Rule SkuNotOnSheet =
        new("stocktake.sku_not_on_sheet", "The SKU is not on this stocktake's counting sheet.", "该 SKU 不在本次盘点表中。");
    public static readonly Rule EveryLineMustBeCounted =
        new("stocktake.every_line_must_be_counted", "Every line must be counted before the stocktake is submitted.", "提交前须盘点每一行。");
    public static readonly Rule VarianceNeedsReason =
        new("stocktake.variance_needs_reason", "A line whose variance exceeds the review threshold needs a reason.", "差异超过复核阈值的行须填写原因。");
    public static readonly Rule NotSubmitted =
        new("stocktake.not_submitted", "Only a submitted stocktake can be approved or sent back for a recount.", "只有已提交的盘点才能审批或复盘。");
}

/// <summary>
/// What a stocktake's decisions need: its warehouse, its status and, per SKU, the frozen system quantity and the count.
/// Variance = counted − system; variance % is of the system quantity (any difference from a system quantity of 0 is 100 %).
/// </summary>
public sealed record Stocktake(
    Guid Id, Guid WarehouseId, Guid StoreId, IReadOnlyList<string>? Skus, StocktakeStatus Status,
    ImmutableList<FrozenLine> Frozen, ImmutableDictionary<string, LineCount> Counts)
{
    public static Stocktake Create(StocktakePlanned e) =>
        new(e.StocktakeId, e.WarehouseId, e.StoreId, e.Skus, StocktakeStatus.Planned, [], ImmutableDictionary<string, LineCount>.Empty);

    public Stocktake Apply(StocktakeStarted e) => this with { Status = StocktakeStatus.Counting, Frozen = [.. e.Lines] };
    public Stocktake Apply(StocktakeCountsEntered e) => this with { Counts = Counts.SetItems(e.Counts.Select(c => KeyValuePair.Create(c.Sku, c))) };
    public Stocktake Apply(StocktakeSubmitted _) => this with { Status = StocktakeStatus.Submitted };
    public Stocktake Apply(StocktakeApproved _) => this with { Status = StocktakeStatus.Approved };
    public Stocktake Apply(StocktakeRecountOrdered e) => this with { Status = StocktakeStatus.Counting, Counts = Counts.RemoveRange(e.Skus) };

    public static int Variance(int system, int counted) => counted - system;

    /// <summary>Variance as a percentage of the system quantity, full precision; 100 when the system holds none and some were counted.</summary>
    public static decimal? VariancePercent(int system, int? counted) => counted switch
    {
        null => null,
        { } c when system == 0 => c == 0 ? 0m : 100m,
        { } c => (c - system) * 100m / system,
    };

    public static bool NeedsReason(int system, int? counted, decimal reviewPercent) =>
        VariancePercent(system, counted) is { } percent && Math.Abs(percent) > reviewPercent;

    public static Decision Plan(Guid id, Guid warehouseId, Guid storeId, bool warehouseOpen, IReadOnlyList<string>? skus, DateOnly plannedOn,
        string by, DateTimeOffset now) =>
        !warehouseOpen ? StocktakeRules.WarehouseMustBeOpen
        : Decision.Accept(new StocktakePlanned(id, warehouseId, storeId, skus, plannedOn, by, now));

    /// <summary>Freezes the system quantities given (the stock levels at this moment).</summary>
    public Decision Start(IReadOnlyList<FrozenLine> lines, string by, DateTimeOffset now) =>
        Status != StocktakeStatus.Planned ? StocktakeRules.NotPlanned
        : lines.Count == 0 ? StocktakeRules.NothingToCount
        : Decision.Accept(new StocktakeStarted(Id, lines, by, now));

    /// <summary>Enters counts (any subset of the sheet, again as often as needed); the same counts again change nothing.</summary>
    public Decision EnterCounts(IReadOnlyList<LineCount> counts, string by, DateTimeOffset now)
    {
        if (Status != StocktakeStatus.Counting) return StocktakeRules.NotCounting;
        if (counts.Any(c => Frozen.All(f => f.Sku != c.Sku))) return StocktakeRules.SkuNotOnSheet;
        var changed = counts.Where(c => !Counts.TryGetValue(c.Sku, out var known) || known != c).ToList();
        return changed.Count == 0 ? Decision.Accept() : Decision.Accept(new StocktakeCountsEntered(Id, changed, by, now));
    }

    /// <summary>Every line counted, and every line over the review threshold explained (each one named as a field error).</summary>
    public Decision Submit(decimal reviewPercent, string by, DateTimeOffset now)
    {
        if (Status != StocktakeStatus.Counting) return StocktakeRules.NotCounting;
        if (Frozen.Any(f => !Counts.ContainsKey(f.Sku))) return StocktakeRules.EveryLineMustBeCounted with
        {
            Breaches = [.. Frozen.Select((f, i) => (f, i)).Where(x => !Counts.ContainsKey(x.f.Sku)).Select(x => new RuleBreach(
                StocktakeRules.EveryLineMustBeCounted.Code, $"lines[{x.i}].countedQuantity", $"{x.f.Sku} is not counted.", $"{x.f.Sku} 尚未盘点。"))],
        };
        var unexplained = Frozen.Select((f, i) => (f, i, count: Counts[f.Sku]))
            .Where(x => NeedsReason(x.f.SystemQuantity, x.count.CountedQuantity, reviewPercent) && string.IsNullOrWhiteSpace(x.count.Reason)).ToList();
        if (unexplained.Count > 0) return StocktakeRules.VarianceNeedsReason with
        {
            Breaches = [.. unexplained.Select(x => new RuleBreach(StocktakeRules.VarianceNeedsReason.Code, $"lines[{x.i}].reason",
                $"{x.f.Sku}: the variance exceeds {reviewPercent} % of the system quantity; say why.",
                $"{x.f.Sku}：差异超过系统数量的 {reviewPercent}%，请说明原因。"))],
        };
        return Decision.Accept(new StocktakeSubmitted(Id, by, now));
    }

    /// <summary>The lines whose count differs from the frozen quantity, with their variance and reason.</summary>
    public IEnumerable<(FrozenLine Line, int Variance, string? Reason)> Variances() =>
        Frozen.Select(f => (f, count: Counts[f.Sku])).Where(x => x.count.CountedQuantity != x.f.SystemQuantity)
            .Select(x => (x.f, Variance(x.f.SystemQuantity, x.count.CountedQuantity), x.count.Reason));

    public Decision Approve(IReadOnlyList<LineAdjustment> adjustments, string by, DateTimeOffset now) =>
        Status != StocktakeStatus.Submitted ? StocktakeRules.NotSubmitted
        : Decision.Accept(new StocktakeApproved(Id, adjustments, by, now));

    public Decision OrderRecount(IReadOnlyList<string> skus, string reason, string by, DateTimeOffset now) =>
        Status != StocktakeStatus.Submitted ? StocktakeRules.NotSubmitted
        : skus.Any(s => Frozen.All(f => f.Sku != s)) ? StocktakeRules.SkuNotOnSheet
        : Decision.Accept(new StocktakeRecountOrdered(Id, skus, reason, by, now));
}
