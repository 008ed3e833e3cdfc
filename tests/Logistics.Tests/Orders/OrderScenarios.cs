using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Channels;
using Ops.Logistics.Inventory;
using Ops.Logistics.Orders;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Organization.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;
using Ops.Shared.Settings;
using Wolverine.Tracking;

using Logistics.Tests.Channels;

namespace Logistics.Tests.Orders;

/// <summary>
/// Given-states for order tests, built through the API as logistics staff would. The fixture starts on Monday
/// 2030-11-04 14:00Z, 09:00 in New York (the demo store's calendar: Saturday and Sunday off).
/// </summary>
public static class OrderScenarios
{
    public const string OrdersUrl = "/api/logistics/orders";
    public const string Sku = "OPS-ORD-LAMP";
    public const string OtherSku = "OPS-ORD-MAT";
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    public static ReceiveOrderRequest NewOrder(string number = "111-0000001-0000001", params (string Sku, int Quantity)[] lines) => new()
    {
        StoreId = DemoStoreId,
        Marketplace = "US",
        OrderNumber = number,
        Buyer = new BuyerRequest
        {
            Name = "Jane Doe", Email = "jane@example.com",
            Address = new BuyerAddressRequest { Line1 = "1 Main St", City = "Springfield", Region = "IL", PostalCode = "62701", Country = "US" },
        },
        Lines = lines.Length == 0 ? [new OrderLineRequest { Sku = Sku, Quantity = 2, UnitPrice = new Money(19.99m, "USD") }]
            : [.. lines.Select(l => new OrderLineRequest { Sku = l.Sku, Quantity = l.Quantity, UnitPrice = new Money(10m, "USD") })],
        PaymentStatus = PaymentStatus.Captured,
        PurchasedAt = OpsFixture.Start.AddHours(-1),
    };

    /// <summary>The order with every line priced in <paramref name="currency"/>.</summary>
    public static ReceiveOrderRequest InCurrency(ReceiveOrderRequest order, string currency) =>
        order with { Lines = [.. order.Lines.Select(l => l with { UnitPrice = l.UnitPrice with { Currency = currency } })] };

    public static ILogisticsStore Store(this LogisticsApp app) => app.Host.Services.GetRequiredService<ILogisticsStore>();

    /// <summary>The SKU as selection's approval and listing's going live leave it in logistics' catalogue.</summary>
    public static async Task Sellable(this LogisticsApp app, string sku = Sku, bool live = true, int leadTimeDays = 20)
    {
        await using var session = app.Store().LightweightSession();
        session.Store(new LogisticsProduct
        {
            Id = sku, Name = sku, SupplierId = Guid.NewGuid(), LeadTimeDays = leadTimeDays, ApprovedAt = OpsFixture.Start.AddDays(-30),
            LiveSince = live ? OpsFixture.Start.AddDays(-20) : null,
        });
        await session.SaveChangesAsync();
    }

    public static async Task<WarehouseView> Warehouse(this LogisticsApp app, string code = "NJ-OWN-1") =>
        await app.As(Role.Logistics, x => x.Post.Json(new RegisterWarehouseRequest
        {
            Code = code, Name = code, Type = WarehouseType.OwnWarehouse, StoreId = DemoStoreId, Country = "US", TimeZone = "America/New_York",
        }).ToUrl("/api/logistics/warehouses")).Ok<WarehouseView>(201);

