using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Ops.Shared.Validation;

/// <summary>A list's largest allowed size; the OpenAPI document reads it as the list's <c>maxItems</c>.</summary>
public interface IMaximumCountValidator
{
    int Max { get; }
}

/// <summary>A list holds at most <see cref="Max"/> items (an absent list is left to <c>NotNull</c>).</summary>
public sealed class MaximumCountValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaximumCountValidator
    where TCollection : IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaximumCountValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null) return true;
        var count = value is ICollection collection ? collection.Count : value.Cast<object?>().Count();
        context.MessageFormatter.AppendArgument("MaxCount", Max);
        return count <= Max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => Bilingual.Pick(
        "'{PropertyName}' may hold at most {MaxCount} items.", "“{PropertyName}”最多只能有 {MaxCount} 项。");
}

public static class CountRules
{
    /// <summary>At most <paramref name="max"/> items: the bound a client sees as <c>maxItems</c>.</summary>
    public static IRuleBuilderOptions<T, TCollection> MaximumCount<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaximumCountValidator<T, TCollection>(max));
}
