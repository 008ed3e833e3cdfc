using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using NSwag;
using Ops.Shared.Audit;
using Ops.Shared.Modules;

namespace Host.Tests;

/// <summary>
/// The document types every history entry (ADR 0010): per module, <c>{Module}HistoryEntry</c> is a <c>oneOf</c>
/// discriminated by <c>type</c>, one variant per event the module's store holds, each fixing <c>type</c> to the event's
/// stored name and typing <c>data</c> as the event. Driven by the history endpoints the host maps and the events the
/// module stores register, so a new module or event is checked the day it is added.
/// </summary>
public sealed class OpenApiHistoryTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task each_modules_history_is_a_oneof_over_its_events_discriminated_by_type_with_data_typed_as_the_event()
    {
        var document = await Host.LoadOpenApiAsync();
        var modules = Host.Services.GetServices<OpsModule>().ToList();
        var stores = Host.Services.GetServices<ModuleStoreRegistration>().ToDictionary(r => r.Module, r => r.Resolve(Host.Services));
        var entry = Component(document, nameof(HistoryEntry));
        entry.RequiredProperties.ShouldContain("type");
        entry.RequiredProperties.ShouldContain("data");

        var historyEndpoints = Host.FastEndpoints().Where(e => HistoryEndpoints.IsHistoryEndpoint(e.Definition.EndpointType)).ToList();
        historyEndpoints.Count.ShouldBeGreaterThanOrEqualTo(12);
        var serving = historyEndpoints.GroupBy(e => modules.Single(m => m.Assembly == e.Definition.EndpointType.Assembly)).ToList();
        serving.Select(g => g.Key.Tag).ShouldBe(["Listing", "Logistics", "Organization", "Selection", "Service"], ignoreOrder: true);

        foreach (var (module, endpoints) in serving.Select(g => (g.Key, g.ToList())))
        {
            var unionName = $"{module.Tag}HistoryEntry";
            var union = Component(document, unionName);
            foreach (var endpoint in endpoints)
            {
                var list = document.OperationOf(endpoint).Responses["200"].Content["application/json"].Schema;
                list.Type.ShouldBe(JsonObjectType.Array, endpoint.ToString());
                NameOf(document, list.Item!.Reference).ShouldBe(unionName, endpoint.ToString());
            }

            // The union is only the choice: no properties of its own that a client could read without choosing.
            union.Properties.ShouldBeEmpty(unionName);
            union.AllOf.ShouldBeEmpty(unionName);
            union.DiscriminatorObject.ShouldNotBeNull(unionName);
            union.DiscriminatorObject.PropertyName.ShouldBe("type");

            var ours = stores[module.Name].Options.Events.AllKnownEventTypes().Where(e => HistoryAttribute.IsOurs(e.EventType)).ToList();
            // The settings' change events live in the module's store too, on the settings' own stream, which no history
            // endpoint serves (it answers only streams started as its record); every other event is the module's own.
            ours.Where(e => e.EventType.Assembly != module.Assembly).Select(e => e.EventType.Name)
                .ShouldAllBe(name => name == "PolicySettingsChanged`1", $"{module.Name} stores no other module's events");
            var events = ours.Where(e => e.EventType.Assembly == module.Assembly).ToList();
            events.ShouldNotBeEmpty(module.Name);
            union.OneOf.Select(v => NameOf(document, v.Reference)).ShouldBe(
                events.Select(e => $"{e.EventType.Name}HistoryEntry"), ignoreOrder: true, $"{unionName} offers one entry per event the store holds");
            union.DiscriminatorObject.Mapping.Keys.ShouldBe(events.Select(e => e.EventTypeName), ignoreOrder: true,
                $"{unionName} maps every stored event name");

            foreach (var e in events)
            {
                var variantName = $"{e.EventType.Name}HistoryEntry";
                var variant = Component(document, variantName);
                NameOf(document, union.DiscriminatorObject.Mapping[e.EventTypeName].Reference).ShouldBe(variantName);

                variant.AllOf.Count.ShouldBe(2, variantName);
                NameOf(document, variant.AllOf.First().Reference).ShouldBe(nameof(HistoryEntry), variantName);
                var own = variant.AllOf.Last();
                own.RequiredProperties.ShouldBe(["type", "data"], ignoreOrder: true, variantName);
                own.Properties["type"].Type.ShouldBe(JsonObjectType.String, variantName);
                own.Properties["type"].Enumeration.ShouldBe([e.EventTypeName], $"{variantName} fixes type to the stored name");

                var data = own.Properties["data"].Reference.ShouldNotBeNull($"{variantName}.data is a named schema");
                data.ActualProperties.Keys.ShouldBe(
                    e.EventType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)),
                    ignoreOrder: true, $"{variantName}.data has exactly {e.EventType.Name}'s fields");
            }
        }
    }

    private static JsonSchema Component(OpenApiDocument document, string name) =>
        document.Components.Schemas.TryGetValue(name, out var schema) ? schema : throw new ShouldAssertException($"no component schema {name}");

    private static string NameOf(OpenApiDocument document, JsonSchema? reference) =>
        reference is null ? "(inline, not a reference)" : document.Components.Schemas.Single(kv => ReferenceEquals(kv.Value, reference)).Key;
}
