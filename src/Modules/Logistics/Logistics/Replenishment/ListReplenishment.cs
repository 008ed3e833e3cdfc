using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Ops.Logistics.Replenishment;

public sealed record ListReplenishmentRequest
{
    [QueryParam] public Guid? WarehouseId { get; init; }
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
/// reorder point, with the suggested quantity and its inputs, capped by the FBA capacity of its storage type.
/// </summary>
public sealed class ListReplenishmentEndpoint(ILogisticsStore store, TimeProvider time)
    : Endpoint<ListReplenishmentRequest, IReadOnlyList<ReplenishmentSuggestion>>
{
    public override void Configure()
    {
        Get("/inventory/replenishment");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReplenishmentRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StockLevel> query = session.Query<StockLevel>();
        if (request.WarehouseId is { } warehouse) query = query.Where(l => l.WarehouseId == warehouse);
        var now = time.GetUtcNow();
        var rows = await InventoryRows.RowsAsync(session, await query.ToListAsync(ct), now, ct);
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        await Send.OkAsync(await SuggestAsync(session, rows, settings.FbaCapacity, now, ct), ct);
    }

    /// <summary>The suggestions of <paramref name="rows"/>, each capped by the room its storage type has left at its FBA warehouse.</summary>
    public static async Task<IReadOnlyList<ReplenishmentSuggestion>> SuggestAsync(IQuerySession session, IReadOnlyList<InventoryRow> rows,
        FbaCapacity capacity, DateTimeOffset now, CancellationToken ct)
    {
        var suggested = rows.Where(r => r.Figures.Replenishment.Suggested).ToList();
        var fbaWarehouses = suggested.Where(r => r.WarehouseType == WarehouseType.FbaFulfilmentCentre).Select(r => r.WarehouseId).Distinct().ToList();
        // Everything held at those warehouses, not only the suggested rows, fills their capacity.
        var held = fbaWarehouses.Count == 0 ? [] : await InventoryRows.RowsAsync(session,
            await session.Query<StockLevel>().Where(l => fbaWarehouses.Contains(l.WarehouseId)).ToListAsync(ct), now, ct);
        var used = held.GroupBy(r => (r.WarehouseId, r.StorageType)).ToDictionary(g => g.Key, g => g.Sum(r => r.OnHand + r.Inbound));

        return [.. suggested.OrderBy(r => r.Sku).ThenBy(r => r.WarehouseCode).Select(r =>
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

    private static ReplenishmentSuggestion Suggestion(InventoryRow r, int quantity, int wanted, bool capped, CapacityCap? cap) =>
        new(r.WarehouseId, r.WarehouseCode, r.WarehouseType, r.Country, r.Sku, r.Name, r.StorageType, quantity, wanted, capped, cap,
            r.Figures.Replenishment, r.Figures.Velocity, r.Figures.ReorderPoint);
}
