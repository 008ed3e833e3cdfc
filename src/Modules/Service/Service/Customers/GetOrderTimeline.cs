using FastEndpoints;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http;
using Ops.Service.Inquiries;
using Ops.Service.Returns;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Validation;

namespace Ops.Service.Customers;

public sealed record OrderTimelineRequest
{
    /// <summary>The marketplace's order number.</summary>
    public string OrderNumber { get; init; } = "";

    /// <summary>The order's marketplace (2-letter code); needed only when the number is known in more than one.</summary>
    [QueryParam] public string? Marketplace { get; init; }

    /// <summary>The order's store; needed only when the number is known in more than one.</summary>
    [QueryParam] public Guid? StoreId { get; init; }
}

public sealed class OrderTimelineValidator : Validator<OrderTimelineRequest>
{
    public OrderTimelineValidator()
    {
        RuleFor(r => r.OrderNumber).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Marketplace!).Marketplace().When(r => !string.IsNullOrEmpty(r.Marketplace));
    }
}

/// <summary>What happened to the order, in time order; <see cref="RecordId"/> names the inquiry or return the step belongs to.</summary>
public enum TimelineEntryKind { Shipped, Delivered, InquiryReceived, InquiryResponded, ReturnRequested, ReturnApproved, ReturnRejected, ReturnInspected }

/// <summary>One step of the order's timeline: when, what, which inquiry or return, and a line saying what it was.</summary>
public sealed record TimelineEntry(DateTimeOffset At, TimelineEntryKind Kind, Guid? RecordId, string Summary);

/// <summary>An inquiry about the order; <see cref="Proactive"/> when service opened it to tell the customer of a shipment exception.</summary>
public sealed record TimelineInquiry(
    Guid Id, string Subject, InquiryTopic Topic, InquiryChannel Channel, InquiryStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? RespondedAt,
    bool Proactive);

/// <summary>
/// A customer's order as service sees it: its shipments and delivery (from logistics), the inquiries about it and its
/// returns with their inspection, and all of it as one list in time order (<see cref="Entries"/>).
/// </summary>
public sealed record CustomerOrderTimeline(
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    IReadOnlyList<TimelineShipment> Shipments,
    TimelineDelivery? Delivery,
    IReadOnlyList<TimelineInquiry> Inquiries,
    IReadOnlyList<CustomerReturnDetails> Returns,
    IReadOnlyList<TimelineEntry> Entries);

/// <summary>
/// <c>GET /api/service/orders/{orderNumber}/timeline</c>: the customer's order timeline — shipments (carrier, tracking,
/// on time), delivery (on time, damaged), inquiries about the order (the proactive ones included) and returns with
/// logistics' inspection. An order is known by its marketplace and number (ADR 0023): when the number is known in more
/// than one store or marketplace, <c>marketplace</c> (or <c>storeId</c>) says which. 404 when service knows nothing of it.
/// </summary>
public sealed class GetOrderTimelineEndpoint(IServiceStore store) : Endpoint<OrderTimelineRequest, CustomerOrderTimeline>
{
    /// <summary>More inquiries or returns than this about one order are not shown (none has come near).</summary>
    private const int MostShown = 200;

