using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Organization.Stores;

/// <summary><c>GET /api/org/stores/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetStoreEndpoint(IOrganizationStore store) : GetRecordEndpoint<StoreView, IOrganizationStore>(store, "store")
{
    public override void Configure()
    {
        Get("/stores/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListStoresRequest : PageRequest
{
    [QueryParam] public string? Marketplace { get; init; }
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListStoresValidator : Validator<ListStoresRequest>
{
    public ListStoresValidator() => this.IncludePaging(ListStoresEndpoint.Sort);
}

/// <summary><c>GET /api/org/stores</c>: paged, filtered by marketplace or a search in the seller name.</summary>
public sealed class ListStoresEndpoint(IOrganizationStore store, StoreResults counts) : Endpoint<ListStoresRequest, Page<StoreView>>
{
    internal static readonly SortFields<StoreView> Sort = new("sellerName", new Dictionary<string, Expression<Func<StoreView, object>>>
    {
        ["sellerName"] = s => s.SellerName,
        ["marketplace"] = s => s.Marketplace,
        ["registeredAt"] = s => s.RegisteredAt,
    });

    public override void Configure()
    {
        Get("/stores");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListStoresRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StoreView> stores = session.Query<StoreView>();
        if (request.Marketplace is { Length: > 0 } marketplace) stores = stores.Where(s => s.Marketplace == marketplace);
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            stores = stores.Where(s => s.SellerName.ToLower().Contains(term));
        }
        await Send.OkAsync(await stores.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class StoreHistoryEndpoint(IOrganizationStore store) : HistoryEndpoint<Store, StoreView, IOrganizationStore>(store)
{
    public override void Configure()
    {
        Get("/stores/{id}/history");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }
}

public sealed record GetStoreWorkingDaysRequest
{
    public const int MaxDays = 366;

    public Guid Id { get; init; }

    /// <summary>The first day shown; today in the store's time zone when left out.</summary>
    [QueryParam] public DateOnly? From { get; init; }

    [QueryParam] public int Days { get; init; } = 14;
}

public sealed class GetStoreWorkingDaysValidator : Validator<GetStoreWorkingDaysRequest>
{
    public GetStoreWorkingDaysValidator() => RuleFor(r => r.Days).InclusiveBetween(1, GetStoreWorkingDaysRequest.MaxDays);
}

/// <summary>One day of a store's calendar: whether deadlines count it, and the holiday that makes it a day off.</summary>
public sealed record StoreCalendarDay(DateOnly Date, bool IsWorkingDay, string? Holiday);

/// <summary><c>GET /api/org/stores/{id}/working-days?from=&amp;days=</c>: the calendar as working-day deadlines see it.</summary>
public sealed class GetStoreWorkingDaysEndpoint(IOrganizationStore store, TimeProvider time)
    : Endpoint<GetStoreWorkingDaysRequest, IReadOnlyList<StoreCalendarDay>>
{
    public override void Configure()
    {
        Get("/stores/{id}/working-days");
        Group<OrganizationGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(GetStoreWorkingDaysRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var view = await session.LoadAsync<StoreView>(request.Id, ct);
        if (view is null)
        {
            await Problems.NotFoundAsync(HttpContext, "store", request.Id, ct);
            return;
        }

        var calendar = view.ToWorkingCalendar();
        var holidays = view.Holidays.ToDictionary(h => h.Date, h => h.Name);
        var from = request.From ?? calendar.LocalDay(time.GetUtcNow());
        var days = Enumerable.Range(0, request.Days).Select(from.AddDays)
            .Select(day => new StoreCalendarDay(day, calendar.IsWorkingDay(day), holidays.GetValueOrDefault(day)))
            .ToList();
        await Send.OkAsync(days, ct);
    }
}
