using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared.Settings;
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
/// the figures with their inputs), by warehouse, SKU or alert, paged. The filters, the alert tests (as of now: units
/// shipped in the velocity window, the SKU's lead time, the settings in force), the count and the page are one SQL over
/// the StockLevel projection; only the page's rows are loaded and figured.
/// </summary>
public sealed class ListInventoryEndpoint(ILogisticsStore store, TimeProvider time) : Endpoint<ListInventoryRequest, Page<InventoryRow>>
{
    /// <summary>The SQL column of each sort field of <see cref="ListInventoryValidator.Sort"/>.</summary>
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["sku"] = "sku", ["available"] = "available", ["warehouse"] = "warehouse_code",
    };

    public override void Configure()
    {
        Get("/inventory");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListInventoryRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var now = time.GetUtcNow();
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        var rows = await StockLevelRows.QueryAsync(session, settings, now, request.WarehouseId, request.Sku, request.Alert, ct);
        var total = await rows.CountAsync(session, ct);
        var chosen = string.IsNullOrEmpty(request.Sort) ? ListInventoryValidator.Sort.Default : request.Sort;
        var direction = chosen.StartsWith('-') ? "desc" : "asc";
        IReadOnlyList<InventoryRow> page = [];
        if (total > (long)(request.Page - 1) * request.PageSize)
        {
            var levels = await rows.PageAsync(session, $"r.{SortColumns[chosen.TrimStart('-')]} {direction}, r.warehouse_code", request.Page,
                request.PageSize, ct);
            page = await InventoryRows.RowsAsync(session, levels, now, ct);
        }
        await Send.OkAsync(new Page<InventoryRow>(page, request.Page, request.PageSize, total, (total + request.PageSize - 1) / request.PageSize), ct);
    }
}
