using Marten;
using Ops.Logistics.Contracts;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared.Kpis;
using Ops.Shared.Settings;

namespace Ops.Logistics.Inventory;

/// <summary>
/// Figures of items as they stand (velocity from the shipped movements, settings, the SKU's supplier facts, the warehouse)
/// and the signals an item sends on entering an alert state.
/// </summary>
public static class StockSignals
{
    /// <summary>The alerts a signal is published for when the item enters them.</summary>
    public const StockAlerts Signalled = StockAlerts.LowStock | StockAlerts.StockoutForecast | StockAlerts.ReorderPoint;

    /// <summary>The change of the item's alert states after a movement; null when they stay as they were.</summary>
    public static async Task<StockAlertsChanged?> EvaluateAsync(IDocumentSession session, InventoryItem item, int shippedNow, string by,
        DateTimeOffset now, CancellationToken ct)
    {
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        var product = await session.LoadAsync<LogisticsProduct>(item.Sku, ct);
        var warehouse = await session.LoadAsync<WarehouseView>(item.WarehouseId, ct);
        var shipped = (await ShippedAsync(session, [item.Id], now.AddDays(-settings.VelocityWindowDays), ct)).GetValueOrDefault(item.Id) + shippedNow;
        var level = new StockLevel { Id = item.Id, Sku = item.Sku, OnHand = item.OnHand, Reserved = item.Reserved, Inbound = item.Inbound };
        var figures = StockFigures.Compute(FigureInputs.From(level, shipped, settings, product, IsFba(warehouse), Today(warehouse, now)));
        var alerts = figures.Alerts & Signalled;
        return alerts == item.Alerts
            ? null
            : new StockAlertsChanged(item.Id, item.WarehouseId, item.Sku, item.Alerts, alerts, item.Available, figures.Velocity.PerDay,
                figures.SafetyStock.Units, figures.Replenishment.Quantity, figures.Stockout.StockoutOn, figures.Stockout.LeadTimeDays, by, now);
    }

    /// <summary>The contract messages of the states <paramref name="changed"/> entered.</summary>
    public static IEnumerable<object> MessagesFor(StockAlertsChanged changed, Guid storeId)
    {
        var entered = changed.Entered;
        if (entered.HasFlag(StockAlerts.LowStock))
            yield return new LowStockDetected(storeId, changed.WarehouseId, changed.Sku, changed.Available,
                (int)Math.Ceiling(changed.SafetyStock), changed.DailyVelocity, changed.RecordedAt);
        if (entered.HasFlag(StockAlerts.StockoutForecast) && changed.StockoutOn is { } on)
            yield return new StockoutForecast(storeId, changed.WarehouseId, changed.Sku, changed.Available, changed.DailyVelocity, on,
                changed.LeadTimeDays, WithinLeadTime: true, changed.RecordedAt);
        if (entered.HasFlag(StockAlerts.ReorderPoint))
            yield return new ReplenishmentNeeded(storeId, changed.Sku, changed.WarehouseId, ReplenishmentReason.ReorderPoint,
                changed.SuggestedQuantity, null, null, changed.RecordedAt);
    }

    public static bool IsFba(WarehouseView? warehouse) => warehouse?.Type == WarehouseType.FbaFulfilmentCentre;

    /// <summary>Today in the warehouse's time zone (UTC when the warehouse is unknown).</summary>
    public static DateOnly Today(WarehouseView? warehouse, DateTimeOffset now)
    {
        var zone = warehouse is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(warehouse.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>Units shipped since <paramref name="since"/> per item (SQL over the movement rows).</summary>
    public static async Task<Dictionary<Guid, int>> ShippedAsync(IQuerySession session, IReadOnlyCollection<Guid> itemIds, DateTimeOffset since,
        CancellationToken ct)
    {
        if (itemIds.Count == 0) return [];
        var movements = await session.TableOfAsync<StockMovement>(ct);
        var rows = await session.RowsAsync<ItemUnits>($"""
            select jsonb_build_object('itemId', data->>'itemId', 'units', sum((data->>'quantity')::int))
            from {movements}
            where data->>'kind' = 'Shipped' and (data->>'at')::timestamptz >= ? and (data->>'itemId')::uuid = any(?)
            group by data->>'itemId'
            """, ct, since, itemIds.ToArray());
        return rows.ToDictionary(r => r.ItemId, r => r.Units);
    }

    internal sealed record ItemUnits(Guid ItemId, int Units);
}
