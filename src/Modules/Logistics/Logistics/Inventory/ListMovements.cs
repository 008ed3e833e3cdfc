using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Inventory;

public sealed record ListMovementsRequest : PageRequest
{
    public string Sku { get; init; } = "";
    [QueryParam] public Guid? WarehouseId { get; init; }
    [QueryParam] public MovementKind? Kind { get; init; }
}

public sealed class ListMovementsValidator : Validator<ListMovementsRequest>
{
    public ListMovementsValidator()
    {
        this.IncludePaging(ListMovementsEndpoint.Sort);
        RuleFor(r => r.Kind).IsInEnum();
    }
}

/// <summary><c>GET /api/logistics/inventory/{sku}/movements</c>: every movement of the SKU, newest first, paged; by warehouse or kind.</summary>
public sealed class ListMovementsEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListMovementsRequest, Page<StockMovement>>
{
    internal static readonly SortFields<StockMovement> Sort = new("-at", new Dictionary<string, Expression<Func<StockMovement, object>>>
    {
        ["at"] = m => m.At,
    }, thenBy: m => m.Version, thenByFollowsSort: true);

    public override void Configure()
    {
        Get("/inventory/{sku}/movements");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListMovementsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StockMovement> movements = session.Query<StockMovement>().Where(m => m.Sku == request.Sku);
        if (request.WarehouseId is { } warehouse) movements = movements.Where(m => m.WarehouseId == warehouse);
        if (request.Kind is { } kind) movements = movements.Where(m => m.Kind == kind);
        await Send.OkAsync(await movements.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}
