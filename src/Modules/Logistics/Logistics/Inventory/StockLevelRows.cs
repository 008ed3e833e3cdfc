using Marten;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared.Kpis;
using Ops.Shared.Settings;

namespace Ops.Logistics.Inventory;

/// <summary>
/// The stock levels as the alert tests of <see cref="StockFigures.AlertSql"/> see them, in SQL: one row per SKU × warehouse
/// with the columns <c>id</c>, <c>sku</c>, <c>available</c>, <c>position</c>, <c>shipped</c> (units shipped in the velocity
/// window as of now), <c>lead</c>, <c>fba</c> and <c>warehouse_code</c>. The lists that filter, count and page by an alert
/// (the inventory board, the replenishment list) select from it, so they choose exactly the rows whose figures raise it.
/// </summary>
public sealed record StockLevelRows(string Sql, IReadOnlyList<object> Parameters)
{
    /// <summary>The rows of <paramref name="warehouseId"/> (every warehouse when null) whose SKU contains <paramref name="sku"/>, raising <paramref name="alert"/> when given.</summary>
    public static async Task<StockLevelRows> QueryAsync(IQuerySession session, LogisticsSettings settings, DateTimeOffset now, Guid? warehouseId,
        string? sku, StockAlerts? alert, CancellationToken ct)
    {
        var (levels, products, warehouses, movements) = (await session.TableOfAsync<StockLevel>(ct), await session.TableOfAsync<LogisticsProduct>(ct),
            await session.TableOfAsync<WarehouseView>(ct), await session.TableOfAsync<StockMovement>(ct));

        // A window of no days counts no sales (velocity 0), as the figures do.
        var since = settings.VelocityWindowDays > 0 ? now.AddDays(-settings.VelocityWindowDays) : DateTimeOffset.MaxValue;
        List<object> parameters = [since];
        List<string> filters = ["true"];
        if (warehouseId is { } warehouse)
        {
            filters.Add("(d.data->>'warehouseId')::uuid = ?");
            parameters.Add(warehouse);
        }
        if (sku is { Length: > 0 })
        {
            filters.Add("strpos(lower(d.data->>'sku'), ?) > 0");
            parameters.Add(sku.ToLowerInvariant());
        }
        var condition = alert is { } a ? StockFigures.AlertSql(a, settings) : "true";
        return new StockLevelRows($"""
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
            select * from level where {condition}
            """, parameters);
    }

    public async Task<long> CountAsync(IQuerySession session, CancellationToken ct) =>
        (await session.RowsAsync<Counted>($"select jsonb_build_object('count', count(*)) from ({Sql}) r", ct, [.. Parameters])).Single().Count;

    /// <summary>
    /// The page's stock levels, in the order of <paramref name="orderBy"/> (SQL over the columns, e.g. <c>r.sku asc</c>;
    /// the id last keeps the order total).
    /// </summary>
    public async Task<IReadOnlyList<StockLevel>> PageAsync(IQuerySession session, string orderBy, int page, int pageSize, CancellationToken ct)
    {
        var skip = (long)(page - 1) * pageSize;
        var ids = (await session.RowsAsync<Picked>($"""
            select jsonb_build_object('id', r.id) from ({Sql}) r
            order by {orderBy}, r.id
            limit ? offset ?
            """, ct, [.. Parameters, pageSize, skip])).Select(p => p.Id).ToList();
        var loaded = (await session.LoadManyAsync<StockLevel>(ct, ids)).ToDictionary(l => l.Id);
        return [.. ids.Select(id => loaded[id])];
    }

    internal sealed record Counted(long Count);

    internal sealed record Picked(Guid Id);
}
