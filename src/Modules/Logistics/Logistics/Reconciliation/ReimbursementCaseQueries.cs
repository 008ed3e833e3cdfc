using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Reconciliation;

/// <summary><c>GET /api/logistics/reimbursements/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetReimbursementCaseEndpoint(ILogisticsStore store) : GetRecordEndpoint<ReimbursementCaseView, ILogisticsStore>(store, "reimbursement case")
{
    public override void Configure()
    {
        Get("/reimbursements/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListReimbursementCasesRequest : PageRequest
{
    [QueryParam] public ReimbursementCaseStatus? Status { get; init; }
    [QueryParam] public ReimbursementCaseKind? Kind { get; init; }
    [QueryParam] public Guid? WarehouseId { get; init; }
    [QueryParam] public string? Sku { get; init; }
    [QueryParam] public string? ShipmentReference { get; init; }
}

public sealed class ListReimbursementCasesValidator : Validator<ListReimbursementCasesRequest>
{
    public ListReimbursementCasesValidator()
    {
        this.IncludePaging(ListReimbursementCasesEndpoint.Sort);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Kind).IsInEnum();
    }
}

/// <summary><c>GET /api/logistics/reimbursements</c>: paged, by status, kind, warehouse, SKU or shipment.</summary>
public sealed class ListReimbursementCasesEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListReimbursementCasesRequest, Page<ReimbursementCaseView>>
{
    internal static readonly SortFields<ReimbursementCaseView> Sort = new("-openedAt", new Dictionary<string, Expression<Func<ReimbursementCaseView, object>>>
    {
        ["openedAt"] = c => c.OpenedAt,
        ["sku"] = c => c.Sku,
        ["status"] = c => c.Status,
    }, c => c.Id);

    public override void Configure()
    {
        Get("/reimbursements");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListReimbursementCasesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ReimbursementCaseView> cases = session.Query<ReimbursementCaseView>();
        if (request.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (request.Kind is { } kind) cases = cases.Where(c => c.Kind == kind);
        if (request.WarehouseId is { } warehouseId) cases = cases.Where(c => c.WarehouseId == warehouseId);
        if (request.Sku is { Length: > 0 } sku) cases = cases.Where(c => c.Sku == sku);
        if (request.ShipmentReference is { Length: > 0 } shipment) cases = cases.Where(c => c.ShipmentReference == shipment);
        await Send.OkAsync(await cases.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class ReimbursementCaseHistoryEndpoint(ILogisticsStore store)
    : HistoryEndpoint<ReimbursementCase, ReimbursementCaseView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/reimbursements/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
