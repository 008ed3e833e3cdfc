using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Complaints;

/// <summary><c>GET /api/service/complaints/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetComplaintEndpoint(IServiceStore store) : GetRecordEndpoint<ComplaintDetails, IServiceStore>(store, "complaint")
{
    public override void Configure()
    {
        Get("/complaints/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListComplaintsRequest : PageRequest
{
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public ComplaintStatus? Status { get; init; }
    [QueryParam] public ResponseDeadlineState? DeadlineState { get; init; }
    [QueryParam] public ComplaintCategory? Category { get; init; }

    /// <summary>Part of the customer's name, the order number or the SKU, any case.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListComplaintsValidator : Validator<ListComplaintsRequest>
{
    public ListComplaintsValidator() => this.IncludePaging(ListComplaintsEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/service/complaints</c>: the complaints queue. By default (<c>sort=urgency</c>) complaints at work come
/// first, breached before warned before running, each group by the earliest due time of its running clocks; resolved,
/// confirmed and closed ones follow. Paged, filtered by store, status, deadline state, category or a search in customer
/// name, order number and SKU.
/// </summary>
public sealed class ListComplaintsEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListComplaintsRequest, Page<ComplaintDetails>>
{
    internal static readonly SortFields<ComplaintDetails> Sort = new("urgency", new Dictionary<string, Expression<Func<ComplaintDetails, object>>>
    {
        ["urgency"] = c => c.UrgencyRank,
        ["dueAt"] = c => c.FirstDueAt,
        ["receivedAt"] = c => c.ReceivedAt,
    }, thenBy: c => c.FirstDueAt);

    public override void Configure()
    {
        Get("/complaints");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListComplaintsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ComplaintDetails> complaints = session.Query<ComplaintDetails>();
        if (request.StoreId is { } storeId) complaints = complaints.Where(c => c.StoreId == storeId);
        if (request.Status is { } status) complaints = complaints.Where(c => c.Status == status);
        if (request.DeadlineState is { } deadline) complaints = complaints.Where(c => c.DeadlineState == deadline);
        if (request.Category is { } category) complaints = complaints.Where(c => c.Category == category);
        if (request.Search is { Length: > 0 } search)
            complaints = complaints.Where(c => c.Customer.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                                               || c.OrderNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
                                               || c.Sku!.Contains(search, StringComparison.OrdinalIgnoreCase));
        await Send.OkAsync(await complaints.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/complaints/{id}/history</c>: every event of the complaint, as auditors read it.</summary>
public sealed class ComplaintHistoryEndpoint(IServiceStore store) : HistoryEndpoint<Complaint, ComplaintDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/complaints/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