    public override void Configure()
    {
        Get("/orders/{orderNumber}/timeline");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(OrderTimelineRequest request, CancellationToken ct)
    {
        var number = request.OrderNumber.Trim();
        var marketplace = request.Marketplace?.Trim().ToUpperInvariant();
        await using var session = store.QuerySession();

        IQueryable<OrderTimelineView> orders = session.Query<OrderTimelineView>().Where(o => o.OrderNumber == number);
        IQueryable<InquiryDetails> inquiries = session.Query<InquiryDetails>().Where(i => i.Message.OrderNumber == number);
        IQueryable<CustomerReturnDetails> returns = session.Query<CustomerReturnDetails>().Where(r => r.OrderNumber == number);
        if (marketplace is not null)
        {
            orders = orders.Where(o => o.Marketplace == marketplace);
            inquiries = inquiries.Where(i => i.Marketplace == marketplace);
            returns = returns.Where(r => r.Marketplace == marketplace);
        }
        if (request.StoreId is { } storeId)
        {
            orders = orders.Where(o => o.StoreId == storeId);
            inquiries = inquiries.Where(i => i.StoreId == storeId);
            returns = returns.Where(r => r.StoreId == storeId);
        }
        var foundOrders = await orders.Take(MostShown).ToListAsync(ct);
        var foundInquiries = await inquiries.OrderBy(i => i.ReceivedAt).Take(MostShown).ToListAsync(ct);
        var foundReturns = await returns.OrderBy(r => r.RequestedAt).Take(MostShown).ToListAsync(ct);

        var places = foundOrders.Select(o => (o.StoreId, o.Marketplace)).Concat(foundInquiries.Select(i => (i.StoreId, i.Marketplace)))
            .Concat(foundReturns.Select(r => (r.StoreId, r.Marketplace))).Distinct().ToList();
        switch (places.Count)
        {
            case 0:
                await Problems.WriteAsync(HttpContext, StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Not found",
                    $"Service knows no order {number}.", ct: ct);
                return;
            case > 1:
                await Problems.ValidationAsync(HttpContext, marketplace is null ? "marketplace" : "storeId", Bilingual.Pick(
                    $"Order number {number} is known in more than one store or marketplace: say which.",
                    $"订单号 {number} 存在于多个店铺或站点中：请指明是哪一个。"), ct);
                return;
        }

        var order = foundOrders.SingleOrDefault();
        var shown = foundInquiries.Select(i => new TimelineInquiry(i.Id, i.Message.Subject, i.Message.Topic, i.Channel, i.Status, i.ReceivedAt,
            i.Responses.FirstOrDefault()?.RespondedAt, i.ShipmentExceptionId is not null)).ToList();
        await Send.OkAsync(new CustomerOrderTimeline(places[0].StoreId, places[0].Marketplace, order?.OrderNumber ?? number, order?.Shipments ?? [],
            order?.Delivery, shown, foundReturns, Entries(order, shown, foundReturns)), ct);
    }

    private static List<TimelineEntry> Entries(OrderTimelineView? order, IEnumerable<TimelineInquiry> inquiries, IEnumerable<CustomerReturnDetails> returns)
    {
        var entries = new List<TimelineEntry>();
        foreach (var s in order?.Shipments ?? [])
            entries.Add(new(s.ShippedAt, TimelineEntryKind.Shipped, null, $"{s.Carrier} {s.TrackingNumber}{(s.OnTime ? "" : " (late)")}"));
        if (order?.Delivery is { } d)
            entries.Add(new(d.DeliveredAt, TimelineEntryKind.Delivered, null,
                string.Join(", ", new[] { d.OnTime ? "on time" : "late", d.Damaged ? "damaged" : null }.OfType<string>())));
        foreach (var i in inquiries)
        {
            entries.Add(new(i.ReceivedAt, TimelineEntryKind.InquiryReceived, i.Id, i.Proactive ? $"{i.Subject} (proactive)" : i.Subject));
            if (i.RespondedAt is { } respondedAt) entries.Add(new(respondedAt, TimelineEntryKind.InquiryResponded, i.Id, i.Subject));
        }
        foreach (var r in returns)
        {
            var what = $"{r.Kind} of {r.Quantity} × {r.Sku}: {r.Reason}";
            entries.Add(new(r.RequestedAt, TimelineEntryKind.ReturnRequested, r.Id, what));
            if (r.ApprovedAt is { } approvedAt) entries.Add(new(approvedAt, TimelineEntryKind.ReturnApproved, r.Id, what));
            if (r.Rejection is { } rejection) entries.Add(new(rejection.RejectedAt, TimelineEntryKind.ReturnRejected, r.Id, rejection.Reason));
            if (r.Inspection is { } inspection)
                entries.Add(new(inspection.InspectedAt, TimelineEntryKind.ReturnInspected, r.Id, $"{inspection.Finding}: {inspection.Notes}".TrimEnd(' ', ':')));
        }
        return [.. entries.OrderBy(e => e.At)];
    }
}
