using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Warehouses;

/// <summary><c>GET /api/logistics/warehouses/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetWarehouseEndpoint(ILogisticsStore store) : GetRecordEndpoint<WarehouseView, ILogisticsStore>(store, "warehouse")
{
    public override void Configure()
    {
        Get("/warehouses/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListWarehousesRequest : PageRequest
{
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public WarehouseType? Type { get; init; }
    [QueryParam] public bool? Closed { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListWarehousesValidator : Validator<ListWarehousesRequest>
{
    public ListWarehousesValidator()
    {
        this.IncludePaging(ListWarehousesEndpoint.Sort);
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.Search).MaximumLength(200);
    }
}

/// <summary><c>GET /api/logistics/warehouses</c>: paged, filtered by store, kind, open or closed, or a search in code and name.</summary>
public sealed class ListWarehousesEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListWarehousesRequest, Page<WarehouseView>>
{
    internal static readonly SortFields<WarehouseView> Sort = new("code", new Dictionary<string, Expression<Func<WarehouseView, object>>>
    {
        ["code"] = w => w.Code,
        ["name"] = w => w.Name,
        ["registeredAt"] = w => w.RegisteredAt,
    });

    public override void Configure()
    {
        Get("/warehouses");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListWarehousesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<WarehouseView> warehouses = session.Query<WarehouseView>();
        if (request.StoreId is { } storeId) warehouses = warehouses.Where(w => w.StoreId == storeId);
        if (request.Type is { } type) warehouses = warehouses.Where(w => w.Type == type);
        if (request.Closed is { } closed) warehouses = warehouses.Where(w => w.Closed == closed);
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            warehouses = warehouses.Where(w => w.Name.ToLower().Contains(term) || w.Code.ToLower().Contains(term));
        }
        await Send.OkAsync(await warehouses.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class WarehouseHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<Warehouse, WarehouseView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/warehouses/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
