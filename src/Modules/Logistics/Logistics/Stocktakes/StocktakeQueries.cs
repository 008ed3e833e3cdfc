using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Stocktakes;

/// <summary><c>GET /api/logistics/stocktakes/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetStocktakeEndpoint(ILogisticsStore store) : GetRecordEndpoint<StocktakeView, ILogisticsStore>(store, "stocktake")
{
    public override void Configure()
    {
        Get("/stocktakes/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListStocktakesRequest : PageRequest
{
    [QueryParam] public Guid? WarehouseId { get; init; }
    [QueryParam] public StocktakeStatus? Status { get; init; }

    /// <summary>True: planned stocktakes whose planned date has passed without counting starting (UTC dates).</summary>
    [QueryParam] public bool? Overdue { get; init; }
}

public sealed class ListStocktakesValidator : Validator<ListStocktakesRequest>
{
    public ListStocktakesValidator()
    {
        this.IncludePaging(ListStocktakesEndpoint.Sort);
        RuleFor(r => r.Status).IsInEnum();
    }
}

/// <summary><c>GET /api/logistics/stocktakes</c>: paged, by warehouse, status, or planned ones overdue.</summary>
public sealed class ListStocktakesEndpoint(ILogisticsStore store, StoreResults counts, TimeProvider time)
    : Endpoint<ListStocktakesRequest, Page<StocktakeView>>
{
    internal static readonly SortFields<StocktakeView> Sort = new("-plannedOn", new Dictionary<string, Expression<Func<StocktakeView, object>>>
    {
        ["plannedOn"] = s => s.PlannedOn,
        ["plannedAt"] = s => s.PlannedAt,
        ["status"] = s => s.Status,
    }, s => s.Id);

    public override void Configure()
    {
        Get("/stocktakes");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListStocktakesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StocktakeView> stocktakes = session.Query<StocktakeView>();
        if (request.WarehouseId is { } warehouseId) stocktakes = stocktakes.Where(s => s.WarehouseId == warehouseId);
        if (request.Status is { } status) stocktakes = stocktakes.Where(s => s.Status == status);
        if (request.Overdue is { } overdue)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            stocktakes = overdue
                ? stocktakes.Where(s => s.Status == StocktakeStatus.Planned && s.PlannedOn < today)
                : stocktakes.Where(s => s.Status != StocktakeStatus.Planned || s.PlannedOn >= today);
        }
        await Send.OkAsync(await stocktakes.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class StocktakeHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<Stocktake, StocktakeView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/stocktakes/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
