using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Inquiries;

/// <summary><c>GET /api/service/inquiries/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetInquiryEndpoint(IServiceStore store) : GetRecordEndpoint<InquiryDetails, IServiceStore>(store, "inquiry")
{
    public override void Configure()
    {
        Get("/inquiries/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListInquiriesRequest : PageRequest
{
    [QueryParam] public Guid? StoreId { get; init; }
    [QueryParam] public InquiryStatus? Status { get; init; }
    [QueryParam] public ResponseDeadlineState? DeadlineState { get; init; }
    [QueryParam] public InquiryChannel? Channel { get; init; }
    [QueryParam] public InquiryTopic? Topic { get; init; }

    /// <summary>Part of the subject, the customer's name or the order number, any case.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListInquiriesValidator : Validator<ListInquiriesRequest>
{
    public ListInquiriesValidator() => this.IncludePaging(ListInquiriesEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/service/inquiries</c>: the agent's inbox. By default (<c>sort=urgency</c>) open inquiries come first,
/// breached ones before warned ones before running ones, each group by the earlier of its due times; answered inquiries
/// follow. <c>?status=Open</c> leaves only the open ones. Paged, filtered by store, status, deadline state, channel, topic,
/// or a search in subject, customer name and order number.
/// </summary>
public sealed class ListInquiriesEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListInquiriesRequest, Page<InquiryDetails>>
{
    internal static readonly SortFields<InquiryDetails> Sort = new("urgency", new Dictionary<string, Expression<Func<InquiryDetails, object>>>
    {
        ["urgency"] = i => i.UrgencyRank,
        ["dueAt"] = i => i.FirstDueAt,
        ["receivedAt"] = i => i.ReceivedAt,
    }, thenBy: i => i.FirstDueAt);

    public override void Configure()
    {
        Get("/inquiries");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListInquiriesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<InquiryDetails> inquiries = session.Query<InquiryDetails>();
        if (request.StoreId is { } storeId) inquiries = inquiries.Where(i => i.StoreId == storeId);
        if (request.Status is { } status) inquiries = inquiries.Where(i => i.Status == status);
        if (request.DeadlineState is { } deadline) inquiries = inquiries.Where(i => i.DeadlineState == deadline);
        if (request.Channel is { } channel) inquiries = inquiries.Where(i => i.Channel == channel);
        if (request.Topic is { } topic) inquiries = inquiries.Where(i => i.Message.Topic == topic);
        if (request.Search is { Length: > 0 } search)
            inquiries = inquiries.Where(i => i.Message.Subject.Contains(search, StringComparison.OrdinalIgnoreCase)
                                             || i.Customer.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                                             || i.Message.OrderNumber!.Contains(search, StringComparison.OrdinalIgnoreCase));
        await Send.OkAsync(await inquiries.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/inquiries/{id}/history</c>: every event of the inquiry, as auditors read it.</summary>
public sealed class InquiryHistoryEndpoint(IServiceStore store) : HistoryEndpoint<Inquiry, InquiryDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/inquiries/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
