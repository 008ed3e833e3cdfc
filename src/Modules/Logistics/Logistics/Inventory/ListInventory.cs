using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Paging;

namespace Ops.Logistics.Inventory;

public sealed record ListInventoryRequest : PageRequest
{
    [QueryParam] public Guid? WarehouseId { get; init; }

    /// <summary>Part of the SKU.</summary>
    [QueryParam] public string? Sku { get; init; }

    /// <summary>Only rows raising this alert.</summary>
    [QueryParam] public StockAlerts? Alert { get; init; }
}

public sealed class ListInventoryValidator : Validator<ListInventoryRequest>
{
    internal static readonly SortFields<InventoryRow> Sort = new("sku", new Dictionary<string, System.Linq.Expressions.Expression<Func<InventoryRow, object>>>
    {
        ["sku"] = r => r.Sku,
        ["available"] = r => r.Available,
        ["warehouse"] = r => r.WarehouseCode,
    }, thenBy: r => r.WarehouseCode);

    public ListInventoryValidator()
    {
        this.IncludePaging(Sort);
        RuleFor(r => r.Alert).IsInEnum().NotEqual(StockAlerts.None);
    }
}

/// <summary>
/// <c>GET /api/logistics/inventory</c>: one row per SKU × warehouse (on hand, reserved, inbound, available, alerts and
/// the figures with their inputs), by warehouse, SKU or alert, paged. Levels come from SQL over the StockLevel
/// projection, velocities from one grouped SQL over the movements; alerts are figured as of now.
/// </summary>
public sealed class ListInventoryEndpoint(ILogisticsStore store, TimeProvider time) : Endpoint<ListInventoryRequest, Page<InventoryRow>>
{
    public override void Configure()
    {
        Get("/inventory");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListInventoryRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StockLevel> levels = session.Query<StockLevel>();
        if (request.WarehouseId is { } warehouse) levels = levels.Where(l => l.WarehouseId == warehouse);
        if (request.Sku is { Length: > 0 } sku)
        {
            var term = sku.ToLowerInvariant();
            levels = levels.Where(l => l.Sku.ToLower().Contains(term));
        }
        var rows = await InventoryRows.RowsAsync(session, await levels.ToListAsync(ct), time.GetUtcNow(), ct);
        IEnumerable<InventoryRow> matching = request.Alert is { } alert ? rows.Where(r => r.Alerts.Contains(alert)) : rows;
        var sorted = ListInventoryValidator.Sort.Apply(matching.AsQueryable(), request.Sort).ToList();
        var page = sorted.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        await Send.OkAsync(new Page<InventoryRow>(page, request.Page, request.PageSize, sorted.Count,
            (sorted.Count + request.PageSize - 1) / request.PageSize), ct);
    }
}
