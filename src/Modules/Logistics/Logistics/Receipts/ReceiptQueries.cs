using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Receipts;

/// <summary><c>GET /api/logistics/receipts/{id}</c>.</summary>
public sealed class GetReceiptEndpoint(ILogisticsStore store) : GetRecordEndpoint<PurchaseReceiptView, ILogisticsStore>(store, "receipt")
{
    public override void Configure()
    {
        Get("/receipts/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListReceiptsRequest : PageRequest
{
    [QueryParam] public Guid? WarehouseId { get; init; }
    [QueryParam] public string? Sku { get; init; }
    [QueryParam] public Guid? SupplierId { get; init; }
}

public sealed class ListReceiptsValidator : Validator<ListReceiptsRequest>
{
    public ListReceiptsValidator()
    {
        this.IncludePaging(ListReceiptsEndpoint.Sort);
    }
}

/// <summary><c>GET /api/logistics/receipts</c>: newest first by default; by warehouse, SKU or supplier.</summary>
public sealed class ListReceiptsEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListReceiptsRequest, Page<PurchaseReceiptView>>
{
    internal static readonly SortFields<PurchaseReceiptView> Sort = new("-recordedAt", new Dictionary<string, Expression<Func<PurchaseReceiptView, object>>>
    {
        ["recordedAt"] = r => r.RecordedAt,
        ["receivedOn"] = r => r.ReceivedOn,
        ["sku"] = r => r.Sku,
    });

    public override void Configure()
    {
        Get("/receipts");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReceiptsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<PurchaseReceiptView> receipts = session.Query<PurchaseReceiptView>();
        if (request.WarehouseId is { } warehouse) receipts = receipts.Where(r => r.WarehouseId == warehouse);
        if (request.Sku is { Length: > 0 } sku) receipts = receipts.Where(r => r.Sku == sku);
        if (request.SupplierId is { } supplier) receipts = receipts.Where(r => r.SupplierId == supplier);
        await Send.OkAsync(await receipts.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}
