using FluentValidation;

namespace Ops.Shared;

/// <summary>An amount in a currency named by its ISO 4217 code (<c>USD</c>). Never floating point (PRODUCT.md §12).</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);
}

/// <summary>
/// A three-letter, upper-case currency code and an amount: positive unless zero is allowed, and with at most
/// <c>decimals</c> places (2 for amounts that are paid, more for unit costs that are averaged).
/// </summary>
public sealed class MoneyValidator : AbstractValidator<Money>
{
    public MoneyValidator(bool allowZero = false, int decimals = 4)
    {
        var amount = RuleFor(m => m.Amount).PrecisionScale(18, decimals, ignoreTrailingZeros: true);
        if (allowZero) amount.GreaterThanOrEqualTo(0);
        else amount.GreaterThan(0);
        RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$")
            .WithMessage(_ => Bilingual.Pick("Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.",
                "币种须为 ISO 4217 代码：三个大写字母，例如 USD。"));
    }
}
