using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics.Channels;
using Ops.Logistics.Inventory;
using Ops.Logistics.Products;
using Ops.Logistics.Warehouses;
using Ops.Shared.Calendar;
using Ops.Shared.Imports;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Logistics;

/// <summary>The logistics module's own Marten store, schema <c>logistics</c>.</summary>
public interface ILogisticsStore : IDocumentStore;

public sealed class LogisticsGroup : Group
{
    public LogisticsGroup() => Configure("logistics", ep => ep.Description(d => d.WithTags(LogisticsModule.Module.Tag)));
}

/// <summary>
/// Channels and their recommendation, warehouses, inventory with replenishment, purchase receipts, stocktakes, orders
/// from receipt to delivery with their deadlines, exceptions, returns, FBA reimbursement cases and costs (logistics.md).
/// </summary>
public static class LogisticsModule
{
    public static readonly OpsModule Module = new("logistics", typeof(LogisticsModule).Assembly)
    {
        Description = "Channels, inventory, replenishment, orders, shipments and returns (logistics.md).",
    };

    public static WebApplicationBuilder AddLogisticsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpsModule(Module);
        builder.Services.AddModuleStore<ILogisticsStore>(Module, options =>
        {
            options.AddPolicySettings<LogisticsSettings>();
            StoreCalendarCopy.Configure(options);
            WarehouseView.Configure(options);
            StockLedger.Configure(options);
            LogisticsProduct.Configure(options);
            Orders.OrderDetails.Configure(options);
            Orders.StoredShipmentConverter.Register(options);
            Imports.Configure(options);
            ChannelView.Configure(options);
            Receipts.PurchaseReceiptView.Configure(options);
            Stocktakes.StocktakeView.Configure(options);
            Returns.ReturnView.Configure(options);
            Reconciliation.ReimbursementCaseView.Configure(options);
        });
        builder.Services.AddImports<ILogisticsStore>();
        builder.Services.AddSingleton<IViewForCaller<ChannelView>, ChannelQualityForCaller>();
        builder.AddDemoData<LogisticsDemoData>();
        return builder;
    }
}
