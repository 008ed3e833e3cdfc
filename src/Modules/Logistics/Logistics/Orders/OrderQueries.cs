using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Orders;

/// <summary><c>GET /api/logistics/orders/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetOrderEndpoint(ILogisticsStore store) : GetRecordEndpoint<OrderDetails, ILogisticsStore>(store, "order")
{
    public override void Configure()
    {
        Get("/orders/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListOrdersRequest : PageRequest
{
    [QueryParam] public OrderStatus? Status { get; init; }

    /// <summary>Only orders still to ship (received, on hold, reviewed, backordered, allocated).</summary>
    [QueryParam] public bool? Open { get; init; }

    /// <summary>The ship-by deadline's state.</summary>
    [QueryParam] public OrderDeadlineState? DeadlineState { get; init; }

    [QueryParam] public OrderDeadlineState? ReviewDeadlineState { get; init; }
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public string? Marketplace { get; init; }
    [QueryParam] public string? Sku { get; init; }

    /// <summary>Part of the order number, any case.</summary>
    [QueryParam] public string? Search { get; init; }

    /// <summary>Received on or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>Received before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }
}

public sealed class ListOrdersValidator : Validator<ListOrdersRequest>
{
    public ListOrdersValidator()
    {
        this.IncludePaging(ListOrdersEndpoint.Sort);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.DeadlineState).IsInEnum();
        RuleFor(r => r.ReviewDeadlineState).IsInEnum();
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null);
    }
}

/// <summary>
/// <c>GET /api/logistics/orders</c>: the order queue, by default by time left to ship (ship-by first due first), filtered by
/// status, open or not, deadline states, store, marketplace, SKU, order number, or when received; paged, in SQL.
/// </summary>
public sealed class ListOrdersEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListOrdersRequest, Page<OrderDetails>>
{
    internal static readonly SortFields<OrderDetails> Sort = new("shipBy", new Dictionary<string, Expression<Func<OrderDetails, object>>>
    {
        ["shipBy"] = o => o.ShipBy,
        ["receivedAt"] = o => o.ReceivedAt,
        ["orderNumber"] = o => o.OrderNumber,
        ["status"] = o => o.Status,
    });

    internal static readonly OrderStatus[] OpenStatuses =
        [OrderStatus.Received, OrderStatus.OnHold, OrderStatus.Reviewed, OrderStatus.Backordered, OrderStatus.Allocated];

    public override void Configure()
    {
        Get("/orders");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListOrdersRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<OrderDetails> orders = session.Query<OrderDetails>();
        if (request.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (request.Open is true) orders = orders.Where(o => OpenStatuses.Contains(o.Status));
        if (request.Open is false) orders = orders.Where(o => !OpenStatuses.Contains(o.Status));
        if (request.DeadlineState is { } deadline) orders = orders.Where(o => o.ShipDeadlineState == deadline);
        if (request.ReviewDeadlineState is { } review) orders = orders.Where(o => o.ReviewDeadlineState == review);
        if (request.StoreId is { } storeId) orders = orders.Where(o => o.StoreId == storeId);
        if (request.Marketplace is { Length: > 0 } marketplace) orders = orders.Where(o => o.Marketplace == marketplace);
        if (request.Sku is { Length: > 0 } sku) orders = orders.Where(o => o.Skus.Contains(sku));
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            orders = orders.Where(o => o.OrderNumber.ToLower().Contains(term));
        }
        if (request.From is { } from) orders = orders.Where(o => o.ReceivedAt >= from);
        if (request.To is { } to) orders = orders.Where(o => o.ReceivedAt < to);
        await Send.OkAsync(await orders.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/logistics/orders/{id}/history</c>: the order's timeline.</summary>
public sealed class OrderHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<Order, OrderDetails, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/orders/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
