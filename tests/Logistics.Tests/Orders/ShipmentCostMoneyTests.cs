using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Orders;
using Ops.Shared;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests.Orders;

/// <summary>
/// Issue 14: a shipment's cost is <c>{amount, currency}</c>; shipments stored before that, in every <c>OrderShipped</c>
/// event, with a bare <c>shippingCost</c> and its <c>costCurrency</c> beside it, still read as Money (ADR 0025, after ADR 0012).
/// </summary>
public sealed class ShipmentCostMoneyTests(LogisticsApp app) : LogisticsTest(app)
{
    private ILogisticsStore Store => Host.Services.GetRequiredService<ILogisticsStore>();

    /// <summary>
    /// Puts the order's shipment back into the shape stored before issue 14, directly in PostgreSQL: the event, and the
    /// read model projected from it then. <paramref name="cost"/> is a JSON number (or <c>null</c>), <paramref name="currency"/> a JSON string (or <c>null</c>).
    /// </summary>
    private async Task StoreInOldShape(Guid orderId, string cost, string currency)
    {
        await using var session = Store.LightweightSession();
        session.QueueSqlCommand("""
            update logistics.mt_events set data = jsonb_set(jsonb_set(data, '{shipment,shippingCost}', ?::jsonb), '{shipment,costCurrency}', ?::jsonb)
            where stream_id = ? and type = 'order_shipped'
            """, cost, currency, orderId);
        session.QueueSqlCommand("""
            update logistics.mt_doc_orderdetails set data = jsonb_set(jsonb_set(data, '{shipment,shippingCost}', ?::jsonb), '{shipment,costCurrency}', ?::jsonb)
            where id = ?
            """, cost, currency, orderId);
        await session.SaveChangesAsync();
    }

    private async Task<JsonObject> StoredShipmentEvent(Guid orderId)
    {
        await using var session = Store.QuerySession();
        var data = await session.AdvancedSql.QueryAsync<string>(
            "select data::text from logistics.mt_events where stream_id = ? and type = 'order_shipped'", CancellationToken.None, orderId);
        return JsonNode.Parse(data.Single())!["shipment"].ShouldBeOfType<JsonObject>();
    }

    private async Task<JsonObject> StoredShipmentDocument(Guid orderId)
    {
        await using var session = Store.QuerySession();
        return JsonNode.Parse((await session.Json.FindByIdAsync<OrderDetails>(orderId))!)!["shipment"].ShouldBeOfType<JsonObject>();
    }

    private async Task<JsonNode?> ShipmentCostInHistory(Guid orderId)
    {
        var history = JsonNode.Parse(await (await As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{orderId}/history"))).ReadAsTextAsync())!.AsArray();
        var shipped = history.Single(e => e!["type"]!.GetValue<string>() == "order_shipped")!["data"]!["shipment"].ShouldBeOfType<JsonObject>();
        shipped.ContainsKey("costCurrency").ShouldBeFalse("the history serves the current shape");
        return shipped["shippingCost"];
    }

    [Fact]
    public async Task a_shipment_stored_with_a_bare_cost_and_its_currency_still_reads_as_money()
    {
        var (shipped, _) = await App.Shipped();
        await StoreInOldShape(shipped.Id, "12.5", "\"USD\"");
        var stored = await StoredShipmentEvent(shipped.Id);
        (stored["shippingCost"]!.GetValue<decimal>(), stored["costCurrency"]!.GetValue<string>()).ShouldBe((12.5m, "USD"), "the event is in the old shape");

        // The stored read model, the order rebuilt from its events, and the history all read it as Money.
        var cost = new Money(12.5m, "USD");
        (await App.Details(shipped.Id)).Shipment!.ShippingCost.ShouldBe(cost);
        (await As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{shipped.Id}?version={shipped.Version}")).Ok<OrderDetails>())
            .Shipment!.ShippingCost.ShouldBe(cost);
        var inHistory = (await ShipmentCostInHistory(shipped.Id)).ShouldBeOfType<JsonObject>();
        (inHistory["amount"]!.GetValue<decimal>(), inHistory["currency"]!.GetValue<string>()).ShouldBe((12.5m, "USD"));

        // The order still takes decisions over that event (delivery is judged against the stored shipment), and its read
        // model is stored in the current shape from then on; the event stays as it was stored.
        var delivered = (await App.Act(shipped.Id, "tracking", new { status = "Delivered", at = App.Clock.GetUtcNow(), delivered = true })).Result;
        delivered.ShouldSatisfyAllConditions(
            o => o.Status.ShouldBe(OrderStatus.Delivered),
            o => o.Shipment!.ShippingCost.ShouldBe(cost));
        var document = await StoredShipmentDocument(shipped.Id);
        document.ContainsKey("costCurrency").ShouldBeFalse();
        document["shippingCost"].ShouldBeOfType<JsonObject>()["amount"]!.GetValue<decimal>().ShouldBe(12.5m);
        (await StoredShipmentEvent(shipped.Id))["costCurrency"]!.GetValue<string>().ShouldBe("USD");
    }

    [Fact]
    public async Task a_shipment_stored_without_a_cost_in_the_old_shape_reads_without_one()
    {
        var (order, _) = await App.Allocated();
        var (shipped, _) = await App.Act(order.Id, "ship", (await App.Shipping(App.Clock.GetUtcNow())) with { ShippingCost = null });
        await StoreInOldShape(shipped.Id, "null", "null");

        (await App.Details(shipped.Id)).Shipment!.ShippingCost.ShouldBeNull();
        (await As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{shipped.Id}?version={shipped.Version}")).Ok<OrderDetails>())
            .Shipment!.ShippingCost.ShouldBeNull();
        (await ShipmentCostInHistory(shipped.Id)).ShouldBeNull();
    }
}
