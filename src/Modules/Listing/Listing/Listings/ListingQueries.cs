using System.Globalization;
using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Ops.Listing.Listings;

/// <summary><c>GET /api/listing/listings/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetListingEndpoint(IListingStore store) : GetRecordEndpoint<ListingDetails, IListingStore>(store, "listing")
{
    public override void Configure()
    {
        Get("/listings/{id}");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListListingsRequest : PageRequest, IActivityWithin
{
    [QueryParam] public ListingStatus? Status { get; init; }
    [QueryParam] public string? Sku { get; init; }
    [QueryParam] public GoLiveDeadlineState? DeadlineState { get; init; }

    /// <summary>Part of the SKU or the title, any case.</summary>
    [QueryParam] public string? Search { get; init; }

    /// <summary>With <c>from</c> and/or <c>to</c>: the listings that went through this within them (the KPIs' lists).</summary>
    [QueryParam] public ListingActivity? Activity { get; init; }

    /// <summary>The activity on or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>The activity before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }
}

public sealed class ListListingsValidator : Validator<ListListingsRequest>
{
    public ListListingsValidator()
    {
        this.IncludePaging(ListListingsEndpoint.Sort);
        this.IncludeActivityWithin(r => r.Activity);
    }
}

/// <summary>
/// <c>GET /api/listing/listings</c>: paged, filtered by status, SKU, go-live deadline state, a search in SKU and title, or
/// what they went through within a period (<see cref="ListingActivity"/>).
/// </summary>
public sealed class ListListingsEndpoint(IListingStore store, StoreResults counts) : Endpoint<ListListingsRequest, Page<ListingDetails>>
{
    internal static readonly SortFields<ListingDetails> Sort = new("sku", new Dictionary<string, Expression<Func<ListingDetails, object>>>
    {
        ["sku"] = l => l.Sku,
        ["status"] = l => l.Status,
        ["contentScore"] = l => l.ContentScore,
        ["draftedAt"] = l => l.DraftedAt,
    });

    public override void Configure()
    {
        Get("/listings");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListListingsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ListingDetails> listings = session.Query<ListingDetails>();
        if (request.Status is { } status) listings = listings.Where(l => l.Status == status);
        if (request.DeadlineState is { } deadline) listings = listings.Where(l => l.DeadlineState == deadline);
        if (request.Sku is { Length: > 0 } sku) listings = listings.Where(l => l.Sku.Equals(sku.Trim(), StringComparison.OrdinalIgnoreCase));
        if (request.Search is { Length: > 0 } search)
            listings = listings.Where(l => l.Sku.Contains(search, StringComparison.OrdinalIgnoreCase)
                                           || l.Content.Title.Contains(search, StringComparison.OrdinalIgnoreCase));
        if (request.Activity is { } activity) listings = listings.HadWithin(ListingActivities.Instants(activity), request.From, request.To);
        await Send.OkAsync(await listings.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class ListingHistoryEndpoint(IListingStore store) : HistoryEndpoint<Listing, ListingDetails, IListingStore>(store)
{
    public override void Configure()
    {
        Get("/listings/{id}/history");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }
}

/// <summary>A content version: its number, the listing version that recorded it, who and when.</summary>
public sealed record ListingContentVersionSummary(int ContentVersion, long ListingVersion, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary><c>GET /api/listing/listings/{id}/versions</c>: every content version, oldest first.</summary>
public sealed class ListListingContentVersionsEndpoint(IListingStore store) : Endpoint<RecordRequest, IReadOnlyList<ListingContentVersionSummary>>
{
    public override void Configure()
    {
        Get("/listings/{id}/versions");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var versions = await session.Query<ListingContentVersion>().Where(v => v.ListingId == request.Id)
            .OrderBy(v => v.ContentVersion).ToListAsync(ct);
        if (versions.Count == 0)
        {
            await Problems.NotFoundAsync(HttpContext, "listing", request.Id, ct);
            return;
        }
        await Send.OkAsync([.. versions.Select(v => new ListingContentVersionSummary(v.ContentVersion, v.ListingVersion, v.ChangedBy, v.ChangedAt))], ct);
    }
}

public sealed record DiffListingContentRequest
{
    public Guid Id { get; init; }

    /// <summary>The content version to show (a positive whole number).</summary>
    public string V { get; init; } = "";

    /// <summary>The content version to compare with; by default the one before. 0 compares with nothing (all fields new).</summary>
    [QueryParam] public int? Against { get; init; }
}

public sealed class DiffListingContentValidator : Validator<DiffListingContentRequest>
{
    public DiffListingContentValidator()
    {
        RuleFor(r => r.V).Matches("^[1-9][0-9]{0,8}$").WithMessage(_ => Bilingual.Pick(
            "A content version is a whole number from 1.", "内容版本号须为从 1 开始的整数。"));
        RuleFor(r => r.Against).GreaterThanOrEqualTo(0);
    }
}

/// <summary>Content version <see cref="ContentVersion"/> compared with <see cref="Against"/>, field by field.</summary>
public sealed record ListingContentDiff(Guid ListingId, int ContentVersion, int Against, IReadOnlyList<ListingFieldChange> Changes);

/// <summary>
/// <c>GET /api/listing/listings/{id}/versions/{v}/diff?against={w}</c>: what changed between two content versions
/// (by default the one before), field by field. The version sits in the route as text: route parameters are strings.
/// </summary>
public sealed class DiffListingContentEndpoint(IListingStore store) : Endpoint<DiffListingContentRequest, ListingContentDiff>
{
    public override void Configure()
    {
        Get("/listings/{id}/versions/{v}/diff");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(DiffListingContentRequest request, CancellationToken ct)
    {
        var version = int.Parse(request.V, CultureInfo.InvariantCulture);
        var against = request.Against ?? version - 1;
        await using var session = store.QuerySession();
        var shown = await session.LoadAsync<ListingContentVersion>(ListingContentVersion.IdOf(request.Id, version), ct);
        var compared = against == 0 ? null : await session.LoadAsync<ListingContentVersion>(ListingContentVersion.IdOf(request.Id, against), ct);
        if (shown is null || (against != 0 && compared is null))
        {
            await Problems.WriteAsync(HttpContext, StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Not found",
                $"Listing {request.Id} has no content version {(shown is null ? version : against)}.", ct: ct);
            return;
        }
        var changes = ContentDiff.Between(compared?.Content ?? ListingContent.Empty, shown.Content);
        await Send.OkAsync(new ListingContentDiff(request.Id, version, against, changes), ct);
    }
}

/// <summary>
/// <c>GET /api/listing/listings/{id}/quality</c>: the quality check run now on the current content under the settings
/// in force (the listing keeps the check of its last change; this one is not recorded).
/// </summary>
public sealed class CheckListingQualityEndpoint(IListingStore store, TimeProvider time) : Endpoint<RecordRequest, ListingQualityReport>
{
    public override void Configure()
    {
        Get("/listings/{id}/quality");
        Group<ListingGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(RecordRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var listing = await session.LoadAsync<ListingDetails>(request.Id, ct);
        if (listing is null)
        {
            await Problems.NotFoundAsync(HttpContext, "listing", request.Id, ct);
            return;
        }
        var policy = (await session.CurrentAsync<ListingSettings>(ct)).Settings;
        await Send.OkAsync(QualityCheck.Run(listing.Content, listing.ContentVersion, policy, time.GetUtcNow()), ct);
    }
}
