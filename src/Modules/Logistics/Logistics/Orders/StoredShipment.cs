using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using Marten.Services;

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
public sealed class StoredShipmentConverter : JsonConverter<Shipment>
{
    private JsonSerializerOptions? _withoutMe;

    /// <summary>Makes the store read both shapes; called once, where the logistics store is configured.</summary>
    public static void Register(StoreOptions options) =>
        ((SystemTextJsonSerializer)options.Serializer()).Configure(json => json.Converters.Add(new StoredShipmentConverter()));

    public override Shipment? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject shipment) return null;
        if (shipment.Remove("costCurrency", out var currency) && shipment["shippingCost"] is JsonValue amount)
            shipment["shippingCost"] = new JsonObject { ["amount"] = amount.DeepClone(), ["currency"] = currency?.DeepClone() };
        return shipment.Deserialize<Shipment>(WithoutMe(options));
    }

    public override void Write(Utf8JsonWriter writer, Shipment value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, WithoutMe(options));

    /// <summary>The store's own options less this converter, for the shipment's ordinary (de)serialisation.</summary>
    private JsonSerializerOptions WithoutMe(JsonSerializerOptions options)
    {
        if (_withoutMe is { } cached) return cached;
        var copy = new JsonSerializerOptions(options);
        copy.Converters.Remove(this);
        return _withoutMe = copy;
    }
}
