using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using Marten.Services;
using Ops.Logistics.Orders;
using Ops.Logistics.Reconciliation;

namespace Ops.Logistics;

/// <summary>
/// Reads the logistics records that held one <c>currency</c> beside bare amounts before issue 14, in either shape, and
/// always writes the current one, where every amount is <see cref="Ops.Shared.Money"/> (ADR 0025, after ADR 0012). The
/// history serves each event's own record, so the events' types themselves carry Money; the events stay in the database
/// as they were stored, and so do read-model documents until their record next changes.
/// </summary>
/// <remarks>
/// The old shape is recognised by its top-level <c>currency</c>, which none of the current shapes has; each named
/// amount (<c>lines[].unitPrice</c>: in every item of <c>lines</c>) is lifted to <c>{amount, currency}</c>. The stored
/// JSON numbers are kept as they are, so no digit is lost or rounded on the way.
/// </remarks>
public static class StoredMoneyShapes
{
    /// <summary>Makes the logistics store read both shapes; called once, where the store is configured.</summary>
    public static void Register(StoreOptions options) =>
        ((SystemTextJsonSerializer)options.Serializer()).Configure(json =>
        {
            json.Converters.Add(new OldShapeReader<OrderReceipt>("lines[].unitPrice"));
            json.Converters.Add(new OldShapeReader<OrderDetails>("lines[].unitPrice", "total"));
            json.Converters.Add(new OldShapeReader<ReimbursementClaim>("unitCost", "amountClaimed"));
        });

    /// <summary>Lifts, in an object of the old shape, every amount named by <paramref name="amounts"/>; false for the current shape.</summary>
    public static bool Lift(JsonObject record, IEnumerable<string> amounts)
    {
        if (record["currency"] is not JsonValue currencyValue || !currencyValue.TryGetValue<string>(out var currency)) return false;
        record.Remove("currency");
        foreach (var path in amounts) Lift(record, path.Split('.'), currency);
        return true;
    }

    private static void Lift(JsonObject node, ReadOnlySpan<string> path, string currency)
    {
        var name = path[0];
        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            if (node[name[..^2]] is not JsonArray items) return;
            foreach (var item in items.OfType<JsonObject>()) Lift(item, path[1..], currency);
        }
        else if (path.Length > 1)
        {
            if (node[name] is JsonObject inner) Lift(inner, path[1..], currency);
        }
        else if (node[name] is JsonValue amount)
            node[name] = new JsonObject { ["amount"] = amount.DeepClone(), ["currency"] = currency };
    }

    private sealed class OldShapeReader<T>(params string[] amounts) : JsonConverter<T> where T : class
    {
        private JsonSerializerOptions? _withoutMe;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (JsonNode.Parse(ref reader) is not JsonObject record) return null;
            Lift(record, amounts);
            return record.Deserialize<T>(WithoutMe(options));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, WithoutMe(options));

        /// <summary>The store's own options less this reader, for the record's ordinary (de)serialisation.</summary>
        private JsonSerializerOptions WithoutMe(JsonSerializerOptions options)
        {
            if (_withoutMe is { } cached) return cached;
            var copy = new JsonSerializerOptions(options);
            copy.Converters.Remove(this);
            return _withoutMe = copy;
        }
    }
}
