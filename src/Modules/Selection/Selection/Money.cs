using FluentValidation;
using Ops.Shared;

namespace Ops.Selection;

/// <summary>An amount in a currency named by its ISO 4217 code (<c>USD</c>). Never floating point.</summary>
public sealed record Money(decimal Amount, string Currency);

/// <summary>A positive amount (or zero, with <c>allowZero</c>) with a three-letter, upper-case currency code.</summary>
public sealed class MoneyValidator : AbstractValidator<Money>
{
    public MoneyValidator(bool allowZero = false)
    {
        if (allowZero) RuleFor(m => m.Amount).GreaterThanOrEqualTo(0);
        else RuleFor(m => m.Amount).GreaterThan(0);
        RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$")
            .WithMessage(_ => Bilingual.Pick("Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.",
                "币种须为 ISO 4217 代码：三个大写字母，例如 USD。"));
    }
}