    /// <summary>Stock received into the warehouse, through the ledger (as a purchase receipt does).</summary>
    public static async Task Stock(this LogisticsApp app, Guid warehouseId, string sku, int quantity)
    {
        await using var session = app.Store().LightweightSession();
        var now = app.Clock.GetUtcNow();
        await StockLedger.MoveAsync(session, warehouseId, DemoStoreId, sku,
            i => i.Receive(quantity, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", now), "test", now);
        await session.SaveChangesAsync();
    }

    public static async Task<StockLevel> Level(this LogisticsApp app, Guid warehouseId, string sku)
    {
        await using var session = app.Store().QuerySession();
        return (await session.LoadAsync<StockLevel>(InventoryItem.IdFor(warehouseId, sku)))!;
    }

    public static Task<(OrderDetails Result, ITrackedSession Messages)> Receive(this LogisticsApp app, ReceiveOrderRequest? request = null) =>
        app.Tracking(() => app.As(Role.Logistics, x => x.Post.Json(request ?? NewOrder()).ToUrl(OrdersUrl)).Ok<OrderDetails>(201));

    public static Task<IScenarioResult> Post(this LogisticsApp app, Guid id, string action, object? body = null, string role = Role.Logistics) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{OrdersUrl}/{id}/{action}"));

    public static Task<(OrderDetails Result, ITrackedSession Messages)> Act(this LogisticsApp app, Guid id, string action, object? body = null) =>
        app.Tracking(() => app.Post(id, action, body).Ok<OrderDetails>());

    public static async Task<OrderDetails> Reviewed(this LogisticsApp app, ReceiveOrderRequest? request = null)
    {
        await app.Sellable();
        await app.Sellable(OtherSku);
        var received = (await app.Receive(request)).Result;
        return await app.Post(received.Id, "review").Ok<OrderDetails>();
    }

    public static async Task<(OrderDetails Order, WarehouseView Warehouse)> Allocated(this LogisticsApp app, ReceiveOrderRequest? request = null)
    {
        var warehouse = await app.Warehouse();
        await app.Stock(warehouse.Id, Sku, 10);
        await app.Stock(warehouse.Id, OtherSku, 10);
        var reviewed = await app.Reviewed(request);
        return (await app.Post(reviewed.Id, "allocate").Ok<OrderDetails>(), warehouse);
    }

    /// <summary>UPS Ground in the US (1–5 days, contract through 2030), registered through the API the first time a test ships.</summary>
    public static async Task<ChannelView> UpsGround(this LogisticsApp app)
    {
        var existing = await app.As(Role.Auditor, x => x.Get.Url("/api/logistics/channels?search=UPS-GROUND")).Ok<Page<ChannelView>>();
        return existing.Items.SingleOrDefault() ?? await app.RegisteredChannel(ChannelScenarios.DhlExpress("UPS-GROUND") with
        {
            Name = "UPS Ground", Carrier = "UPS", ServiceLevel = "Ground", TransitDaysMin = 1, TransitDaysMax = 5,
        });
    }

    public static async Task<ShipOrderRequest> Shipping(this LogisticsApp app, DateTimeOffset shippedAt, DateTimeOffset? promisedDeliveryBy = null) => new()
    {
        ChannelId = (await app.UpsGround()).Id, Carrier = "UPS", TrackingNumber = "1Z999AA10123456784", ShippedAt = shippedAt,
        ShippingCost = new Money(7.25m, "USD"), PromisedDeliveryBy = promisedDeliveryBy,
    };

    public static async Task<(OrderDetails Order, ITrackedSession Messages)> Shipped(this LogisticsApp app, DateTimeOffset? promisedDeliveryBy = null)
    {
        var (order, _) = await app.Allocated();
        return await app.Act(order.Id, "ship", await app.Shipping(app.Clock.GetUtcNow(), promisedDeliveryBy));
    }

    public static Task<OrderDetails> Details(this LogisticsApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{id}")).Ok<OrderDetails>();

    public static Task<IReadOnlyList<HistoryEntry>> History(this LogisticsApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

    /// <summary>Delivers a scheduled timer with the clock at its time, as Wolverine would when it falls due.</summary>
    public static async Task<ITrackedSession> Play(this LogisticsApp app, Wolverine.Envelope timer)
    {
        app.Clock.SetUtcNow(timer.ScheduledTime!.Value);
        return await app.Host.InvokeMessageAndWaitAsync(timer.Message!);
    }

    public static Task<PolicySettingsView<LogisticsSettings>> ChangeSettings(this LogisticsApp app, LogisticsSettings settings) =>
        app.As(Role.OpsManager, x => x.Put.Json(settings).ToUrl("/api/logistics/settings")).Ok<PolicySettingsView<LogisticsSettings>>();

    /// <summary>The organisation changes the demo store's calendar (logistics keeps its copy).</summary>
    public static async Task StoreHolidays(this LogisticsApp app, params DateOnly[] holidays)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Deliver(new StoreCalendarChanged(DemoStoreId, "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], holidays,
            app.Clock.GetUtcNow()), othersMayRefuse: true);
    }
}
