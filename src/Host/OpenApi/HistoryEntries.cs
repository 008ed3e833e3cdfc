using Marten;
using NJsonSchema;
using NSwag;
using Ops.Shared.Audit;
using Ops.Shared.Modules;

namespace Ops.Host.OpenApi;

/// <summary>
/// A history operation answers <see cref="HistoryEntry"/> items whose <c>data</c> is typed by their <c>type</c>. The
/// document says so per module: <c>{Module}HistoryEntry</c> is a <c>oneOf</c> discriminated by <c>type</c> over one
/// <c>{Event}HistoryEntry</c> per event type the module's store knows (the entry with <c>type</c> fixed to the event's
/// stored name and <c>data</c> the event's own schema), so a generated client needs no untyped <c>data</c>.
/// </summary>
internal sealed class HistoryEntries(IServiceProvider services)
{
    public static bool Describe(EndpointShape endpoint) => HistoryEndpoints.IsHistoryEndpoint(endpoint.Definition.EndpointType);

    public JsonSchema ListSchema(EndpointShape endpoint, Schemas schemas, OpenApiDocument document)
    {
        var module = services.GetServices<OpsModule>().Single(m => m.Assembly == endpoint.Definition.EndpointType.Assembly);
        var name = $"{module.Tag}HistoryEntry";
        if (!document.Components.Schemas.TryGetValue(name, out var union))
        {
            union = Union(module, schemas, document);
            document.Components.Schemas[name] = union;
        }
        return new JsonSchema { Type = JsonObjectType.Array, Item = new JsonSchema { Reference = union } };
    }

    private JsonSchema Union(OpsModule module, Schemas schemas, OpenApiDocument document)
    {
        var store = services.GetServices<ModuleStoreRegistration>().Single(r => r.Module == module.Name).Resolve(services);
        var entry = schemas.For(typeof(HistoryEntry)).ActualSchema;
        var union = new JsonSchema
        {
            Description = $"One event of the {module.Tag} module as history shows it; `type` says which `data` it carries.",
            DiscriminatorObject = new OpenApiDiscriminator { PropertyName = "type" },
        };
        var events = store.Options.Events.AllKnownEventTypes()
            .Where(e => e.EventType.Assembly == module.Assembly && HistoryAttribute.Of(e.EventType) is not null)
            .OrderBy(e => e.EventTypeName, StringComparer.Ordinal);
        foreach (var e in events)
        {
            var variant = Variant(entry, e.EventTypeName, schemas.For(e.EventType).ActualSchema, HistoryAttribute.Of(e.EventType)!);
            var name = $"{e.EventType.Name}HistoryEntry";
            if (document.Components.Schemas.ContainsKey(name))
                throw new InvalidOperationException($"Two modules declare an event named {e.EventType.Name}: rename one before it is stored.");
            document.Components.Schemas[name] = variant;
            union.OneOf.Add(new JsonSchema { Reference = variant });
            union.DiscriminatorObject.Mapping[e.EventTypeName] = new JsonSchema { Reference = variant };
        }
        return union;
    }

    private static JsonSchema Variant(JsonSchema entry, string alias, JsonSchema data, HistoryAttribute history)
    {
        var own = new JsonSchema { Type = JsonObjectType.Object };
        own.Properties["type"] = new JsonSchemaProperty { Type = JsonObjectType.String, Enumeration = { alias } };
        own.Properties["data"] = new JsonSchemaProperty { Reference = data };
        own.RequiredProperties.Add("type");
        own.RequiredProperties.Add("data");
        return new JsonSchema { Description = $"{history.Title} ({history.ChineseTitle}).", AllOf = { new JsonSchema { Reference = entry }, own } };
    }
}
