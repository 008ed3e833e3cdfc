using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ops.Shared.Settings;

namespace Ops.Shared.Http;

/// <summary>
/// How every request body is read, so the body means exactly what the document says (ADR 0003):
/// a field the request does not have is refused, not ignored; a <c>null</c> (or a missing value) where the request
/// type has a non-nullable object, array or string is a field error, never a null reaching a handler; an empty body
/// reads as <c>{}</c>, so an action that needs no body accepts none and one that does names the fields it misses; a
/// settings PUT replaces the whole record, so every field of it must be sent. All failures of a body are reported
/// together, each under its field as sent (<c>holidays[0].name</c>), in our words, never the serializer's.
/// </summary>
public static class RequestJson
{
    /// <summary>The field a failure of the whole body is reported under.</summary>
    public const string BodyField = "body";

    private const string FailuresKey = "ops.request-body-failures";
    private const int MaxDepth = 64;

    /// <summary>
    /// The request side of <see cref="JsonSerializerOptionsProvider.Options"/>: unknown members are refused. Responses
    /// and Marten's stored events keep their own, lenient options.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = Options.PropertyNameCaseInsensitive };
    private static readonly ConcurrentDictionary<MemberInfo, bool> NullAllowed = new();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = JsonSerializerOptionsProvider.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    /// <summary>FastEndpoints' request deserializer (<c>c.Serializer.RequestDeserializer</c>).</summary>
    public static async ValueTask<object?> DeserializeAsync(HttpRequest request, Type type, JsonSerializerContext? _, CancellationToken ct)
    {
        var node = await ParseAsync(request, ct);
        var failures = new List<ValidationFailure>();
        if (node is null)
            failures.Add(new(BodyField, Bilingual.Pick("Send a JSON object; null is not a request.", "请发送 JSON 对象，null 不是有效请求。")));
        else
        {
            var whole = typeof(IPolicySettings).IsAssignableFrom(type);
            FindUnknownAndMissing(node, Options.GetTypeInfo(type), "", whole, failures, 0);
        }
        if (failures.Count > 0) throw Refuse(request.HttpContext, failures);

        object? value;
        try
        {
            value = node!.Deserialize(type, Options);
        }
        catch (JsonException e)
        {
            throw Refuse(request.HttpContext, [new(FieldOf(e.Path), Bilingual.Pick("Not a valid value for this field.", "此字段的值无效。"))]);
        }

        if (value is not null) FindNulls(value, Options.GetTypeInfo(type), "", request.RouteValues, failures, 0);
        if (failures.Count > 0) throw Refuse(request.HttpContext, failures);
        return value;
    }

    /// <summary>FastEndpoints' <c>JsonExceptionTransformer</c>: the first failure; the others wait in <see cref="TakeFailures"/>.</summary>
    public static ValidationFailure Transform(JsonException exception) => exception is RequestBodyException refused
        ? refused.Failures[0]
        : new ValidationFailure(FieldOf(exception.Path), Bilingual.Pick("Not valid JSON here.", "此处不是有效的 JSON。"));

    /// <summary>Every failure of this request's body, for the problem that reports them.</summary>
    public static IReadOnlyList<ValidationFailure> TakeFailures(HttpContext http) =>
        http.Items.Remove(FailuresKey, out var stashed) && stashed is List<ValidationFailure> failures ? failures : [];

    private static async Task<JsonNode?> ParseAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            return new JsonObject(NodeOptions);
        buffer.Position = 0;
        try
        {
            return await JsonNode.ParseAsync(buffer, NodeOptions, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw Refuse(request.HttpContext,
                [new(FieldOf(e.Path), Bilingual.Pick($"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).",
                    $"请求体不是有效的 JSON（第 {e.LineNumber + 1} 行，第 {e.BytePositionInLine + 1} 个字节）。"))]);
        }
    }

    private static RequestBodyException Refuse(HttpContext http, List<ValidationFailure> failures)
    {
        http.Items[FailuresKey] = failures;
        return new RequestBodyException(failures);
    }

