using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json;
using NJsonSchema.Generation;

namespace Ops.Host.OpenApi;

/// <summary>
/// A property the API never leaves out is <c>required</c> in its schema: every non-nullable property (value types
/// that are not <c>Nullable&lt;T&gt;</c>, reference types not annotated <c>?</c>). Generated clients then type them as
/// present instead of optional; nullable ones stay optional.
/// </summary>
public sealed class RequiredProperties : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        var type = context.ContextualType.Type;
        if (context.Schema.ActualProperties.Count == 0 || type.IsEnum) return;

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            // The generator may have marked it already (and runs processors per use of a type): add each name once.
            if (!context.Schema.ActualProperties.ContainsKey(name) || !IsRequired(property) || context.Schema.RequiredProperties.Contains(name)) continue;
            context.Schema.RequiredProperties.Add(name);
        }
    }

    /// <summary>Also used for request bodies built from part of a DTO, so both agree.</summary>
    public static bool IsRequired(PropertyInfo property) =>
        property.IsDefined(typeof(RequiredMemberAttribute)) || property.IsDefined(typeof(JsonRequiredAttribute))
        || property.IsDefined(typeof(RequiredAttribute)) || IsNeverNull(property);

    private static bool IsNeverNull(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is null
            : new NullabilityInfoContext().Create(property).ReadState == NullabilityState.NotNull;
}
