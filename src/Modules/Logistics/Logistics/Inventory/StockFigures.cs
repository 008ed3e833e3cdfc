using System.Globalization;

namespace Ops.Logistics.Inventory;

/// <summary>What the figures of one SKU in one warehouse are computed from (logistics.md, "Inventory item").</summary>
public sealed record FigureInputs(
    int OnHand, int Reserved, int Inbound, int UnitsShipped, int VelocityWindowDays, int SafetyDays, int TargetCoverDays,
    int SlowMovingCoverDays, int ExcessCoverDays, int? LeadTimeDays, int? MinimumOrderQuantity, bool AtFba, DateOnly Today)
{
    public int Available => OnHand - Reserved;

    /// <summary>Available + inbound: what the stock will be once what is on its way arrives.</summary>
    public int Position => Available + Inbound;

    public static FigureInputs From(StockLevel level, int unitsShipped, LogisticsSettings settings, Products.LogisticsProduct? product,
        bool atFba, DateOnly today) =>
        new(level.OnHand, level.Reserved, level.Inbound, unitsShipped, settings.VelocityWindowDays, settings.SafetyDays, settings.TargetCoverDays,
            settings.SlowMovingCoverDays, settings.ExcessCoverDays, product?.LeadTimeDays, product?.MinimumOrderQuantity, atFba, today);
}

/// <summary>Average units shipped per day: <see cref="UnitsShipped"/> over the last <see cref="WindowDays"/> days.</summary>
public sealed record Velocity(decimal PerDay, int UnitsShipped, int WindowDays);

/// <summary><see cref="SafetyDays"/> × velocity.</summary>
public sealed record SafetyStock(decimal Units, int SafetyDays, decimal Velocity);

/// <summary>Velocity × <see cref="LeadTimeDays"/> + safety stock (lead time unknown counts as 0 days).</summary>
public sealed record ReorderPoint(decimal Units, decimal Velocity, int LeadTimeDays, decimal SafetyStock);

/// <summary>
/// Suggested when velocity &gt; 0 and available + inbound ≤ the reorder point: velocity × target cover − (available + inbound),
/// rounded up to whole units and up to the supplier's MOQ (never fewer than the MOQ).
/// </summary>
public sealed record ReplenishmentFigure(
    bool Suggested, int Quantity, decimal Needed, decimal Velocity, int TargetCoverDays, int Available, int Inbound, decimal ReorderPoint,
    int MinimumOrderQuantity);

/// <summary>Available ÷ velocity days from today; null when nothing sells (velocity 0): no stockout is foreseen.</summary>
public sealed record StockoutFigure(DateOnly? StockoutOn, decimal? DaysOfCover, int Available, decimal Velocity, int LeadTimeDays, bool WithinLeadTime);

/// <summary>Available + inbound ÷ velocity; excess only at an FBA warehouse, where aged-inventory fees loom.</summary>
public sealed record ExcessFigure(bool Excess, decimal? DaysOfSupply, int ExcessCoverDays, bool AtFba, bool AgedFeeRisk);

