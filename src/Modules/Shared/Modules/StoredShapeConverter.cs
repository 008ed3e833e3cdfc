using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using Marten.Services;

namespace Ops.Shared.Modules;

/// <summary>
/// Reads a type a module's store holds in an older stored shape as well as in its current one, and always writes the
/// current one (ADR 0012). Events are stored forever and documents until their record next changes, so an old shape is
/// read as long as the store lives; nothing is rewritten in the database. A subclass says how an old shape becomes the
/// current one, on the stored JSON, before the type's ordinary deserialisation; amounts keep their stored JSON numbers.
/// </summary>
public abstract class StoredShapeConverter<T> : JsonConverter<T> where T : class
{
    private JsonSerializerOptions? _withoutMe;

    /// <summary>Brings <paramref name="stored"/> to the current shape in place when it is in an older one; leaves the current shape alone.</summary>
    protected abstract void Upgrade(JsonObject stored);

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject stored) return null;
        Upgrade(stored);
        return stored.Deserialize<T>(WithoutMe(options));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, WithoutMe(options));

    /// <summary>Makes the store read both shapes; called once, where the module's store is configured.</summary>
    protected static void Register(StoreOptions options, StoredShapeConverter<T> converter) =>
        ((SystemTextJsonSerializer)options.Serializer()).Configure(json => json.Converters.Add(converter));

    /// <summary>The store's own options less this converter, for the type's ordinary (de)serialisation.</summary>
    private JsonSerializerOptions WithoutMe(JsonSerializerOptions options)
    {
        if (_withoutMe is { } cached) return cached;
        var copy = new JsonSerializerOptions(options);
        copy.Converters.Remove(this);
        return _withoutMe = copy;
    }
}
