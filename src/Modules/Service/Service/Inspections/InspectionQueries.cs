using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Inspections;

/// <summary><c>GET /api/service/inspections/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetInspectionEndpoint(IServiceStore store) : GetRecordEndpoint<InspectionDetails, IServiceStore>(store, "inspection")
{
    public override void Configure()
    {
        Get("/inspections/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListInspectionsRequest : PageRequest
{
    [QueryParam] public InspectionStatus? Status { get; init; }
    [QueryParam] public InspectionArea? Area { get; init; }

    /// <summary>The inspector's login.</summary>
    [QueryParam] public string? Inspector { get; init; }

    /// <summary>A login: inspections with a finding it owns.</summary>
    [QueryParam] public string? Owner { get; init; }

    /// <summary>The findings' worst due-date state (see <c>deadlineState</c> on the record).</summary>
    [QueryParam] public ResponseDeadlineState? DeadlineState { get; init; }

    /// <summary>true: inspections with an overdue finding not yet verified; false: those without.</summary>
    [QueryParam] public bool? Overdue { get; init; }

    [QueryParam] public Guid? StoreId { get; init; }
}

public sealed class ListInspectionsValidator : Validator<ListInspectionsRequest>
{
    public ListInspectionsValidator()
    {
        this.IncludePaging(ListInspectionsEndpoint.Sort);
        RuleFor(r => r.Inspector).MaximumLength(PageRequest.MaxFilterLength);
        RuleFor(r => r.Owner).MaximumLength(PageRequest.MaxFilterLength);
    }
}

/// <summary>
/// <c>GET /api/service/inspections</c>: the inspections, paged. By default (<c>sort=urgency</c>) those with an overdue
/// finding first, then warned, then running, each by the earliest due time; filtered by status, area, inspector,
/// finding owner, deadline state, overdue findings or store.
/// </summary>
public sealed class ListInspectionsEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListInspectionsRequest, Page<InspectionDetails>>
{
    internal static readonly SortFields<InspectionDetails> Sort = new("urgency", new Dictionary<string, Expression<Func<InspectionDetails, object>>>
    {
        ["urgency"] = i => i.UrgencyRank,
        ["plannedAt"] = i => i.PlannedAt,
        ["periodStart"] = i => i.PeriodStart,
    }, thenBy: i => i.NextDueAt!);

    public override void Configure()
    {
        Get("/inspections");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListInspectionsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var inspections = session.Query<InspectionDetails>().AsQueryable();
        if (request.Status is { } status) inspections = inspections.Where(i => i.Status == status);
        if (request.Area is { } area) inspections = inspections.Where(i => i.Area == area);
        if (request.Inspector is { Length: > 0 } inspector)
        {
            var login = inspector.Trim().ToLowerInvariant();
            inspections = inspections.Where(i => i.Inspector == login);
        }
        if (request.Owner is { Length: > 0 } owner)
        {
            var login = owner.Trim().ToLowerInvariant();
            inspections = inspections.Where(i => i.Owners.Contains(login));
        }
        if (request.DeadlineState is { } deadline) inspections = inspections.Where(i => i.DeadlineState == deadline);
        if (request.Overdue is { } overdue) inspections = overdue ? inspections.Where(i => i.OverdueFindings > 0) : inspections.Where(i => i.OverdueFindings == 0);
        if (request.StoreId is { } storeId) inspections = inspections.Where(i => i.StoreId == storeId);
        await Send.OkAsync(await inspections.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/inspections/{id}/history</c>: every event of the inspection, as auditors read it.</summary>
public sealed class InspectionHistoryEndpoint(IServiceStore store) : HistoryEndpoint<Inspection, InspectionDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/inspections/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
