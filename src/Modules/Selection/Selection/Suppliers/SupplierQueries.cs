using System.Linq.Expressions;
using FastEndpoints;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Selection.Suppliers;

/// <summary><c>GET /api/selection/suppliers/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetSupplierEndpoint(ISelectionStore store) : GetRecordEndpoint<SupplierDetails, ISelectionStore>(store, "supplier")
{
    public override void Configure()
    {
        Get("/suppliers/{id}");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListSuppliersRequest : PageRequest, IActivityWithin
{
    [QueryParam] public SupplierGrade? Grade { get; init; }
    [QueryParam] public SupplierStatus? Status { get; init; }
    [QueryParam] public string? Country { get; init; }
    [QueryParam] public string? Search { get; init; }

    /// <summary>With <c>from</c> and/or <c>to</c>: the suppliers that went through this within them (the KPIs' lists).</summary>
    [QueryParam] public SupplierActivity? Activity { get; init; }

    /// <summary>The activity on or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>The activity before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }
}

public sealed class ListSuppliersValidator : Validator<ListSuppliersRequest>
{
    public ListSuppliersValidator()
    {
        this.IncludePaging(ListSuppliersEndpoint.Sort);
        this.IncludeActivityWithin(r => r.Activity);
    }
}

/// <summary>
/// <c>GET /api/selection/suppliers</c>: paged, filtered by grade, status, country, a search in the name, or what they went
/// through within a period (<see cref="SupplierActivity"/>).
/// </summary>
public sealed class ListSuppliersEndpoint(ISelectionStore store, StoreResults counts) : Endpoint<ListSuppliersRequest, Page<SupplierDetails>>
{
    internal static readonly SortFields<SupplierDetails> Sort = new("name", new Dictionary<string, Expression<Func<SupplierDetails, object>>>
    {
        ["name"] = s => s.Name,
        ["grade"] = s => s.Grade!,
        ["weightedScore"] = s => s.WeightedScore!,
        ["registeredAt"] = s => s.RegisteredAt,
    });

    public override void Configure()
    {
        Get("/suppliers");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListSuppliersRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<SupplierDetails> suppliers = session.Query<SupplierDetails>();
        if (request.Grade is { } grade) suppliers = suppliers.Where(s => s.Grade == grade);
        if (request.Status is { } status) suppliers = suppliers.Where(s => s.Status == status);
        if (request.Country is { Length: > 0 } country)
        {
            var code = country.ToUpperInvariant();
            suppliers = suppliers.Where(s => s.Country == code);
        }
        if (request.Search is { Length: > 0 } search) suppliers = suppliers.Where(s => s.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        if (request.Activity is { } activity)
        {
            var deliveries = activity == SupplierActivity.Delivered ? await session.TableOfAsync<RecordedDelivery>(ct) : "";
            suppliers = suppliers.HadWithin(SupplierActivities.Instants(activity, deliveries), request.From, request.To);
        }
        await Send.OkAsync(await suppliers.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class SupplierHistoryEndpoint(ISelectionStore store) : HistoryEndpoint<Supplier, SupplierDetails, ISelectionStore>(store)
{
    public override void Configure()
    {
        Get("/suppliers/{id}/history");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }
}
