using NJsonSchema;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ops.Host.OpenApi;

/// <summary>
/// In what a client sends, <c>required</c> means what the validator requires, nothing more: a property it can leave
/// out (the server takes the default) is optional, even when its C# type cannot be null. Schemas the API also answers
/// with keep <see cref="RequiredProperties"/>' rule, because the server always sends those properties.
/// </summary>
internal sealed class OptionalInputs : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var operations = context.Document.Operations.Select(o => o.Operation).ToList();
        var answered = Reachable(operations.SelectMany(o => o.Responses.Values).SelectMany(r => r.Content.Values).Select(c => c.Schema));
        var sent = Reachable(operations.Where(o => o.RequestBody is not null).SelectMany(o => o.RequestBody.Content.Values).Select(c => c.Schema));

        foreach (var schema in sent.Where(s => !answered.Contains(s)))
        {
            if (ValidatorRules.RequiredIn(schema) is not { } required) continue;
            foreach (var name in schema.RequiredProperties.Where(n => !required.Contains(n)).ToList())
                schema.RequiredProperties.Remove(name);
        }
    }

    /// <summary>Every object schema reachable from <paramref name="roots"/> through references, properties and items.</summary>
    private static HashSet<JsonSchema> Reachable(IEnumerable<JsonSchema?> roots)
    {
        var seen = new HashSet<JsonSchema>();
        var pending = new Stack<JsonSchema>(roots.OfType<JsonSchema>());
        while (pending.TryPop(out var next))
        {
            var schema = next.ActualSchema;
            if (!seen.Add(schema)) continue;
            foreach (var child in schema.ActualProperties.Values.Cast<JsonSchema>()
                         .Concat(schema.OneOf).Concat(schema.AllOf).Concat(schema.AnyOf)
                         .Concat(schema.Item is { } item ? [item] : [])
                         .Concat(schema.AdditionalPropertiesSchema is { } extra ? [extra] : []))
                pending.Push(child);
        }
        return seen;
    }
}
