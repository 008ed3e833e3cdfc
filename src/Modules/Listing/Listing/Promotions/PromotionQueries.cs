using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Listing.Promotions;

/// <summary><c>GET /api/listing/promotions/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetPromotionPlanEndpoint(IListingStore store) : GetRecordEndpoint<PromotionPlanView, IListingStore>(store, "promotion plan")
{
    public override void Configure()
    {
        Get("/promotions/{id}");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListPromotionPlansRequest : PageRequest, IActivityWithin
{
    /// <summary><c>YYYY-MM</c>.</summary>
    [QueryParam] public string? Month { get; init; }

    [QueryParam] public PromotionStatus? Status { get; init; }
    [QueryParam] public Guid? ListingId { get; init; }
    [QueryParam] public Guid? StoreId { get; init; }

    /// <summary>With <c>from</c> and/or <c>to</c>: the plans that went through this within them (the KPIs' lists).</summary>
    [QueryParam] public PromotionActivity? Activity { get; init; }

    /// <summary>The activity on or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>The activity before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }
}

public sealed class ListPromotionPlansValidator : Validator<ListPromotionPlansRequest>
{
    public ListPromotionPlansValidator()
    {
        this.IncludePaging(ListPromotionPlansEndpoint.Sort);
        this.IncludeActivityWithin(r => r.Activity);
        RuleFor(r => r.Month).Must(month => PlanMonth.TryParse(month, out _)).When(r => r.Month is not null)
            .WithMessage(_ => Bilingual.Pick("month must be a month written YYYY-MM, e.g. 2030-11.", "月份格式须为 YYYY-MM，例如 2030-11。"));
    }
}

/// <summary>
/// <c>GET /api/listing/promotions</c>: paged, newest month first by default, filtered by month, status, listing, store
/// or what they went through within a period (<see cref="PromotionActivity"/>).
/// </summary>
public sealed class ListPromotionPlansEndpoint(IListingStore store, StoreResults counts) : Endpoint<ListPromotionPlansRequest, Page<PromotionPlanView>>
{
    internal static readonly SortFields<PromotionPlanView> Sort = new("-month", new Dictionary<string, Expression<Func<PromotionPlanView, object>>>
    {
        ["month"] = p => p.Month,
        ["plannedAt"] = p => p.PlannedAt,
        ["budget"] = p => p.Budget.Amount,
    });

    public override void Configure()
    {
        Get("/promotions");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListPromotionPlansRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<PromotionPlanView> plans = session.Query<PromotionPlanView>();
        if (request.Month is { } month) plans = plans.Where(p => p.Month == month);
        if (request.Status is { } status) plans = plans.Where(p => p.Status == status);
        if (request.ListingId is { } listingId) plans = plans.Where(p => p.ListingId == listingId);
        if (request.StoreId is { } storeId) plans = plans.Where(p => p.StoreId == storeId);
        if (request.Activity is { } activity) plans = plans.HadWithin(PromotionActivities.Instants(activity), request.From, request.To);
        await Send.OkAsync(await plans.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class PromotionPlanHistoryEndpoint(IListingStore store) : HistoryEndpoint<PromotionPlan, PromotionPlanView, IListingStore>(store)
{
    public override void Configure()
    {
        Get("/promotions/{id}/history");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }
}
