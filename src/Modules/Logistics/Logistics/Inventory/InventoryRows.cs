using Marten;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared.Settings;

namespace Ops.Logistics.Inventory;

/// <summary>One SKU in one warehouse: its stock, the alerts its figures raise and the figures with their inputs.</summary>
public sealed record InventoryRow
{
    public Guid ItemId { get; init; }
    public Guid WarehouseId { get; init; }
    public required string WarehouseCode { get; init; }
    public WarehouseType WarehouseType { get; init; }
    public required string Country { get; init; }
    public required string Sku { get; init; }
    public string? Name { get; init; }
    public StorageType StorageType { get; init; }
    public int OnHand { get; init; }
    public int Reserved { get; init; }
    public int Inbound { get; init; }
    public int Available { get; init; }

    /// <summary>The alerts the figures raise now.</summary>
    public required IReadOnlyList<StockAlerts> Alerts { get; init; }

    public required StockFigures Figures { get; init; }
    public DateTimeOffset LastMovementAt { get; init; }
}

/// <summary>The figures of stock levels as they stand now, for the lists and the SKU page.</summary>
public static class InventoryRows
{
    public sealed record Context(
        LogisticsSettings Settings, IReadOnlyDictionary<string, LogisticsProduct> Products, IReadOnlyDictionary<Guid, WarehouseView> Warehouses);

    public static async Task<Context> ContextAsync(IQuerySession session, IEnumerable<StockLevel> levels, CancellationToken ct)
    {
        var list = levels.ToList();
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        var products = await session.LoadManyAsync<LogisticsProduct>(ct, list.Select(l => l.Sku).Distinct().ToArray());
        var warehouses = await session.LoadManyAsync<WarehouseView>(ct, list.Select(l => l.WarehouseId).Distinct().ToArray());
        return new Context(settings, products.ToDictionary(p => p.Id), warehouses.ToDictionary(w => w.Id));
    }

    public static async Task<List<InventoryRow>> RowsAsync(IQuerySession session, IReadOnlyList<StockLevel> levels, DateTimeOffset now,
        CancellationToken ct)
    {
        var context = await ContextAsync(session, levels, ct);
        var shipped = await StockSignals.ShippedAsync(session, [.. levels.Select(l => l.Id)], now.AddDays(-context.Settings.VelocityWindowDays), ct);
        return [.. levels.Select(l => Row(l, shipped.GetValueOrDefault(l.Id), context, now))];
    }

    public static InventoryRow Row(StockLevel level, int shipped, Context context, DateTimeOffset now)
    {
        var product = context.Products.GetValueOrDefault(level.Sku);
        var warehouse = context.Warehouses.GetValueOrDefault(level.WarehouseId);
        var figures = StockFigures.Compute(FigureInputs.From(level, shipped, context.Settings, product, StockSignals.IsFba(warehouse),
            StockSignals.Today(warehouse, now)));
        return new InventoryRow
        {
            ItemId = level.Id, WarehouseId = level.WarehouseId, WarehouseCode = warehouse?.Code ?? "", WarehouseType = warehouse?.Type ?? default,
            Country = warehouse?.Country ?? "", Sku = level.Sku, Name = product?.Name, StorageType = StorageTypes.Of(product?.Size),
            OnHand = level.OnHand, Reserved = level.Reserved, Inbound = level.Inbound, Available = level.Available,
            Alerts = [.. Enum.GetValues<StockAlerts>().Where(a => a != StockAlerts.None && figures.Alerts.HasFlag(a))],
            Figures = figures, LastMovementAt = level.LastMovementAt,
        };
    }
}
