using FluentValidation;
using Ops.Shared;

namespace Ops.Listing.Promotions;

/// <summary>
/// An amount in a currency named by its ISO 4217 code (<c>USD</c>). Never floating point. The same shape as
/// selection's Money: a candidate for Shared, kept here until it moves.
/// </summary>
public sealed record Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);
}

/// <summary>A three-letter, upper-case currency code and an amount in cents at most; positive unless zero is allowed.</summary>
public sealed class MoneyValidator : AbstractValidator<Money>
{
    public MoneyValidator(bool allowZero = false)
    {
        var amount = RuleFor(m => m.Amount).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        if (allowZero) amount.GreaterThanOrEqualTo(0);
        else amount.GreaterThan(0);
        RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$")
            .WithMessage(_ => Bilingual.Pick("Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.",
                "币种须为 ISO 4217 代码：三个大写字母，例如 USD。"));
    }
}
