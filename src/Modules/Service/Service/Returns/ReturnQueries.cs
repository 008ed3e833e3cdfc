using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Service.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Returns;

/// <summary><c>GET /api/service/returns/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetReturnEndpoint(IServiceStore store) : GetRecordEndpoint<CustomerReturnDetails, IServiceStore>(store, "return")
{
    public override void Configure()
    {
        Get("/returns/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListReturnsRequest : PageRequest
{
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public CustomerReturnStatus? Status { get; init; }
    [QueryParam] public ReturnKind? Kind { get; init; }

    /// <summary>The order's number, exactly.</summary>
    [QueryParam] public string? OrderNumber { get; init; }

    /// <summary>The SKU, exactly.</summary>
    [QueryParam] public string? Sku { get; init; }
}

public sealed class ListReturnsValidator : Validator<ListReturnsRequest>
{
    public ListReturnsValidator() => this.IncludePaging(ListReturnsEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/service/returns</c>: return and exchange requests, newest first by default (<c>sort=-requestedAt</c>);
/// paged, filtered by store, status, kind, order number and SKU.
/// </summary>
public sealed class ListReturnsEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListReturnsRequest, Page<CustomerReturnDetails>>
{
    internal static readonly SortFields<CustomerReturnDetails> Sort = new("-requestedAt",
        new Dictionary<string, Expression<Func<CustomerReturnDetails, object>>>
        {
            ["requestedAt"] = r => r.RequestedAt,
            ["windowEndsOn"] = r => r.WindowEndsOn,
        }, thenBy: r => r.Id);

    public override void Configure()
    {
        Get("/returns");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReturnsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<CustomerReturnDetails> returns = session.Query<CustomerReturnDetails>();
        if (request.StoreId is { } storeId) returns = returns.Where(r => r.StoreId == storeId);
        if (request.Status is { } status) returns = returns.Where(r => r.Status == status);
        if (request.Kind is { } kind) returns = returns.Where(r => r.Kind == kind);
        if (request.OrderNumber is { Length: > 0 } orderNumber) returns = returns.Where(r => r.OrderNumber == orderNumber.Trim());
        if (request.Sku is { Length: > 0 } sku) returns = returns.Where(r => r.Sku == sku.Trim());
        await Send.OkAsync(await returns.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/returns/{id}/history</c>: every event of the return, as auditors read it.</summary>
public sealed class ReturnHistoryEndpoint(IServiceStore store) : HistoryEndpoint<CustomerReturn, CustomerReturnDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/returns/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
