using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Returns;

/// <summary><c>GET /api/logistics/returns/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetReturnEndpoint(ILogisticsStore store) : GetRecordEndpoint<ReturnView, ILogisticsStore>(store, "return")
{
    public override void Configure()
    {
        Get("/returns/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListReturnsRequest : PageRequest
{
    [QueryParam] public ReturnStatus? Status { get; init; }
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public Guid? WarehouseId { get; init; }
    [QueryParam] public ReturnFinding? Finding { get; init; }

    /// <summary>A SKU or an order number, as a part of it.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListReturnsValidator : Validator<ListReturnsRequest>
{
    public ListReturnsValidator()
    {
        this.IncludePaging(ListReturnsEndpoint.Sort);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Finding).IsInEnum();
    }
}

/// <summary><c>GET /api/logistics/returns</c>: paged, by status, store, warehouse, finding, or a search in SKU and order number.</summary>
public sealed class ListReturnsEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListReturnsRequest, Page<ReturnView>>
{
    internal static readonly SortFields<ReturnView> Sort = new("-requestedAt", new Dictionary<string, Expression<Func<ReturnView, object>>>
    {
        ["requestedAt"] = r => r.RequestedAt,
        ["sku"] = r => r.Sku,
        ["status"] = r => r.Status,
    }, r => r.Id);

    public override void Configure()
    {
        Get("/returns");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReturnsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ReturnView> returns = session.Query<ReturnView>();
        if (request.Status is { } status) returns = returns.Where(r => r.Status == status);
        if (request.StoreId is { } storeId) returns = returns.Where(r => r.StoreId == storeId);
        if (request.WarehouseId is { } warehouseId) returns = returns.Where(r => r.WarehouseId == warehouseId);
        if (request.Finding is { } finding) returns = returns.Where(r => r.Finding == finding);
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            returns = returns.Where(r => r.Sku.ToLower().Contains(term) || r.OrderNumber.ToLower().Contains(term));
        }
        await Send.OkAsync(await returns.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class ReturnHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<Return, ReturnView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/returns/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
