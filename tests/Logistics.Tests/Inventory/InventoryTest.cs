using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Inventory;
using Ops.Logistics.Receipts;
using Ops.Logistics.Warehouses;
using Ops.Selection.Contracts;
using Ops.Shared;
using Wolverine;
using Wolverine.Tracking;

namespace Logistics.Tests.Inventory;

/// <summary>
/// What the inventory tests share: an FBA warehouse and an own warehouse of the demo store, SKUs approved by selection
/// (lead time 25 days, MOQ 300, unit cost 2.50) and shipments moved through the ledger as order fulfilment moves them.
/// </summary>
public abstract class InventoryTest(LogisticsApp app) : LogisticsTest(app)
{
    protected static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");
    protected static readonly Guid SupplierId = Guid.NewGuid();

    protected ILogisticsStore Store => App.Host.Services.GetRequiredService<ILogisticsStore>();

    protected async Task<Guid> Warehouse(string code, WarehouseType type = WarehouseType.FbaFulfilmentCentre, string country = "US")
    {
        var view = await As(Role.Logistics, x => x.Post.Json(new RegisterWarehouseRequest
        {
            Code = code, Name = code, Type = type, StoreId = DemoStoreId, Country = country, TimeZone = "America/Los_Angeles",
        }).ToUrl("/api/logistics/warehouses")).Ok<WarehouseView>(201);
        return view.Id;
    }

    protected Task Product(string sku, int leadTimeDays = 25, int moq = 300, decimal unitCost = 2.5m, ProductSize? size = null) =>
        App.Deliver(new ProductApproved(Guid.NewGuid(), sku, $"Product {sku}", "Kitchen", "US", SupplierId, "Ningbo Home", "USD", unitCost, 14.99m,
            leadTimeDays, moq, size ?? new ProductSize(16.5m, 11.6m, 0.4m, 0.35m), OpsFixture.Start), othersMayRefuse: true);

    protected static RecordReceiptRequest Receipt(Guid warehouseId, string sku, int accepted, int rejected = 0) => new()
    {
        WarehouseId = warehouseId, Sku = sku, QuantityReceived = accepted + rejected, QuantityAccepted = accepted, QuantityRejected = rejected,
        ExpectedOn = new DateOnly(2030, 11, 3), ReceivedOn = new DateOnly(2030, 11, 4),
    };

    protected async Task<(PurchaseReceiptView Receipt, ITrackedSession Messages)> Receive(RecordReceiptRequest request)
    {
        var (result, messages) = await Tracking(() => As(Role.Logistics, x => x.Post.Json(request).ToUrl("/api/logistics/receipts")));
        await result.ShouldHaveStatus(201);
        return ((await result.ReadAsJsonAsync<PurchaseReceiptView>())!, messages);
    }

    /// <summary>
    /// Like <c>App.Tracking</c>, but selection may refuse what it hears (a receipt from a supplier these tests never
    /// registered there): the suite asserts logistics' own outcome.
    /// </summary>
    protected async Task<(T Result, ITrackedSession Messages)> Tracking<T>(Func<Task<T>> action)
    {
        T result = default!;
        var messages = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => result = await action()));
        return (result, messages);
    }

    /// <summary>Moves stock through the ledger as another area's handler does, with the handler's message context for the signals.</summary>
    protected Task<ITrackedSession> Move(Guid warehouseId, string sku, Func<InventoryItem, Ops.Shared.Outcomes.Decision> decide) =>
        App.Host.ExecuteAndWaitAsync(async (IMessageContext context) =>
        {
            await using var session = Store.LightweightSession();
            var signals = new List<object>();
            var decision = await StockLedger.MoveAsync(session, warehouseId, DemoStoreId, sku, decide, "test", App.Clock.GetUtcNow(), signals: signals);
            decision.IsRefused.ShouldBeFalse(decision.Refusal?.Code);
            await session.SaveChangesAsync();
            foreach (var signal in signals) await context.PublishAsync(signal);
        }, 30_000);

    /// <summary>An order of <paramref name="quantity"/> reserved and shipped: what both movements published.</summary>
    protected async Task<ITrackedSession[]> Ship(Guid warehouseId, string sku, int quantity)
    {
        var order = new MovementSource(MovementSourceKind.Order, Guid.NewGuid());
        var reserved = await Move(warehouseId, sku, i => i.Reserve(quantity, order, "test", App.Clock.GetUtcNow()));
        return [reserved, await Move(warehouseId, sku, i => i.Ship(order, "test", App.Clock.GetUtcNow()))];
    }

    protected Task<ITrackedSession> Reserve(Guid warehouseId, string sku, int quantity) =>
        Move(warehouseId, sku, i => i.Reserve(quantity, new MovementSource(MovementSourceKind.Order, Guid.NewGuid()), "test", App.Clock.GetUtcNow()));

    protected async Task<StockLevel> Level(Guid warehouseId, string sku)
    {
        await using var session = Store.QuerySession();
        return (await session.LoadAsync<StockLevel>(InventoryItem.IdFor(warehouseId, sku)))!;
    }
}

public static class Signals
{
    /// <summary>
    /// The signals of type <typeparamref name="T"/> published, each once: sent to the modules that hear it, or published
    /// with no module hearing it yet (risk and data subscribe later), which Wolverine records as "no routes".
    /// </summary>
    public static IReadOnlyList<T> Signalled<T>(this ITrackedSession session) =>
        [.. session.Sent.MessagesOf<T>().Concat(session.NoRoutes.MessagesOf<T>()).Distinct()];

    public static T SingleSignalled<T>(this ITrackedSession session) => session.Signalled<T>().ShouldHaveSingleItem();

    public static IReadOnlyList<T> Signalled<T>(this IEnumerable<ITrackedSession> sessions) => [.. sessions.SelectMany(s => s.Signalled<T>())];

    public static T SingleSignalled<T>(this IEnumerable<ITrackedSession> sessions) => sessions.Signalled<T>().ShouldHaveSingleItem();
}
