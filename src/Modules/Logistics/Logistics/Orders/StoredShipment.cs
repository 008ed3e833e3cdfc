using System.Text.Json.Nodes;
using Marten;
using Ops.Shared.Modules;

namespace Ops.Logistics.Orders;

/// <summary>
/// Reads a <see cref="Shipment"/> as the logistics store holds it, in either of its two stored shapes, and always writes
/// the current one (ADR 0025, after ADR 0012). Until issue 14 a shipment's cost was a bare amount with its currency beside
/// it (<c>{"shippingCost": 12.5, "costCurrency": "USD", …}</c>); now it is <see cref="Ops.Shared.Money"/>
/// (<c>{"shippingCost": {"amount": 12.5, "currency": "USD"}, …}</c>). <see cref="OrderShipped"/> events are stored forever
/// and <see cref="OrderDetails"/> documents until their order next changes, so both shapes are read as long as the store
/// lives; nothing is rewritten in the database.
/// </summary>
/// <remarks>
/// The old shape is recognised by its <c>costCurrency</c>, which the current shape does not have; its amount keeps its
/// stored JSON number, so no digit is lost or rounded on the way. A shipment without a cost was stored with both null.
/// </remarks>
public sealed class StoredShipmentConverter : StoredShapeConverter<Shipment>
{
    /// <summary>Makes the store read both shapes; called once, where the logistics store is configured.</summary>
    public static void Register(StoreOptions options) => Register(options, new StoredShipmentConverter());

    protected override void Upgrade(JsonObject shipment)
    {
        if (shipment.Remove("costCurrency", out var currency) && shipment["shippingCost"] is JsonValue amount)
            shipment["shippingCost"] = new JsonObject { ["amount"] = amount.DeepClone(), ["currency"] = currency?.DeepClone() };
    }
}