/// <summary>The figures of one SKU in one warehouse, each with its inputs.</summary>
public sealed record StockFigures(
    Velocity Velocity, SafetyStock SafetyStock, ReorderPoint ReorderPoint, ReplenishmentFigure Replenishment, StockoutFigure Stockout,
    bool LowStock, bool SlowMoving, int SlowMovingCoverDays, ExcessFigure Excess)
{
    /// <summary>The alerts these figures raise (the state <see cref="InventoryItem.Alerts"/> keeps, so a signal is sent on entering it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public StockAlerts Alerts =>
        (LowStock ? StockAlerts.LowStock : 0)
        | (Stockout.WithinLeadTime ? StockAlerts.StockoutForecast : 0)
        | (Replenishment.Suggested ? StockAlerts.ReorderPoint : 0)
        | (SlowMoving ? StockAlerts.SlowMoving : 0)
        | (Excess.Excess ? StockAlerts.Excess : 0);

    /// <summary>
    /// The SQL condition of <paramref name="alert"/> over the columns <c>available</c>, <c>position</c> (available + inbound),
    /// <c>shipped</c> (units shipped in the window), <c>lead</c> (lead time days) and <c>fba</c>: the same whole-number tests
    /// as <see cref="Compute"/>, so a list filtered in the database holds exactly the rows whose figures raise the alert.
    /// The settings are whole numbers bounded by their validator, written into the SQL as literals.
    /// </summary>
    public static string AlertSql(StockAlerts alert, LogisticsSettings settings)
    {
        var window = Math.Max(1, settings.VelocityWindowDays).ToString(CultureInfo.InvariantCulture);
        string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        return alert switch
        {
            StockAlerts.LowStock => $"available * {window} < {N(settings.SafetyDays)} * shipped",
            StockAlerts.StockoutForecast => $"shipped > 0 and greatest(available, 0) * {window} < lead * shipped",
            StockAlerts.ReorderPoint => $"shipped > 0 and position * {window} <= shipped * (lead + {N(settings.SafetyDays)})",
            StockAlerts.SlowMoving => $"available * {window} > {N(settings.SlowMovingCoverDays)} * shipped",
            StockAlerts.Excess => $"fba and position * {window} > {N(settings.ExcessCoverDays)} * shipped",
            // A combination is no one alert a row raises (the rows list their alerts one by one).
            _ => "false",
        };
    }

    public static StockFigures Compute(FigureInputs i)
    {
        var velocity = i.VelocityWindowDays <= 0 ? 0m : (decimal)i.UnitsShipped / i.VelocityWindowDays;
        var safety = i.SafetyDays * velocity;
        var leadTime = i.LeadTimeDays ?? 0;
        var reorderPoint = velocity * leadTime + safety;
        var moq = Math.Max(1, i.MinimumOrderQuantity ?? 1);

        // The alert tests compare whole numbers (units × window days against cover days × units shipped) rather than the
        // rounded decimal velocity, so the inventory list's SQL filter (AlertSql) decides exactly as here.
        var shipped = i.VelocityWindowDays > 0 ? (long)i.UnitsShipped : 0L;
        var window = Math.Max(1L, i.VelocityWindowDays);
        var lowStock = i.Available * window < i.SafetyDays * shipped;
        var suggested = shipped > 0 && i.Position * window <= shipped * (leadTime + i.SafetyDays);
        var needed = velocity * i.TargetCoverDays - i.Position;
        var quantity = suggested ? Math.Max((int)Math.Ceiling(Math.Max(needed, 0m)), moq) : 0;

        decimal? cover = velocity > 0 ? Math.Round(i.Available / velocity, 2, MidpointRounding.ToZero) : null;
        DateOnly? stockoutOn = velocity > 0 ? i.Today.AddDays((int)Math.Floor(Math.Max(0, i.Available) / velocity)) : null;
        // The stockout day falls within the lead time when ⌊available ÷ velocity⌋ < lead time, that is available < lead time × velocity.
        var withinLeadTime = shipped > 0 && Math.Max(0, i.Available) * window < leadTime * shipped;

        // Nothing sold: any stock is slow-moving (and, at FBA, excess).
        var slow = i.Available * window > i.SlowMovingCoverDays * shipped;
        decimal? supply = velocity > 0 ? Math.Round(i.Position / velocity, 2, MidpointRounding.ToZero) : null;
        var excess = i.AtFba && i.Position * window > i.ExcessCoverDays * shipped;

        return new StockFigures(
            new Velocity(Math.Round(velocity, 4), i.UnitsShipped, i.VelocityWindowDays),
            new SafetyStock(Math.Round(safety, 2), i.SafetyDays, Math.Round(velocity, 4)),
            new ReorderPoint(Math.Round(reorderPoint, 2), Math.Round(velocity, 4), leadTime, Math.Round(safety, 2)),
            new ReplenishmentFigure(suggested, quantity, Math.Round(needed, 2), Math.Round(velocity, 4), i.TargetCoverDays, i.Available, i.Inbound,
                Math.Round(reorderPoint, 2), moq),
            new StockoutFigure(stockoutOn, cover, i.Available, Math.Round(velocity, 4), leadTime, withinLeadTime),
            LowStock: lowStock,
            SlowMoving: slow,
            i.SlowMovingCoverDays,
            new ExcessFigure(excess, supply, i.ExcessCoverDays, i.AtFba, excess));
    }
}

/// <summary>The alert states of an item, kept on it so a signal is published when the item enters a state, not on every movement in it.</summary>
[Flags]
public enum StockAlerts
{
    None = 0,
    LowStock = 1,
    StockoutForecast = 2,
    ReorderPoint = 4,
    SlowMoving = 8,
    Excess = 16,
}

/// <summary>Units of stock received (FIFO) at most 180 days ago, 181–365 days ago and more than 365 days ago.</summary>
public sealed record StockAge(int UpTo180Days, int From181To365Days, int Over365Days)
{
    /// <summary>Units aged beyond 180 days at an FBA warehouse carry aged-inventory surcharges.</summary>
    public bool AgedFeeRisk => From181To365Days + Over365Days > 0;

    /// <summary>
    /// Ages on-hand stock first in, first out: each unit leaving (shipment, negative adjustment) takes the oldest unit in;
    /// what is left was received at the dates of the youngest layers.
    /// </summary>
    public static StockAge Of(IEnumerable<(DateTimeOffset At, int OnHandChange)> movements, DateTimeOffset now)
    {
        var layers = new LinkedList<(DateTimeOffset At, int Units)>();
        foreach (var (at, change) in movements.OrderBy(m => m.At))
        {
            if (change > 0) layers.AddLast((at, change));
            var leaving = -change;
            while (leaving > 0 && layers.First is { } oldest)
            {
                var take = Math.Min(leaving, oldest.Value.Units);
                leaving -= take;
                if (take == oldest.Value.Units) layers.RemoveFirst();
                else oldest.Value = (oldest.Value.At, oldest.Value.Units - take);
            }
        }
        int young = 0, aged = 0, old = 0;
        foreach (var (at, units) in layers)
        {
            var days = (now - at).TotalDays;
            if (days > 365) old += units;
            else if (days > 180) aged += units;
            else young += units;
        }
        return new StockAge(young, aged, old);
    }
}
