using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using NJsonSchema;
using Ops.Shared.Validation;

namespace Ops.Host.OpenApi;

/// <summary>
/// Writes what a request's FluentValidation validator enforces into the schema a client reads, so the document and
/// the validator cannot disagree: <c>NotNull</c>/<c>NotEmpty</c> → <c>required</c> and not <c>nullable</c>;
/// lengths → <c>minLength</c>/<c>maxLength</c>; <c>MaximumCount</c> → <c>maxItems</c>; comparisons with a constant and
/// <c>InclusiveBetween</c> → <c>minimum</c>/<c>maximum</c>; <c>Matches</c> → <c>pattern</c>; <c>OneOf</c> → <c>enum</c>. Child validators
/// (<c>SetValidator</c>, <c>ChildRules</c>, <c>Include</c>) and <c>RuleForEach</c> are followed into the nested schemas.
/// A rule under a condition (<c>When</c>) still bounds the value but does not make it required.
/// </summary>
internal static class ValidatorRules
{
    /// <summary>An object whose properties rules address by name: a schema, or the query parameters of an operation.</summary>
    public interface ITarget
    {
        JsonSchema? Property(string name);
        void Require(string name);
    }

    public sealed class SchemaTarget(JsonSchema schema) : ITarget
    {
        private readonly HashSet<string> _required = RequiredByValidators.GetValue(schema, _ => []);

        public JsonSchema? Property(string name) => schema.ActualProperties.GetValueOrDefault(name);

        public void Require(string name)
        {
            _required.Add(name);
            if (!schema.RequiredProperties.Contains(name)) schema.RequiredProperties.Add(name);
        }
    }

    /// <summary>The schemas some validator has walked, each with the properties a validator requires in it.</summary>
    private static readonly ConditionalWeakTable<JsonSchema, HashSet<string>> RequiredByValidators = new();

    /// <summary>What the validators walking <paramref name="schema"/> require, or null when none walked it.</summary>
    public static IReadOnlySet<string>? RequiredIn(JsonSchema schema) =>
        RequiredByValidators.TryGetValue(schema, out var required) ? required : null;

    /// <summary>Query parameters: an absent value keeps its default, so nothing there is required; bounds still apply.</summary>
    public sealed class ParametersTarget(IReadOnlyDictionary<string, JsonSchema> parameters) : ITarget
    {
        public JsonSchema? Property(string name) => parameters.GetValueOrDefault(name);
        public void Require(string name) { }
    }

    public static void Apply(IValidator validator, ITarget target) => Apply(validator, target, []);

    private static void Apply(IValidator validator, ITarget target, HashSet<(IValidator, ITarget)> seen)
    {
        if (!seen.Add((validator, target))) return;
        if (target is SchemaTarget)
            foreach (var name in RefusedWhenLeftOut(validator).Where(n => target.Property(n) is not null))
                target.Require(name);
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule.PropertyName is null)
            {
                // Include(...): the included validator's rules address the same object.
                foreach (var child in rule.Components.Select(c => ChildValidator(c.Validator)).OfType<IValidator>())
                    Apply(child, target, seen);
                continue;
            }
            if (rule.PropertyName.Contains('.')) continue; // RuleFor(r => r.A.B): a cross-field check, not the shape of A

