using FluentValidation;
using FluentValidation.Validators;

namespace Ops.Shared.Validation;

/// <summary>A text that must be one of a fixed list; the OpenAPI document reads the list as the value's <c>enum</c>.</summary>
public interface IAllowedValuesValidator
{
    IReadOnlyList<string> Allowed { get; }
}

/// <summary>Absent, or exactly one of <see cref="Allowed"/> (case-sensitive, as the values are written in the document).</summary>
public sealed class AllowedValuesValidator<T>(IReadOnlyList<string> allowed) : PropertyValidator<T, string?>, IAllowedValuesValidator
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Name => "AllowedValuesValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        context.MessageFormatter.AppendArgument("Allowed", string.Join(", ", Allowed));
        return value is null || Allowed.Contains(value);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => Bilingual.Pick(
        "'{PropertyName}' must be one of: {Allowed}.", "“{PropertyName}”须为以下之一：{Allowed}。");
}

public static class AllowedValuesRules
{
    /// <summary>Absent or one of <paramref name="allowed"/>: the values a client sees as the parameter's <c>enum</c>.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> allowed) =>
        rule.SetValidator(new AllowedValuesValidator<T>(allowed));
}
