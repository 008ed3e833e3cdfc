using Alba;
using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Service.Customers;
using Ops.Service.Returns;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// Given-states for order timeline and return tests: what logistics publishes about an order, delivered as production
/// delivers it (published to each handling module's durable queue), and return requests made through the API as an agent
/// makes them.
/// </summary>
public static class ReturnScenarios
{
    public const string ReturnsUrl = "/api/service/returns";
    public const string OrderNumber = "112-0000001-0000001";
    public static readonly Guid OrderId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    public static OrderShipped Shipped(DateTimeOffset shippedAt, string orderNumber = OrderNumber, string trackingNumber = "1Z999",
        string sku = "OPS-LAMP", int quantity = 2) =>
        new(OrderId, DemoStoreId, "US", orderNumber, Guid.Parse("0193a000-0000-7000-8000-0000000000aa"), Guid.Parse("0193a000-0000-7000-8000-0000000000bb"),
            "UPS", trackingNumber, [new OrderLine(sku, quantity, 24.99m)], "USD", shippedAt.AddHours(4), shippedAt, OnTime: true, 7.5m, "USD");

    public static OrderDelivered Delivered(DateTimeOffset deliveredAt, string orderNumber = OrderNumber, bool damaged = false) =>
        new(OrderId, DemoStoreId, "US", orderNumber, Guid.Parse("0193a000-0000-7000-8000-0000000000bb"), deliveredAt.AddDays(-2), deliveredAt,
            OnTime: true, damaged);

    public static RequestReturnRequest NewReturn(string sku = "OPS-LAMP", int quantity = 1, DateOnly? deliveredOn = null,
        string orderNumber = OrderNumber) => new()
    {
        StoreId = DemoStoreId,
        Marketplace = "US",
        OrderNumber = orderNumber,
        Sku = sku,
        Quantity = quantity,
        Kind = ReturnKind.Refund,
        Reason = ReturnReason.Defective,
        Comment = "The lamp flickers.",
        DeliveredOn = deliveredOn,
    };

    /// <summary>Logistics reports an order shipped and, when given, delivered.</summary>
    public static async Task OrderDelivered(this ServiceApp app, DateTimeOffset deliveredAt, string orderNumber = OrderNumber)
    {
        await app.Deliver(Shipped(deliveredAt.AddDays(-2), orderNumber));
        await app.Deliver(Delivered(deliveredAt, orderNumber));
    }

    public static Task<IScenarioResult> RequestReturn(this ServiceApp app, RequestReturnRequest? request = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(request ?? NewReturn()).ToUrl(ReturnsUrl));

    public static Task<IScenarioResult> ApproveReturn(this ServiceApp app, Guid id, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { }).ToUrl($"{ReturnsUrl}/{id}/approve"));

    public static Task<IScenarioResult> RejectReturn(this ServiceApp app, Guid id, string reason = "Used beyond a trial.", string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { reason }).ToUrl($"{ReturnsUrl}/{id}/reject"));

    /// <summary>Logistics reports its inspection of the return.</summary>
    public static Task<ITrackedSession> Inspected(this ServiceApp app, CustomerReturnDetails r, DateTimeOffset inspectedAt,
        ReturnFinding finding = ReturnFinding.QualityDefect, string notes = "Solder joint cracked.") =>
        app.Deliver(new ReturnInspected(r.Id, r.StoreId, r.Marketplace, r.OrderNumber, r.Sku, r.Quantity, finding, notes, inspectedAt));

    public static Task<CustomerReturnDetails> Return(this ServiceApp app, Guid id, string query = "") =>
        app.As(Role.Auditor, x => x.Get.Url($"{ReturnsUrl}/{id}{query}")).Ok<CustomerReturnDetails>();

    public static Task<Page<CustomerReturnDetails>> Returns(this ServiceApp app, string query = "") =>
        app.As(Role.Service, x => x.Get.Url($"{ReturnsUrl}{query}")).Ok<Page<CustomerReturnDetails>>();

    public static Task<IReadOnlyList<HistoryEntry>> ReturnHistory(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{ReturnsUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

    public static Task<IScenarioResult> TimelineOf(this ServiceApp app, string orderNumber = OrderNumber, string query = "", string role = Role.Service) =>
        app.As(role, x => x.Get.Url($"/api/service/orders/{orderNumber}/timeline{query}"));

    public static Task<CustomerOrderTimeline> Timeline(this ServiceApp app, string orderNumber = OrderNumber, string query = "") =>
        app.TimelineOf(orderNumber, query).Ok<CustomerOrderTimeline>();
}
