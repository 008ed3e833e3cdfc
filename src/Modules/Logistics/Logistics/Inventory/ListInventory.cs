using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared.Kpis;
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
        var (levels, products, warehouses, movements) = (await session.TableOfAsync<StockLevel>(ct), await session.TableOfAsync<LogisticsProduct>(ct),
            await session.TableOfAsync<WarehouseView>(ct), await session.TableOfAsync<StockMovement>(ct));

        // A window of no days counts no sales (velocity 0), as the figures do.
        var since = settings.VelocityWindowDays > 0 ? now.AddDays(-settings.VelocityWindowDays) : DateTimeOffset.MaxValue;
        List<object> parameters = [since];
        List<string> filters = ["true"];
        if (request.WarehouseId is { } warehouse)
        {
            filters.Add("(d.data->>'warehouseId')::uuid = ?");
            parameters.Add(warehouse);
        }
        if (request.Sku is { Length: > 0 } sku)
        {
            filters.Add("strpos(lower(d.data->>'sku'), ?) > 0");
            parameters.Add(sku.ToLowerInvariant());
        }
        var alert = request.Alert is { } a ? StockFigures.AlertSql(a, settings) : "true";
        var rows = $"""
            with level as (
                select d.id, d.data->>'sku' as sku, (d.data->>'available')::bigint as available,
                       (d.data->>'available')::bigint + (d.data->>'inbound')::bigint as position, coalesce(s.units, 0) as shipped,
                       coalesce((p.data->>'leadTimeDays')::bigint, 0) as lead, coalesce(w.data->>'type', '') = 'FbaFulfilmentCentre' as fba,
                       coalesce(w.data->>'code', '') as warehouse_code
                from {levels} d
                left join {products} p on p.id = d.data->>'sku'
                left join {warehouses} w on w.id = (d.data->>'warehouseId')::uuid
                left join (select (m.data->>'itemId')::uuid as item_id, sum((m.data->>'quantity')::bigint) as units from {movements} m
                           where m.data->>'kind' = 'Shipped' and (m.data->>'at')::timestamptz >= ? group by 1) s on s.item_id = d.id
                where {string.Join(" and ", filters)})
            select * from level where {alert}
            """;

        var total = (await session.RowsAsync<Counted>($"select jsonb_build_object('count', count(*)) from ({rows}) r", ct, [.. parameters]))
            .Single().Count;
        var chosen = string.IsNullOrEmpty(request.Sort) ? ListInventoryValidator.Sort.Default : request.Sort;
        var direction = chosen.StartsWith('-') ? "desc" : "asc";
        var skip = (long)(request.Page - 1) * request.PageSize;
        IReadOnlyList<InventoryRow> page = [];
        if (total > skip)
        {
            var ids = (await session.RowsAsync<Picked>($"""
                select jsonb_build_object('id', r.id) from ({rows}) r
                order by r.{SortColumns[chosen.TrimStart('-')]} {direction}, r.warehouse_code, r.id
                limit ? offset ?
                """, ct, [.. parameters, request.PageSize, skip])).Select(p => p.Id).ToList();
            var loaded = (await session.LoadManyAsync<StockLevel>(ct, ids)).ToDictionary(l => l.Id);
            page = await InventoryRows.RowsAsync(session, [.. ids.Select(id => loaded[id])], now, ct);
        }
        await Send.OkAsync(new Page<InventoryRow>(page, request.Page, request.PageSize, total, (total + request.PageSize - 1) / request.PageSize), ct);
    }

    internal sealed record Counted(long Count);

    internal sealed record Picked(Guid Id);
}
