using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Ops.Logistics.Replenishment;

public sealed record ListReplenishmentRequest : PageRequest
{
    [QueryParam] public Guid? WarehouseId { get; init; }
}

public sealed class ListReplenishmentValidator : Validator<ListReplenishmentRequest>
{
    internal static readonly SortFields<ReplenishmentSuggestion> Sort = new("sku",
        new Dictionary<string, System.Linq.Expressions.Expression<Func<ReplenishmentSuggestion, object>>>
        {
            ["sku"] = s => s.Sku,
            ["warehouse"] = s => s.WarehouseCode,
        }, thenBy: s => s.WarehouseCode);

    public ListReplenishmentValidator() => this.IncludePaging(Sort);
}

/// <summary>
/// The room left for a storage type at an FBA fulfilment centre: its capacity (<c>fbaCapacity</c>) less the on-hand and
/// inbound units of every SKU of that type there.
/// </summary>
public sealed record CapacityCap(StorageType StorageType, int Capacity, int Used, int Remaining);

/// <summary>
/// A replenishment suggestion with its inputs (<see cref="ReplenishmentFigure"/>). At an FBA warehouse the quantity never
/// exceeds what its storage type has left: <see cref="Capped"/> says when it was cut to <see cref="CapacityCap.Remaining"/>.
/// </summary>
public sealed record ReplenishmentSuggestion(
    Guid WarehouseId, string WarehouseCode, WarehouseType WarehouseType, string Country, string Sku, string? Name, StorageType StorageType,
    int Quantity, int SuggestedQuantity, bool Capped, CapacityCap? Capacity, ReplenishmentFigure Inputs, Velocity Velocity, ReorderPoint ReorderPoint);

/// <summary>
/// <c>GET /api/logistics/inventory/replenishment</c>: every SKU × warehouse whose available + inbound is at or below its
/// reorder point, with the suggested quantity and its inputs, capped by the FBA capacity of its storage type; by SKU then
/// warehouse code, paged. Which rows need replenishment (<see cref="StockFigures.AlertSql"/> of the reorder point), their
/// count, the page and the units held per FBA warehouse × storage type are SQL; only the page's rows are loaded and figured.
/// </summary>
public sealed class ListReplenishmentEndpoint(ILogisticsStore store, TimeProvider time)
    : Endpoint<ListReplenishmentRequest, Page<ReplenishmentSuggestion>>
{
    /// <summary>The SQL column of each sort field of <see cref="ListReplenishmentValidator.Sort"/>, and the one breaking its ties.</summary>
    private static readonly Dictionary<string, (string Column, string Then)> SortColumns = new()
    {
        ["sku"] = ("sku", "warehouse_code"), ["warehouse"] = ("warehouse_code", "sku"),
    };

    public override void Configure()
    {
        Get("/inventory/replenishment");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReplenishmentRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var now = time.GetUtcNow();
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        var candidates = await StockLevelRows.QueryAsync(session, settings, now, request.WarehouseId, null, StockAlerts.ReorderPoint, ct);
        var total = await candidates.CountAsync(session, ct);
        IReadOnlyList<ReplenishmentSuggestion> page = [];
        if (total > (long)(request.Page - 1) * request.PageSize)
        {
            var chosen = string.IsNullOrEmpty(request.Sort) ? ListReplenishmentValidator.Sort.Default : request.Sort;
            var (column, then) = SortColumns[chosen.TrimStart('-')];
            var levels = await candidates.PageAsync(session, $"r.{column} {(chosen.StartsWith('-') ? "desc" : "asc")}, r.{then}", request.Page,
                request.PageSize, ct);
            page = await SuggestAsync(session, await InventoryRows.RowsAsync(session, levels, now, ct), settings.FbaCapacity, ct);
        }
        await Send.OkAsync(new Page<ReplenishmentSuggestion>(page, request.Page, request.PageSize, total,
            (total + request.PageSize - 1) / request.PageSize), ct);
    }

    /// <summary>
    /// The suggestions of <paramref name="rows"/> (rows at or below their reorder point), in their order, each capped by the
    /// room its storage type has left at its FBA warehouse.
    /// </summary>
    public static async Task<IReadOnlyList<ReplenishmentSuggestion>> SuggestAsync(IQuerySession session, IReadOnlyList<InventoryRow> rows,
        FbaCapacity capacity, CancellationToken ct)
    {
        var fbaWarehouses = rows.Where(r => r.WarehouseType == WarehouseType.FbaFulfilmentCentre).Select(r => r.WarehouseId).Distinct().ToArray();
        var used = await HeldAsync(session, fbaWarehouses, ct);

        return [.. rows.Select(r =>
        {
            var wanted = r.Figures.Replenishment.Quantity;
            if (r.WarehouseType != WarehouseType.FbaFulfilmentCentre)
                return Suggestion(r, wanted, wanted, false, null);
            var limit = capacity.For(r.StorageType);
            var filled = used.GetValueOrDefault((r.WarehouseId, r.StorageType));
            var cap = new CapacityCap(r.StorageType, limit, filled, Math.Max(0, limit - filled));
            return Suggestion(r, Math.Min(wanted, cap.Remaining), wanted, wanted > cap.Remaining, cap);
        })];
    }

    /// <summary>
    /// On hand + inbound of every SKU held at <paramref name="warehouses"/> (not only the rows needing replenishment: everything
    /// there fills the capacity), per warehouse × storage type, summed in SQL.
    /// </summary>
    private static async Task<Dictionary<(Guid, StorageType), int>> HeldAsync(IQuerySession session, Guid[] warehouses, CancellationToken ct)
    {
        if (warehouses.Length == 0) return [];
        var (levels, products) = (await session.TableOfAsync<StockLevel>(ct), await session.TableOfAsync<LogisticsProduct>(ct));
        var held = await session.RowsAsync<Held>($"""
            select jsonb_build_object('warehouseId', h.warehouse_id, 'storageType', h.storage_type, 'units', sum(h.units))
            from (select (d.data->>'warehouseId')::uuid as warehouse_id, {StorageTypes.Sql("p.data->'size'")} as storage_type,
                         (d.data->>'onHand')::bigint + (d.data->>'inbound')::bigint as units
                  from {levels} d left join {products} p on p.id = d.data->>'sku'
                  where (d.data->>'warehouseId')::uuid = any(?)) h
            group by h.warehouse_id, h.storage_type
            """, ct, warehouses);
        return held.ToDictionary(h => (h.WarehouseId, h.StorageType), h => (int)h.Units);
    }

    internal sealed record Held(Guid WarehouseId, StorageType StorageType, long Units);

    private static ReplenishmentSuggestion Suggestion(InventoryRow r, int quantity, int wanted, bool capped, CapacityCap? cap) =>
        new(r.WarehouseId, r.WarehouseCode, r.WarehouseType, r.Country, r.Sku, r.Name, r.StorageType, quantity, wanted, capped, cap,
            r.Figures.Replenishment, r.Figures.Velocity, r.Figures.ReorderPoint);
}
