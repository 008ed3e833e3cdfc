using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Listing.Contracts;
using Ops.Logistics.Channels;
using Ops.Logistics.Contracts;
using Ops.Logistics.Orders;
using Ops.Logistics.Products;
using Ops.Logistics.Receipts;
using Ops.Logistics.Reconciliation;
using Ops.Logistics.Returns;
using Ops.Logistics.Stocktakes;
using Ops.Logistics.Warehouses;
using Ops.Selection.Contracts;
using Ops.Service.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics;

/// <summary>
/// Demo logistics (<c>./ops run</c>, only when <see cref="ModuleSeeds.DemoDataKey"/> is on), each record brought to its state
/// through the module's own commands so its history reads like an operator's: an FBA fulfilment centre and an own
/// warehouse; three channels with rate cards and running contracts; purchase receipts (the LED strip sold out at the own
/// warehouse, a stockout day in the KPIs; the wall clocks at FBA in excess and slow); an order in every state — received
/// (its review clock running), on hold, allocated with the ship-by deadline warned, allocated and breached, backordered,
/// shipped late with tracking, shipped without a tracking update yet, one with an open shipment exception, delivered (on
/// time, damaged, delayed) and cancelled; an approved stocktake and one in counting; a return awaiting inspection; an FBA
/// reimbursement case.
/// <para>
/// Time is the host's: the commands stamp <c>now</c>, so deadlines already due come from the marketplace's own ship-by
/// date, which an order may bring already past or within the warning window (the ship-by timers then fire at once). The
/// review, tracking and carrier-contact clocks start now and fall due in real time (4 h, 24 h, 4 h).
/// </para>
/// Idempotent: ids follow from natural keys (warehouse and channel codes, order numbers, SKUs), and a record already
/// there is left alone (its script does not run again).
/// </summary>
public sealed class LogisticsDemoData(IServiceScopeFactory scopes, ILogisticsStore store, TimeProvider time, ILogger<LogisticsDemoData> logger)
    : IModuleSeed
{
    public const string Actor = Actors.Seed;
    public const string Marketplace = "US";
    public const string OwnWarehouse = "NJ-OWN-1", FbaWarehouse = "FBA-ONT8";

    /// <summary>The organisation's demo store (its seed derives the id from the same name).</summary>
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    public const string LedStrip = "DEMO-LED-STRIP", HeadphoneHook = "DEMO-HEADPHONE-HOOK", WallClock = "DEMO-WALL-CLOCK",
        PlantPot = "DEMO-PLANT-POT", DeskLamp = "DEMO-DESK-LAMP";

    public static Guid WarehouseId(string code) => Id($"warehouse.{code}");
    public static Guid ChannelId(string code) => Id($"channel.{code}");
    public static Guid OrderId(string number) => Order.IdFor(Marketplace, number);

    private static Guid Id(string name) => DeterministicGuid.From($"ops.logistics.demo.{name}");

    /// <summary>
    /// The SKUs logistics sells: the listing demo's (listed live, except the desk lamp, a draft), with the supply facts
    /// selection's approval would bring and a demo supplier from selection's seed.
    /// </summary>
    private static readonly IReadOnlyList<(string Sku, string Name, string Supplier, string SupplierName, decimal UnitCost, int LeadTimeDays, int Moq, bool Live)>
        Products =
        [
            (LedStrip, "Glow 5 m LED Light Strip", "brightway", "Shenzhen Brightway Lighting Co., Ltd.", 4.20m, 25, 500, true),
            (HeadphoneHook, "Hang Under-Desk Headphone Hook", "homecraft", "Ningbo Homecraft Housewares Ltd.", 1.10m, 30, 1_000, true),
            (WallClock, "Quiet Sweep Wall Clock", "homecraft", "Ningbo Homecraft Housewares Ltd.", 3.60m, 30, 500, true),
            (PlantPot, "Terra Self-Watering Plant Pot", "homecraft", "Ningbo Homecraft Housewares Ltd.", 2.85m, 30, 1_000, true),
            (DeskLamp, "Lumina LED Desk Lamp", "brightway", "Shenzhen Brightway Lighting Co., Ltd.", 6.40m, 25, 500, false),
        ];

    /// <summary>What each demo order lives through after it is received.</summary>
    public enum OrderScript
    {
        Received, OnHold, AllocatedWarned, AllocatedBreached, Backordered, ShippedLateTracked, ShippedAwaitingTracking, ShipmentLost,
        Delivered, DeliveredDamaged, DeliveredDelayed, Cancelled,
    }

    public static readonly IReadOnlyList<(string Number, OrderScript Script, string Sku, int Quantity, decimal Price)> DemoOrders =
    [
        ("113-4400001-0000001", OrderScript.Received, PlantPot, 1, 19.99m),
        ("113-4400001-0000002", OrderScript.OnHold, DeskLamp, 1, 24.99m),
        ("113-4400001-0000003", OrderScript.AllocatedWarned, PlantPot, 2, 19.99m),
        ("113-4400001-0000004", OrderScript.AllocatedBreached, PlantPot, 1, 19.99m),
        ("113-4400001-0000005", OrderScript.Backordered, HeadphoneHook, 3, 12.99m),
        ("113-4400001-0000006", OrderScript.ShippedLateTracked, LedStrip, 2, 21.99m),
        ("113-4400001-0000007", OrderScript.ShippedAwaitingTracking, LedStrip, 1, 21.99m),
        ("113-4400001-0000008", OrderScript.ShipmentLost, LedStrip, 1, 21.99m),
        ("113-4400001-0000009", OrderScript.Delivered, LedStrip, 2, 21.99m),
        ("113-4400001-0000010", OrderScript.DeliveredDamaged, LedStrip, 1, 21.99m),
        ("113-4400001-0000011", OrderScript.DeliveredDelayed, PlantPot, 1, 19.99m),
        ("113-4400001-0000012", OrderScript.Cancelled, PlantPot, 1, 19.99m),
    ];

    public static readonly Guid ApprovedStocktakeId = Id("stocktake.fba.approved"), CountingStocktakeId = Id("stocktake.own.counting");
    public static readonly Guid ReturnId = Id("return.led-strip"), ReimbursementCaseId = Id("reimbursement.wall-clock.lost");

    public async Task SeedAsync(CancellationToken ct)
    {
        await StoreCalendarCopy.WaitForAsync(store, DemoStoreId, "logistics", ct);
        await ProductsAsync(ct);

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        await using var reads = store.QuerySession();

        await WarehousesAsync(bus, reads, ct);
        await ChannelsAsync(bus, reads, ct);
        await ReceiptsAsync(bus, reads, ct);
        await StocktakeAsync(bus, reads, ApprovedStocktakeId, FbaWarehouse, approve: true, ct);
        var existing = (await reads.LoadManyAsync<OrderDetails>(ct, DemoOrders.Select(o => OrderId(o.Number)))).Select(o => o.OrderNumber).ToHashSet();
        foreach (var order in DemoOrders.Where(o => !existing.Contains(o.Number))) await OrderAsync(bus, order.Number, order.Script, order.Sku, order.Quantity, order.Price, ct);
        await StocktakeAsync(bus, reads, CountingStocktakeId, OwnWarehouse, approve: false, ct);
        await ReturnAsync(bus, reads, ct);
        await ReimbursementAsync(bus, reads, ct);
        logger.LogInformation("Demo logistics ready: 2 warehouses, 3 channels, {Orders} orders in every state", DemoOrders.Count);
    }

    /// <summary>
    /// The demo SKUs, through the very handlers <c>ProductApproved</c> and <c>ListingWentLive</c> reach, and only where a
    /// fact is missing (so a redelivery or a later real message changes nothing). Registered here rather than awaited:
    /// selection never approves the listing demo's SKUs, and listing's go-live messages are either still in flight (seeds
    /// run one after another, messages asynchronously) or were sent before logistics listened (an older dev database)
    /// and will never come. The ASIN is the one listing's demo gives the SKU, so a later real message changes nothing.
    /// </summary>
    private async Task ProductsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var session = store.LightweightSession();
        session.LastModifiedBy = Actor;
        var known = (await session.LoadManyAsync<LogisticsProduct>(ct, Products.Select(p => p.Sku))).ToDictionary(p => p.Id);
        foreach (var p in Products)
        {
            var product = known.GetValueOrDefault(p.Sku);
            if (product?.ApprovedAt is null)
                await ProductApprovedHandler.Handle(new ProductApproved(Id($"candidate.{p.Sku}"), p.Sku, p.Name, "Home & Kitchen", Marketplace,
                    DeterministicGuid.From($"ops.selection.demo.supplier.{p.Supplier}"), p.SupplierName, "USD", p.UnitCost, p.UnitCost * 5,
                    p.LeadTimeDays, p.Moq, new Selection.Contracts.ProductSize(10, 6, 4, 1.2m), now.AddDays(-60)), session);
            if (p.Live && product?.LiveSince is null)
            {
                var listingId = DeterministicGuid.From($"ops.listing.sku.{p.Sku}");
                await session.SaveChangesAsync(ct); // the handler loads what the approval just stored
                await ListingWentLiveHandler.Handle(new ListingWentLive(listingId, p.Sku,
                    "B0" + Convert.ToHexString(listingId.ToByteArray())[..8], 21.99m, "USD", now.AddDays(-45)), session);
            }
        }
        await session.SaveChangesAsync(ct);
    }

    private static async Task WarehousesAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        (string Code, string Name, WarehouseType Type, string TimeZone)[] warehouses =
        [
            (FbaWarehouse, "Amazon FBA Ontario, CA (ONT8)", WarehouseType.FbaFulfilmentCentre, "America/Los_Angeles"),
            (OwnWarehouse, "Own warehouse, Edison NJ", WarehouseType.OwnWarehouse, "America/New_York"),
        ];
        foreach (var (code, name, type, zone) in warehouses)
            if (await reads.LoadAsync<WarehouseView>(WarehouseId(code), ct) is null)
                await RunAsync(bus, new RegisterWarehouse(WarehouseId(code), code, new WarehouseProfile(name, type, DemoStoreId, "US", zone), null), ct);
    }

    private async Task ChannelsAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var today = Today();
        (string Code, ChannelProfile Profile)[] channels =
        [
            ("USPS-GA", new("USPS Ground Advantage", ChannelType.Postal, "USPS", "Ground Advantage", new ChannelCostModel(4.10m, 1.35m, 0m, "USD"),
                2, 5, ["US"], today.AddDays(-200), today.AddDays(165))),
            ("AMZ-PCP", new("Amazon Partnered Carrier to FBA", ChannelType.Fba, "UPS", "Partnered small parcel",
                new ChannelCostModel(0m, 0.55m, 0.05m, "USD"), 2, 6, ["US"], today.AddDays(-120), today.AddDays(245))),
            ("DHL-CN-US", new("DHL Express China to US", ChannelType.InternationalExpress, "DHL", "Express Worldwide",
                new ChannelCostModel(18m, 6.20m, 0m, "USD"), 3, 6, ["US", "CA"], today.AddDays(-300), null)),
        ];
        foreach (var (code, profile) in channels)
            if (await reads.LoadAsync<ChannelView>(ChannelId(code), ct) is null)
                await RunAsync(bus, new RegisterChannel(ChannelId(code), code, profile, null), ct);
    }

    /// <summary>
    /// Stock on hand from purchase receipts: the LED strip's few units at the own warehouse all go to orders (sold out there:
    /// below safety stock, and every day it ends with nothing available, today's included, is a stockout day), the wall
    /// clocks sit at FBA with nothing selling (excess, slow-moving); the headphone hook has none (its order is backordered).
    /// </summary>
    private async Task ReceiptsAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var today = Today();
        (string Key, string Warehouse, string Sku, int Received, int Rejected, int DaysAgo, int LateDays)[] receipts =
        [
            ("led-strip", OwnWarehouse, LedStrip, 7, 0, 20, 0),
            ("plant-pot", OwnWarehouse, PlantPot, 62, 2, 12, 3),
            ("wall-clock", FbaWarehouse, WallClock, 400, 0, 40, 0),
            ("led-strip-fba", FbaWarehouse, LedStrip, 60, 0, 35, 1),
        ];
        foreach (var (key, warehouse, sku, received, rejected, daysAgo, late) in receipts)
        {
            var id = Id($"receipt.{key}");
            if (await reads.LoadAsync<PurchaseReceiptView>(id, ct) is not null) continue;
            await RunAsync(bus, new RecordReceipt(id, new RecordReceiptRequest
            {
                WarehouseId = WarehouseId(warehouse), Sku = sku, QuantityReceived = received, QuantityAccepted = received - rejected,
                QuantityRejected = rejected, ExpectedOn = today.AddDays(-daysAgo - late), ReceivedOn = today.AddDays(-daysAgo),
                Note = rejected > 0 ? "Two units with cracked reservoirs refused at the dock." : null,
            }, null), ct);
        }
    }

    private async Task OrderAsync(IMessageBus bus, string number, OrderScript script, string sku, int quantity, decimal price, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var id = OrderId(number);
        // The marketplace's own ship-by date: already past (breached at once), or within the warning window (warned at once).
        // That timer may append to the order between the commands below; the loser of such a race is run again on the new
        // state (the host's message handling policy), so the script still ends where it should.
        DateTimeOffset? shipBy = script switch
        {
            OrderScript.AllocatedBreached or OrderScript.ShippedLateTracked => now.AddHours(-3),
            OrderScript.AllocatedWarned => now.AddHours(5),
            _ => null,
        };
        var purchasedAt = now.AddHours(shipBy is not null ? -50 : -2);
        await RunAsync(bus, new ReceiveOrder(new OrderReceipt(DemoStoreId, Marketplace, number, BuyerOf(number),
            [new OrderReceiptLine(sku, quantity, new Money(price, "USD"))], script == OrderScript.OnHold ? PaymentStatus.Pending : PaymentStatus.Captured,
            purchasedAt, shipBy), null), ct);
        if (script == OrderScript.Received) return;

        await RunAsync(bus, new ReviewOrder(id, null), ct);
        if (script == OrderScript.OnHold) return;

        await RunAsync(bus, new AllocateOrder(id, script == OrderScript.Backordered ? null : WarehouseId(OwnWarehouse), null), ct);
        switch (script)
        {
            case OrderScript.AllocatedWarned or OrderScript.AllocatedBreached or OrderScript.Backordered:
                return;
            case OrderScript.Cancelled:
                await RunAsync(bus, new CancelOrder(id, "The buyer cancelled before the order was picked.", null), ct);
                return;
        }

        await RunAsync(bus, new ShipOrder(id, ChannelId("USPS-GA"), "USPS", "9400111" + number.Replace("-", "")[^15..], time.GetUtcNow(),
            new Money(quantity > 1 ? 6.80m : 5.45m, "USD"), null, null), ct);
        switch (script)
        {
            case OrderScript.ShippedAwaitingTracking:
                return;
            case OrderScript.ShippedLateTracked:
                await RunAsync(bus, new TrackOrder(id, "Arrived at USPS regional facility", "Kearny, NJ", time.GetUtcNow(), false, false, null), ct);
                return;
            case OrderScript.ShipmentLost:
                await RunAsync(bus, new RaiseShipmentException(id, Id($"exception.{number}"), ShipmentExceptionKind.Lost,
                    "No scan since pickup; the carrier cannot locate the parcel.", null), ct);
                return;
            case OrderScript.DeliveredDelayed:
                var exception = Id($"exception.{number}");
                await RunAsync(bus, new RaiseShipmentException(id, exception, ShipmentExceptionKind.Delay, "Held at the hub by a weather closure.", null), ct);
                await RunAsync(bus, new RecordCarrierContact(id, exception, "USPS confirms delivery one day late.", null), ct);
                await RunAsync(bus, new ResolveShipmentException(id, exception, ExceptionResolution.ClaimFiled, "Late-delivery credit claimed from USPS.", null), ct);
                break;
        }
        await RunAsync(bus, new TrackOrder(id, "Out for delivery", "Springfield, IL", time.GetUtcNow(), false, false, null), ct);
        await RunAsync(bus, new DeliverOrder(id, time.GetUtcNow(), script == OrderScript.DeliveredDamaged, null), ct);
    }

    /// <summary>Counts one warehouse: started (counting); the FBA one counted, with one clock short, submitted and approved.</summary>
    private async Task StocktakeAsync(IMessageBus bus, IQuerySession reads, Guid id, string warehouse, bool approve, CancellationToken ct)
    {
        if (await reads.LoadAsync<StocktakeView>(id, ct) is not null) return;
        await RunAsync(bus, new PlanStocktake(id, WarehouseId(warehouse), null, Today(), null), ct);
        await RunAsync(bus, new StartStocktake(id, null), ct);
        if (!approve) return;
        await RunAsync(bus, new EnterStocktakeCounts(id, [new LineCount(WallClock, 399, "One unit not found in its bin."), new LineCount(LedStrip, 60, null)],
            null), ct);
        await RunAsync(bus, new SubmitStocktake(id, null), ct);
        await RunAsync(bus, new ApproveStocktake(id, null), ct);
    }

    /// <summary>Service asked for it (the same handler its <c>ReturnRequested</c> reaches), it was approved and has arrived: awaiting inspection.</summary>
    private async Task ReturnAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        if (await reads.LoadAsync<ReturnView>(ReturnId, ct) is not null) return;
        await bus.InvokeAsync(new ReturnRequested(ReturnId, DemoStoreId, Marketplace, "113-4400001-0000009", LedStrip, 1, ReturnKind.Refund,
            ReturnReason.Defective, "Half of the strip does not light up.", time.GetUtcNow()), ct);
        await RunAsync(bus, new ApproveReturn(ReturnId, null), ct);
        await RunAsync(bus, new ReceiveReturn(ReturnId, WarehouseId(OwnWarehouse), 1, null), ct);
    }

    private async Task ReimbursementAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        if (await reads.LoadAsync<ReimbursementCaseView>(ReimbursementCaseId, ct) is not null) return;
        await RunAsync(bus, new OpenReimbursementCase(ReimbursementCaseId, WarehouseId(FbaWarehouse), WallClock, 3, ReimbursementCaseKind.Lost,
            "Inventory ledger shows three units misplaced in the fulfilment centre and never found.", ["FBA-LEDGER-ONT8-2291"], false, null), ct);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static Buyer BuyerOf(string number) => int.Parse(number[^1..]) switch
    {
        1 or 5 or 9 => new("Emily Carter", new("42 Maple Avenue", null, "Springfield", "IL", "62704", "US"), null, null),
        2 or 6 or 0 => new("Marcus Lee", new("810 Pine Street", "Apt 3B", "Seattle", "WA", "98101", "US"), null, null),
        _ => new("Sofia Alvarez", new("17 Ocean Drive", null, "Miami Beach", "FL", "33139", "US"), null, null),
    };

    private static async Task RunAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Demo logistics: {command.GetType().Name} ended in {outcome}.");
    }
}
