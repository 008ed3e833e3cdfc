using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Service.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Kpis;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Feedback;

/// <summary><c>GET /api/service/feedback/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetFeedbackEndpoint(IServiceStore store) : GetRecordEndpoint<FeedbackDetails, IServiceStore>(store, "feedback")
{
    public override void Configure()
    {
        Get("/feedback/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListFeedbackRequest : PageRequest
{
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public FeedbackStatus? Status { get; init; }
    [QueryParam] public FeedbackCategory? Category { get; init; }
    [QueryParam] public FeedbackSource? Source { get; init; }
    [QueryParam] public string? Sku { get; init; }

    /// <summary>The department's code: the feedback routed to it.</summary>
    [QueryParam] public string? Department { get; init; }

    /// <summary>Only feedback still to act on (captured or routed).</summary>
    [QueryParam] public bool? Open { get; init; }
}

public sealed class ListFeedbackValidator : Validator<ListFeedbackRequest>
{
    public ListFeedbackValidator()
    {
        this.IncludePaging(ListFeedbackEndpoint.Sort);
        RuleFor(r => r.Sku).MaximumLength(64);
        RuleFor(r => r.Department).MaximumLength(50);
    }
}

/// <summary>
/// <c>GET /api/service/feedback</c>: customer feedback, newest first by default, filtered by store, status, category,
/// source, SKU, department, or still open (captured or routed); paged.
/// </summary>
public sealed class ListFeedbackEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListFeedbackRequest, Page<FeedbackDetails>>
{
    internal static readonly SortFields<FeedbackDetails> Sort = new("-capturedAt", new Dictionary<string, Expression<Func<FeedbackDetails, object>>>
    {
        ["capturedAt"] = f => f.CapturedAt,
        ["category"] = f => f.Category,
    }, thenBy: f => f.CapturedAt);

    public override void Configure()
    {
        Get("/feedback");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListFeedbackRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<FeedbackDetails> items = session.Query<FeedbackDetails>();
        if (request.StoreId is { } storeId) items = items.Where(f => f.StoreId == storeId);
        if (request.Status is { } status) items = items.Where(f => f.Status == status);
        if (request.Category is { } category) items = items.Where(f => f.Category == category);
        if (request.Source is { } source) items = items.Where(f => f.Source == source);
        if (request.Sku is { Length: > 0 } sku) items = items.Where(f => f.Sku == sku);
        if (request.Department is { Length: > 0 } department) items = items.Where(f => f.Department == department);
        if (request.Open == true) items = items.Where(f => f.Status == FeedbackStatus.Captured || f.Status == FeedbackStatus.Routed);
        await Send.OkAsync(await items.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/feedback/{id}/history</c>: every event of the feedback item, as auditors read it.</summary>
public sealed class FeedbackHistoryEndpoint(IServiceStore store) : HistoryEndpoint<FeedbackItem, FeedbackDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/feedback/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

/// <summary>The voice of the customer over a period: feedback counted by category, by SKU, and by both.</summary>
public sealed record VoiceOfCustomer(KpiPeriod Period, long Total, IReadOnlyList<CategoryCount> ByCategory, IReadOnlyList<SkuCount> BySku);

/// <summary>Feedback of one category, every category listed (0 where none).</summary>
public sealed record CategoryCount(FeedbackCategory Category, long Count);

/// <summary>Feedback naming one SKU, and how it splits by category; the most mentioned SKU first.</summary>
public sealed record SkuCount(string Sku, long Count, IReadOnlyDictionary<FeedbackCategory, long> ByCategory);

/// <summary>
/// <c>GET /api/service/feedback/voice?from=&amp;to=</c>: the voice of the customer (service.md, "Customer feedback"):
/// feedback captured in the period (by default the last 30 days) counted by category and by SKU, in SQL. Dismissed feedback still counts: the customer said it.
/// </summary>
public sealed class VoiceOfCustomerEndpoint(IServiceStore store, TimeProvider time) : Endpoint<KpiRequest, VoiceOfCustomer>
{
    public override void Configure()
    {
        Get("/feedback/voice");
        Group<ServiceGroup>();
        Roles(Role.Readers);
        Validator<KpiRequestValidator>();
    }

    private sealed record Row(string Category, string? Sku, long Count);

    public override async Task HandleAsync(KpiRequest request, CancellationToken ct)
    {
        var period = request.PeriodAt(time.GetUtcNow());
        await using var session = store.QuerySession();
        var table = await session.TableOfAsync<FeedbackDetails>(ct);
        var rows = await session.RowsAsync<Row>($"""
            select jsonb_build_object('category', data->>'category', 'sku', data->>'sku', 'count', count(*))
            from {table}
            where (data->>'capturedAt')::timestamptz >= ? and (data->>'capturedAt')::timestamptz < ?
            group by data->>'category', data->>'sku'
            """, ct, period.From, period.To);
        var parsed = rows.Select(r => (Category: Enum.Parse<FeedbackCategory>(r.Category), r.Sku, r.Count)).ToList();
        var byCategory = Enum.GetValues<FeedbackCategory>().Select(c => new CategoryCount(c, parsed.Where(r => r.Category == c).Sum(r => r.Count))).ToList();
        var bySku = parsed.Where(r => r.Sku is not null).GroupBy(r => r.Sku!)
            .Select(g => new SkuCount(g.Key, g.Sum(r => r.Count), g.GroupBy(r => r.Category).ToDictionary(c => c.Key, c => c.Sum(r => r.Count))))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Sku, StringComparer.Ordinal).ToList();
        await Send.OkAsync(new VoiceOfCustomer(period, parsed.Sum(r => r.Count), byCategory, bySku), ct);
    }
}
