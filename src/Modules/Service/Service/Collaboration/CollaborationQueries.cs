using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Collaboration;

/// <summary><c>GET /api/service/collaboration-requests/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetCollaborationRequestEndpoint(IServiceStore store)
    : GetRecordEndpoint<CollaborationRequestDetails, IServiceStore>(store, "collaboration request")
{
    public override void Configure()
    {
        Get("/collaboration-requests/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListCollaborationRequestsRequest : PageRequest
{
    [QueryParam] public CollaborationStatus? Status { get; init; }

    /// <summary>A department code: requests it raised or helps with.</summary>
    [QueryParam] public string? Department { get; init; }

    [QueryParam] public ResponseDeadlineState? DeadlineState { get; init; }
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public Guid? ComplaintId { get; init; }
}

public sealed class ListCollaborationRequestsValidator : Validator<ListCollaborationRequestsRequest>
{
    public ListCollaborationRequestsValidator() => this.IncludePaging(ListCollaborationRequestsEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/service/collaboration-requests</c>: the requests, paged. By default (<c>sort=board</c>) in the board's
/// column order (raised, approved, in progress, reopened, resolved, confirmed, declined), unanswered ones by time left
/// (breached, warned, running, then the earliest due). Filtered by status, department (raising or helping), deadline
/// state, store or the complaint that raised them.
/// </summary>
public sealed class ListCollaborationRequestsEndpoint(IServiceStore store, StoreResults counts)
    : Endpoint<ListCollaborationRequestsRequest, Page<CollaborationRequestDetails>>
{
    internal static readonly SortFields<CollaborationRequestDetails> Sort = new("board", new Dictionary<string, Expression<Func<CollaborationRequestDetails, object>>>
    {
        ["board"] = r => r.BoardRank,
        ["urgency"] = r => r.UrgencyRank,
        ["raisedAt"] = r => r.RaisedAt,
        ["expectedResolutionDate"] = r => r.ExpectedResolutionDate,
    }, thenBy: r => r.ResponseDeadline.DueAt);

    public override void Configure()
    {
        Get("/collaboration-requests");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListCollaborationRequestsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var requests = Filtered(session.Query<CollaborationRequestDetails>(), request);
        if (request.Status is { } status) requests = requests.Where(r => r.Status == status);
        await Send.OkAsync(await requests.ToPageAsync(session, request, Sort, counts, ct), ct);
    }

    internal static IQueryable<CollaborationRequestDetails> Filtered(IQueryable<CollaborationRequestDetails> requests, ListCollaborationRequestsRequest filter)
    {
        if (filter.Department is { Length: > 0 } department)
            requests = requests.Where(r => r.RaisingDepartment == department || r.HelpingDepartment == department);
        if (filter.DeadlineState is { } deadline) requests = requests.Where(r => r.DeadlineState == deadline);
        if (filter.StoreId is { } storeId) requests = requests.Where(r => r.StoreId == storeId);
        if (filter.ComplaintId is { } complaintId) requests = requests.Where(r => r.ComplaintId == complaintId);
        return requests;
    }
}

/// <summary>One column of the collaboration board: a status, how many requests are in it, and its first page by time left.</summary>
public sealed record CollaborationBoardColumn(CollaborationStatus Status, Page<CollaborationRequestDetails> Requests);

/// <summary>
/// <c>GET /api/service/collaboration-requests/board</c>: the requests grouped by status, one column per status in board
/// order, each paged (<c>page</c>, <c>pageSize</c>) by time left. The same filters as the list (a <c>status</c> leaves one column).
/// </summary>
public sealed class CollaborationBoardEndpoint(IServiceStore store, StoreResults counts)
    : Endpoint<ListCollaborationRequestsRequest, IReadOnlyList<CollaborationBoardColumn>>
{
    public override void Configure()
    {
        Get("/collaboration-requests/board");
        Group<ServiceGroup>();
        Roles(Role.Readers);
        Validator<ListCollaborationRequestsValidator>();
    }

    public override async Task HandleAsync(ListCollaborationRequestsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var byTimeLeft = request with { Sort = "urgency" };
        var columns = new List<CollaborationBoardColumn>();
        foreach (var status in CollaborationRequestDetails.BoardOrder.Where(s => request.Status is null || request.Status == s))
        {
            var requests = ListCollaborationRequestsEndpoint.Filtered(session.Query<CollaborationRequestDetails>(), request).Where(r => r.Status == status);
            columns.Add(new CollaborationBoardColumn(status, await requests.ToPageAsync(session, byTimeLeft, ListCollaborationRequestsEndpoint.Sort, counts, ct)));
        }
        await Send.OkAsync(columns, ct);
    }
}

/// <summary><c>GET /api/service/collaboration-requests/{id}/history</c>: every event of the request, as auditors read it.</summary>
public sealed class CollaborationRequestHistoryEndpoint(IServiceStore store)
    : HistoryEndpoint<CollaborationRequest, CollaborationRequestDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/collaboration-requests/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