    private static void FindUnknownAndMissing(JsonNode? node, JsonTypeInfo info, string path, bool whole,
        List<ValidationFailure> failures, int depth)
    {
        if (node is null || depth > MaxDepth) return;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject json:
                foreach (var (name, value) in json)
                {
                    var property = Find(info, name);
                    if (property is null)
                        failures.Add(new(Join(path, name), Bilingual.Pick($"This request has no field '{name}'.", $"此请求没有字段“{name}”。")));
                    else
                        FindUnknownAndMissing(value, Options.GetTypeInfo(property.PropertyType), Join(path, property.Name), whole, failures, depth + 1);
                }
                if (whole)
                    foreach (var property in info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
                        if (!json.ContainsKey(property.Name))
                            failures.Add(new(Join(path, property.Name), Bilingual.Pick("Required: a PUT replaces the whole record, so every field is sent.", "必填：PUT 替换整条记录，须发送每个字段。")));
                return;
            case JsonTypeInfoKind.Enumerable when node is JsonArray items && info.ElementType is { } itemType:
                var itemInfo = Options.GetTypeInfo(itemType);
                for (var i = 0; i < items.Count; i++)
                    FindUnknownAndMissing(items[i], itemInfo, $"{path}[{i}]", whole, failures, depth + 1);
                return;
            case JsonTypeInfoKind.Dictionary when node is JsonObject entries && info.ElementType is { } valueType:
                var valueInfo = Options.GetTypeInfo(valueType);
                foreach (var (key, value) in entries)
                    FindUnknownAndMissing(value, valueInfo, Join(path, key), whole, failures, depth + 1);
                return;
        }
    }

    private static void FindNulls(object value, JsonTypeInfo info, string path, RouteValueDictionary route,
        List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth) return;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get is null) continue;
                    // Filled in after the body is read (/keywords/{keyword}), so not the body's to send.
                    if (depth == 0 && route.Keys.Any(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase))) continue;
                    var field = Join(path, property.Name);
                    var member = property.Get(value);
                    if (member is null)
                    {
                        if (!AllowsNull(property)) failures.Add(new(field, Bilingual.Pick("Required: send a value, not null.", "必填：请提供值，不能为 null。")));
                        continue;
                    }
                    Descend(member, property.PropertyType, field, route, failures, depth);
                }
                return;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items && info.ElementType is { } itemType:
                var index = 0;
                foreach (var item in items)
                {
                    var field = $"{path}[{index++}]";
                    if (item is null)
                    {
                        if (!IsNullableValue(itemType)) failures.Add(new(field, Bilingual.Pick("Required: send a value, not null.", "必填：请提供值，不能为 null。")));
                        continue;
                    }
                    Descend(item, itemType, field, route, failures, depth);
                }
                return;
        }
    }

    private static void Descend(object value, Type declared, string field, RouteValueDictionary route, List<ValidationFailure> failures, int depth)
    {
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string) return;
        FindNulls(value, Options.GetTypeInfo(declared), field, route, failures, depth + 1);
    }

    /// <summary>A nullable value type, or a reference the request type annotates as nullable (<c>string?</c>).</summary>
    private static bool AllowsNull(JsonPropertyInfo property)
    {
        if (property.PropertyType.IsValueType) return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        return property.AttributeProvider is not MemberInfo member || NullAllowed.GetOrAdd(member, static m =>
        {
            var context = new NullabilityInfoContext();
            var info = m switch
            {
                PropertyInfo p => context.Create(p),
                FieldInfo f => context.Create(f),
                _ => null,
            };
            return info is null || info.WriteState != NullabilityState.NotNull;
        });
    }

    // Collection items: a null is refused unless the item type is a nullable value; our requests have no nullable items.
    private static bool IsNullableValue(Type type) => Nullable.GetUnderlyingType(type) is not null;

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        var comparison = Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, comparison));
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary><c>$.holidays[0].name</c> → <c>holidays[0].name</c>; the body itself → <see cref="BodyField"/>.</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" => BodyField,
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ when jsonPath.StartsWith('$') && jsonPath.Length > 1 => jsonPath[1..],
        _ => jsonPath,
    };
}

/// <summary>A body refused by <see cref="RequestJson"/>; FastEndpoints turns it into a 400 with every failure.</summary>
public sealed class RequestBodyException(IReadOnlyList<ValidationFailure> failures)
    : JsonException("The request body is not valid for this request.")
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;
}
