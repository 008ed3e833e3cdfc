using FastEndpoints;
using Marten;
using Ops.Logistics.Products;
using Ops.Shared;
using Ops.Shared.Settings;
using Ops.Shared.Http;

namespace Ops.Logistics.Inventory;

public sealed record InventorySkuRequest
{
    public string Sku { get; init; } = "";
}

/// <summary>Stock of one country (marketplace / fulfilment network) summed over its warehouses.</summary>
public sealed record StockTotals(string Country, int OnHand, int Reserved, int Inbound, int Available);

/// <summary>
/// COGS ÷ average inventory value over the last <see cref="PeriodDays"/> days: COGS = units shipped × unit cost; average
/// inventory value = (on hand at the start + on hand now) ÷ 2 × unit cost, both in the unit cost's currency (unrounded).
/// The amounts are null without a unit cost; the turnover also without stock.
/// </summary>
public sealed record TurnoverFigure(int PeriodDays, int UnitsShipped, Money? UnitCost, Money? Cogs, int OnHandAtStart, int OnHandNow,
    Money? AverageInventoryValue, decimal? Turnover)
{
    public static TurnoverFigure Of(int periodDays, int unitsShipped, Money? unitCost, int onHandAtStart, int onHandNow)
    {
        var cogs = unitCost is null ? null : unitCost with { Amount = unitsShipped * unitCost.Amount };
        var average = unitCost is null ? null : unitCost with { Amount = (onHandAtStart + onHandNow) / 2m * unitCost.Amount };
        var turnover = average is { Amount: > 0 } && cogs is not null
            ? Math.Round(cogs.Amount / average.Amount, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        return new TurnoverFigure(periodDays, unitsShipped, unitCost, cogs, onHandAtStart, onHandNow, average, turnover);
    }
}

/// <summary>A warehouse's row of the SKU with the FIFO age of its stock.</summary>
public sealed record InventorySkuWarehouse(InventoryRow Stock, StockAge Age, bool AgedFeeRisk);

public sealed record InventorySkuView(
    string Sku, string? Name, Guid? SupplierId, string? SupplierName, int? LeadTimeDays, int? MinimumOrderQuantity, Money? UnitCost,
    StorageType StorageType, bool Live, IReadOnlyList<InventorySkuWarehouse> Warehouses, StockTotals Totals,
    IReadOnlyList<StockTotals> ByCountry, TurnoverFigure Turnover);

/// <summary>
/// <c>GET /api/logistics/inventory/{sku}</c>: the SKU per warehouse with its figures and their inputs, the FIFO age of
/// its stock (units beyond 180 days at FBA carry aged-inventory fees), totals, totals per country and its turnover.
/// </summary>
public sealed class GetInventorySkuEndpoint(ILogisticsStore store, TimeProvider time) : Endpoint<InventorySkuRequest, InventorySkuView>
{
    public override void Configure()
    {
        Get("/inventory/{sku}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(InventorySkuRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var now = time.GetUtcNow();
        var product = await session.LoadAsync<LogisticsProduct>(request.Sku, ct);
        var levels = await session.Query<StockLevel>().Where(l => l.Sku == request.Sku).ToListAsync(ct);
        if (product is null && levels.Count == 0)
        {
            await Problems.WriteAsync(HttpContext, 404, ProblemCodes.NotFound, "Not found", $"No SKU '{request.Sku}' is known to logistics.", ct: ct);
            return;
        }

        var rows = (await InventoryRows.RowsAsync(session, levels, now, ct)).OrderBy(r => r.WarehouseCode).ToList();
        var movements = await session.Query<StockMovement>().Where(m => m.Sku == request.Sku).ToListAsync(ct);
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        var warehouses = rows.Select(r =>
        {
            var age = StockAge.Of(movements.Where(m => m.ItemId == r.ItemId).Select(m => (m.At, m.OnHandChange)), now);
            return new InventorySkuWarehouse(r, age, r.WarehouseType == Warehouses.WarehouseType.FbaFulfilmentCentre && age.AgedFeeRisk);
        }).ToList();

        var since = now.AddDays(-settings.VelocityWindowDays);
        var onHand = rows.Sum(r => r.OnHand);
        var unitCost = UnitCostOf(product);
        var turnover = TurnoverFigure.Of(settings.VelocityWindowDays, movements.Where(m => m.Kind == MovementKind.Shipped && m.At >= since).Sum(m => m.Quantity),
            unitCost, onHand - movements.Where(m => m.At >= since).Sum(m => m.OnHandChange), onHand);

        await Send.OkAsync(new InventorySkuView(request.Sku, product?.Name, product?.SupplierId, product?.SupplierName, product?.LeadTimeDays,
            product?.MinimumOrderQuantity, unitCost, StorageTypes.Of(product?.Size), product?.Live ?? false, warehouses,
            Totals("", rows), [.. rows.GroupBy(r => r.Country).OrderBy(g => g.Key).Select(g => Totals(g.Key, g))], turnover), ct);
    }

    /// <summary>The unit cost selection approved, in its currency; none while either is unknown.</summary>
    private static Money? UnitCostOf(LogisticsProduct? product) =>
        product is { UnitCost: { } cost, Currency: { Length: > 0 } currency } ? new Money(cost, currency) : null;

    private static StockTotals Totals(string country, IEnumerable<InventoryRow> rows) =>
        new(country, rows.Sum(r => r.OnHand), rows.Sum(r => r.Reserved), rows.Sum(r => r.Inbound), rows.Sum(r => r.Available));
}
