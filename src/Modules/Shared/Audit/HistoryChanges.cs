using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ops.Shared.Audit;

/// <summary>
/// One field of a record that an event changed: <see cref="Field"/> is its path in the record as the API shows it
/// (<c>status</c>, <c>contact.email</c>, <c>documents.status</c>). A value that was set or replaced has
/// <see cref="Before"/> and <see cref="After"/> (either may be null: not set); a list says which items it gained
/// (<see cref="Added"/>) and lost (<see cref="Removed"/>); a change inside one item of a list names that item in
/// <see cref="Item"/> (its name, title or number, as the record shows it).
/// </summary>
public sealed record HistoryChange(
    string Field,
    JsonElement? Before = null,
    JsonElement? After = null,
    string? Item = null,
    IReadOnlyList<JsonElement>? Added = null,
    IReadOnlyList<JsonElement>? Removed = null);

/// <summary>
/// What changed between two states of a record, compared as the JSON the API sends: top-level fields, nested objects
/// field by field, lists by the items they gained and lost (items with an id are matched by it, and a matched item's
/// own changes are listed under the list's name). The record's <c>version</c> (every event changes it) and <c>id</c> (none does) are left out.
/// </summary>
public static class HistoryDiff
{
    private const int MaxDepth = 4;

    /// <summary>The properties that never count as a change of the record.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "version", "id" };

    /// <summary>Names of properties that say what an item is, in the order they are preferred.</summary>
    private static readonly string[] LabelProperties = ["name", "title", "label", "number", "sku", "description", "kind", "reason"];

    public static IReadOnlyList<HistoryChange> Between(JsonNode? before, JsonNode? after)
    {
        var changes = new List<HistoryChange>();
        CompareObjects("", before as JsonObject ?? [], after as JsonObject ?? [], item: null, depth: 0, changes, top: true);
        return changes;
    }

    private static void CompareObjects(string path, JsonObject before, JsonObject after, string? item, int depth, List<HistoryChange> changes, bool top = false)
    {
        var names = after.Select(p => p.Key).Concat(before.Select(p => p.Key).Where(k => !after.ContainsKey(k)));
        foreach (var name in names)
        {
            if (top && Ignored.Contains(name)) continue;
            Compare(path.Length == 0 ? name : $"{path}.{name}", before[name], after[name], item, depth + 1, changes);
        }
    }

    private static void Compare(string field, JsonNode? before, JsonNode? after, string? item, int depth, List<HistoryChange> changes)
    {
        if (JsonNode.DeepEquals(before, after)) return;
        if (IsEmpty(before) && IsEmpty(after)) return;
        // A field that appears (on the first event, or in a newer shape) with nothing in it yet changed nothing.
        if (before is null && IsDefault(after) || after is null && IsDefault(before)) return;

        if (before is JsonArray && after is JsonArray || before is JsonArray && IsEmpty(after) || IsEmpty(before) && after is JsonArray)
        {
            CompareLists(field, before as JsonArray ?? [], after as JsonArray ?? [], item, depth, changes);
            return;
        }
        // An object set, replaced or cleared changes field by field (a record set where there was none: each of its fields).
        if (before is JsonObject or null && after is JsonObject or null && depth < MaxDepth && !IsMoney(before) && !IsMoney(after))
        {
            CompareObjects(field, before as JsonObject ?? [], after as JsonObject ?? [], item, depth, changes);
            return;
        }
        changes.Add(new HistoryChange(field, Element(before), Element(after), item));
    }

    private static void CompareLists(string field, JsonArray before, JsonArray after, string? item, int depth, List<HistoryChange> changes)
    {
        if (KeyOf(before, after) is { } key)
        {
            var beforeByKey = before.OfType<JsonObject>().ToDictionary(o => o[key]!.ToJsonString());
            var afterByKey = after.OfType<JsonObject>().ToDictionary(o => o[key]!.ToJsonString());
            var added = after.OfType<JsonObject>().Where(o => !beforeByKey.ContainsKey(o[key]!.ToJsonString())).ToList();
            var removed = before.OfType<JsonObject>().Where(o => !afterByKey.ContainsKey(o[key]!.ToJsonString())).ToList();
            if (added.Count > 0 || removed.Count > 0)
                changes.Add(new HistoryChange(field, Item: item, Added: [.. added.Select(o => Element(o)!.Value)], Removed: [.. removed.Select(o => Element(o)!.Value)]));
            foreach (var (id, kept) in afterByKey)
                if (beforeByKey.TryGetValue(id, out var earlier) && !JsonNode.DeepEquals(earlier, kept))
                    CompareObjects(field, earlier, kept, LabelOf(kept) ?? LabelOf(earlier), depth, changes);
            return;
        }

        // Without ids, items are compared whole: what the list holds more of, and less of.
        var remaining = before.Select(n => n?.ToJsonString() ?? "null").GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var gained = new List<JsonElement>();
        foreach (var node in after)
        {
            var text = node?.ToJsonString() ?? "null";
            if (remaining.TryGetValue(text, out var count) && count > 0) remaining[text] = count - 1;
            else gained.Add(Element(node) ?? JsonSerializer.SerializeToElement<object?>(null));
        }
        var lost = remaining.Where(r => r.Value > 0).SelectMany(r => Enumerable.Repeat(r.Key, r.Value))
            .Select(text => JsonDocument.Parse(text).RootElement.Clone()).ToList();
        if (gained.Count > 0 || lost.Count > 0) changes.Add(new HistoryChange(field, Item: item, Added: gained, Removed: lost));
    }

    /// <summary>
    /// The property that identifies the list's items: <c>id</c> or the first one named <c>…Id</c>, present and distinct
    /// in every item on both sides. Null when the items are not objects or carry no such property.
    /// </summary>
    private static string? KeyOf(JsonArray before, JsonArray after)
    {
        var items = before.Concat(after).ToList();
        if (items.Count == 0 || items.Any(i => i is not JsonObject)) return null;
        var candidates = ((JsonObject)items[0]!).Select(p => p.Key)
            .Where(k => k == "id" || k.Length > 2 && k.EndsWith("Id", StringComparison.Ordinal));
        return candidates.FirstOrDefault(k => Distinct(before, k) && Distinct(after, k));
    }

    private static bool Distinct(JsonArray items, string key)
    {
        var values = items.Select(i => ((JsonObject)i!)[key]).ToList();
        return values.All(v => v is JsonValue) && values.Select(v => v!.ToJsonString()).Distinct().Count() == values.Count;
    }

    /// <summary>How a list item is named to people: its first text among <see cref="LabelProperties"/>.</summary>
    public static string? LabelOf(JsonObject item) =>
        LabelProperties.Select(p => item[p]).OfType<JsonValue>()
            .Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>An amount in a currency (<see cref="Money"/>) is one value, not two fields.</summary>
    private static bool IsMoney(JsonNode? node) => node is JsonObject { Count: 2 } o && o.ContainsKey("amount") && o.ContainsKey("currency");

    private static bool IsEmpty(JsonNode? node) => node is null || node is JsonArray { Count: 0 };

    /// <summary>Nothing, no items, false, zero or an empty text, or an object holding only such values.</summary>
    private static bool IsDefault(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.All(p => IsDefault(p.Value)),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => true,
            JsonValueKind.Number => v.TryGetValue<decimal>(out var number) && number == 0,
            JsonValueKind.String => v.GetValue<string>().Length == 0,
            _ => false,
        },
        _ => false,
    };

    private static JsonElement? Element(JsonNode? node) => node is null ? null : JsonSerializer.SerializeToElement(node);
}