            var name = JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName);
            if (target.Property(name) is not { } property) continue;

            var isEach = IsCollectionRule(rule);
            var value = isEach ? ItemsOf(property) : property;
            if (value is null) continue;

            foreach (var component in rule.Components)
            {
                var unconditional = !rule.HasCondition && !rule.HasAsyncCondition && !component.HasCondition && !component.HasAsyncCondition;
                switch (component.Validator)
                {
                    case INotNullValidator or INotEmptyValidator when !isEach && unconditional:
                        target.Require(name);
                        NotNullable(property);
                        if (component.Validator is INotEmptyValidator) AtLeastOne(property.ActualSchema);
                        break;
                    case INotNullValidator or INotEmptyValidator when isEach && unconditional:
                        NotNullable(value);
                        if (component.Validator is INotEmptyValidator) AtLeastOne(value.ActualSchema);
                        break;
                    case ILengthValidator length:
                        Length(value, length);
                        break;
                    case IMaximumCountValidator count:
                        MaxItems(value, count.Max);
                        break;
                    case IBetweenValidator between:
                        Minimum(value, between.From, exclusive: between is not IInclusiveBetweenValidator);
                        Maximum(value, between.To, exclusive: between is not IInclusiveBetweenValidator);
                        break;
                    case IComparisonValidator { ValueToCompare: { } bound } comparison:
                        Compare(value, comparison.Comparison, bound);
                        break;
                    case IRegularExpressionValidator { Expression: { } pattern } when IsString(value):
                        value.Pattern ??= pattern;
                        break;
                    case IAllowedValuesValidator allowed when IsString(value) && value.Enumeration.Count == 0:
                        foreach (var v in allowed.Allowed) value.Enumeration.Add(v);
                        break;
                    case var other when ChildValidator(other) is { } child:
                        if (value.ActualSchema.ActualProperties.Count > 0)
                            Apply(child, new SchemaTarget(value.ActualSchema), seen);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Properties the validator refuses when a client leaves them out, found by validating the request as it is when
    /// nothing is sent (its defaults): <c>GreaterThan(0)</c> on a count, <c>Must(IsMonth)</c> on a string whose default is
    /// empty. They are required although no <c>NotNull</c> says so. Types without a parameterless constructor, and
    /// validators that cannot run outside a request, are left to the rules alone.
    /// </summary>
    private static IEnumerable<string> RefusedWhenLeftOut(IValidator validator)
    {
        var validated = validator.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))?.GetGenericArguments()[0];
        if (validated?.GetConstructor(Type.EmptyTypes) is not { } constructor) return [];
        try
        {
            var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(validated), constructor.Invoke(null))!;
            return validator.Validate(context).Errors
                .Select(e => e.PropertyName.Split('.', '[')[0])
                .Where(n => n.Length > 0)
                .Select(JsonNamingPolicy.CamelCase.ConvertName)
                .Distinct()
                .ToList();
        }
        catch (Exception) // a rule that needs a running request (a scoped service): the rules alone say what is required
        {
            return [];
        }
    }

    /// <summary>
    /// The validator a <c>SetValidator</c>, <c>ChildRules</c> or <c>Include</c> hands the value to, which the adaptor
    /// keeps in a private field (its <c>GetValidator</c> needs a running validation). A validator chosen per value
    /// (<c>SetValidator(x =&gt; …)</c>) has none and cannot be described.
    /// </summary>
    private static IValidator? ChildValidator(IPropertyValidator validator)
    {
        if (validator is not IChildValidatorAdaptor) return null;
        for (var type = validator.GetType(); type is not null; type = type.BaseType)
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                if (typeof(IValidator).IsAssignableFrom(field.FieldType) && field.GetValue(validator) is IValidator child)
                    return child;
        return null;
    }

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static JsonSchema? ItemsOf(JsonSchema property)
    {
        var array = property.ActualSchema.Type.HasFlag(JsonObjectType.Array) ? property.ActualSchema
            : property.OneOf.Select(s => s.ActualSchema).FirstOrDefault(s => s.Type.HasFlag(JsonObjectType.Array));
        return array?.Item;
    }

    /// <summary>
    /// The validator refuses null, so the document must not offer it. NJsonSchema writes a nullable reference as
    /// <c>nullable: true, oneOf: [{$ref}]</c>; a required one becomes the plain reference.
    /// </summary>
    private static void NotNullable(JsonSchema property)
    {
        property.IsNullableRaw = null;
        if (property.OneOf.Count == 1 && property.OneOf.Single().HasReference && property.Type == JsonObjectType.None)
        {
            property.Reference = property.OneOf.Single().Reference;
            property.OneOf.Clear();
        }
        if (property.Type.HasFlag(JsonObjectType.Null)) property.Type &= ~JsonObjectType.Null;
    }

    private static void AtLeastOne(JsonSchema schema)
    {
        if (IsString(schema)) schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
        else if (schema.Type.HasFlag(JsonObjectType.Array)) schema.MinItems = Math.Max(schema.MinItems, 1);
    }

    private static void Length(JsonSchema value, ILengthValidator length)
    {
        if (!IsString(value)) return;
        if (length.Max > 0) value.MaxLength = value.MaxLength is { } max ? Math.Max(max, length.Max) : length.Max;
        if (length.Min > 0) value.MinLength = Math.Max(value.MinLength ?? 0, length.Min);
    }

    private static void MaxItems(JsonSchema value, int max)
    {
        var array = value.ActualSchema.Type.HasFlag(JsonObjectType.Array) ? value.ActualSchema
            : value.OneOf.Select(s => s.ActualSchema).FirstOrDefault(s => s.Type.HasFlag(JsonObjectType.Array));
        if (array is null) return;
        array.MaxItems = array.MaxItems > 0 ? Math.Max(array.MaxItems, max) : max;
    }

    private static void Compare(JsonSchema value, Comparison comparison, object bound)
    {
        switch (comparison)
        {
            case Comparison.GreaterThan: Minimum(value, bound, exclusive: true); break;
            case Comparison.GreaterThanOrEqual: Minimum(value, bound, exclusive: false); break;
            case Comparison.LessThan: Maximum(value, bound, exclusive: true); break;
            case Comparison.LessThanOrEqual: Maximum(value, bound, exclusive: false); break;
        }
    }

    /// <summary>
    /// A schema used by several requests gets the loosest of their bounds: the document promises what every one of
    /// them accepts at least.
    /// </summary>
    private static void Minimum(JsonSchema value, object bound, bool exclusive)
    {
        if (!IsNumber(value) || AsDecimal(bound) is not { } minimum) return;
        if (value.Minimum is { } current && (current < minimum || current == minimum && !value.IsExclusiveMinimum)) return;
        value.Minimum = minimum;
        value.IsExclusiveMinimum = exclusive;
    }

    private static void Maximum(JsonSchema value, object bound, bool exclusive)
    {
        if (!IsNumber(value) || AsDecimal(bound) is not { } maximum) return;
        if (value.Maximum is { } current && (current > maximum || current == maximum && !value.IsExclusiveMaximum)) return;
        value.Maximum = maximum;
        value.IsExclusiveMaximum = exclusive;
    }

    private static decimal? AsDecimal(object bound) => bound switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(bound, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool IsString(JsonSchema schema) =>
        schema.Type.HasFlag(JsonObjectType.String) && schema.Enumeration.Count == 0 && !schema.HasReference;

    private static bool IsNumber(JsonSchema schema) =>
        !schema.HasReference && (schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number));
}
