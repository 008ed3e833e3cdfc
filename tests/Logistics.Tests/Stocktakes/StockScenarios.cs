using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Inventory;
using Ops.Logistics.Warehouses;
using Ops.Selection.Contracts;
using Ops.Shared;
using Wolverine.Tracking;

namespace Logistics.Tests;

/// <summary>Given-state shared by the stocktake, return and reimbursement tests: warehouses through the API, stock through the ledger, SKUs by message.</summary>
public static class StockScenarios
{
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    public static async Task<WarehouseView> AWarehouse(this LogisticsApp app, string code = "FBA-ONT8",
        WarehouseType type = WarehouseType.FbaFulfilmentCentre) =>
        await app.As(Role.Logistics, x => x.Post.Json(new RegisterWarehouseRequest
        {
            Code = code, Name = $"Warehouse {code}", Type = type, StoreId = DemoStoreId, Country = "US", TimeZone = "America/Los_Angeles",
        }).ToUrl("/api/logistics/warehouses")).Ok<WarehouseView>(201);

    /// <summary>Moves stock as the receipt, order and return records do: through the ledger, in one session.</summary>
    public static async Task Move(this LogisticsApp app, Guid warehouseId, string sku, Func<InventoryItem, Ops.Shared.Outcomes.Decision> decide)
    {
        await using var session = app.Host.Services.GetRequiredService<ILogisticsStore>().LightweightSession();
        var decision = await StockLedger.MoveAsync(session, warehouseId, DemoStoreId, sku, decide, "test", app.Clock.GetUtcNow());
        decision.IsRefused.ShouldBeFalse();
        await session.SaveChangesAsync();
    }

    public static Task Receive(this LogisticsApp app, Guid warehouseId, string sku, int quantity) =>
        app.Move(warehouseId, sku, i => i.Receive(quantity, new MovementSource(MovementSourceKind.Receipt, Guid.NewGuid()), "test", app.Clock.GetUtcNow()));

    public static async Task<StockLevel?> Level(this LogisticsApp app, Guid warehouseId, string sku)
    {
        await using var session = app.Host.Services.GetRequiredService<ILogisticsStore>().QuerySession();
        return await session.LoadAsync<StockLevel>(InventoryItem.IdFor(warehouseId, sku));
    }

    public static ProductApproved Approved(string sku, decimal unitCost = 2.10m, Guid? supplierId = null) => new(Guid.NewGuid(), sku,
        "Silicone baking mat", "Kitchen", "US", supplierId ?? Guid.NewGuid(), "Ningbo Home", "USD", unitCost, 14.99m, LeadTimeDays: 25,
        MinimumOrderQuantity: 300, new ProductSize(16.5m, 11.6m, 0.4m, 0.35m), OpsFixture.Start);

    /// <summary>
    /// Runs <paramref name="action"/> and waits for the messages it caused, without failing on another module refusing them
    /// (selection refuses a quality issue of a supplier it does not know: this suite's suppliers are made up).
    /// </summary>
    public static async Task<(T Result, ITrackedSession Messages)> TrackingOthersMayRefuse<T>(this LogisticsApp app, Func<Task<T>> action)
    {
        T result = default!;
        var messages = await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await action()));
        return (result, messages);
    }
}
