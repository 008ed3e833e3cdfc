using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Ops.Selection.Candidates;

/// <summary>A unit's package as a client sends it: three sides and a weight, in centimetres and kilograms or inches and pounds.</summary>
public sealed record SizeRequest
{
    public decimal Length { get; init; }
    public decimal Width { get; init; }
    public decimal Height { get; init; }
    public decimal Weight { get; init; }
    public UnitSystem? UnitSystem { get; init; }

    public MeasuredSize ToMeasured() => new(Length, Width, Height, Weight, UnitSystem!.Value);
}

/// <summary>The numbers a profit estimate needs, as proposing a candidate and the what-if estimate both take them.</summary>
public interface IProfitNumbersRequest
{
    Money TargetPrice { get; }
    Money UnitCost { get; }
    Money ShippingPerUnit { get; }
    SizeRequest Size { get; }
    int ExpectedMonthlyUnits { get; }
    int FirstOrderQuantity { get; }
    int? DaysToSell { get; }
    int TransitDays { get; }
    int LeadTimeDays { get; }
}

public static class ProfitNumbersRequests
{
    /// <summary>Sides and weights beyond this are typing errors, whatever the unit.</summary>
    private const decimal MaxMeasure = 10_000;

    private const int MaxDays = 3650;

    public static ProfitInputs ToInputs(this IProfitNumbersRequest r) => new(r.TargetPrice, r.UnitCost, r.ShippingPerUnit,
        r.Size.ToMeasured().ToInchesAndPounds(), r.ExpectedMonthlyUnits, r.FirstOrderQuantity, r.DaysToSell, r.TransitDays, r.LeadTimeDays);

    /// <summary>
    /// Amounts positive (shipping may be 0), all in one currency, and that the fee table's: the estimate adds them up
    /// and compares them with the fee table and the investment limit.
    /// </summary>
    public static void IncludeProfitNumbers<T>(this Validator<T> validator) where T : class, IProfitNumbersRequest
    {
        validator.RuleFor(r => r.TargetPrice).NotNull().SetValidator(new MoneyValidator());
        validator.RuleFor(r => r.UnitCost).NotNull().SetValidator(new MoneyValidator());
        validator.RuleFor(r => r.ShippingPerUnit).NotNull().SetValidator(new MoneyValidator(allowZero: true));
        validator.RuleFor(r => r.TargetPrice.Currency)
            .MustAsync(async (currency, ct) => currency == await FeeTableCurrencyAsync(validator, ct))
            .When(r => r.TargetPrice is { Currency.Length: > 0 })
            .WithMessage(_ => Bilingual.Pick("Prices and costs must be in the fee table's currency (see the selection settings).",
                "价格和成本须使用费用表的币种（见选品设置）。"));
        validator.RuleFor(r => r.UnitCost.Currency).Equal(r => r.TargetPrice.Currency)
            .When(r => r is { UnitCost: not null, TargetPrice: not null })
            .WithMessage(_ => SameCurrency);
        validator.RuleFor(r => r.ShippingPerUnit.Currency).Equal(r => r.TargetPrice.Currency)
            .When(r => r is { ShippingPerUnit: not null, TargetPrice: not null })
            .WithMessage(_ => SameCurrency);

        validator.RuleFor(r => r.Size).NotNull().ChildRules(size =>
        {
            size.RuleFor(s => s.Length).GreaterThan(0).LessThanOrEqualTo(MaxMeasure);
            size.RuleFor(s => s.Width).GreaterThan(0).LessThanOrEqualTo(MaxMeasure);
            size.RuleFor(s => s.Height).GreaterThan(0).LessThanOrEqualTo(MaxMeasure);
            size.RuleFor(s => s.Weight).GreaterThan(0).LessThanOrEqualTo(MaxMeasure);
            size.RuleFor(s => s.UnitSystem).NotNull().IsInEnum();
        });
        validator.RuleFor(r => r.ExpectedMonthlyUnits).GreaterThan(0);
        validator.RuleFor(r => r.FirstOrderQuantity).GreaterThan(0);
        validator.RuleFor(r => r.DaysToSell).InclusiveBetween(1, MaxDays);
        validator.RuleFor(r => r.TransitDays).InclusiveBetween(0, MaxDays);
        validator.RuleFor(r => r.LeadTimeDays).InclusiveBetween(0, MaxDays);
    }

    private static string SameCurrency => Bilingual.Pick("Must be in the target price's currency.", "须与目标售价币种一致。");

    private static async Task<string> FeeTableCurrencyAsync<T>(Validator<T> validator, CancellationToken ct) where T : class
    {
        await using var session = validator.Resolve<ISelectionStore>().QuerySession();
        return (await session.CurrentAsync<SelectionSettings>(ct)).Settings.FulfilmentFees.Currency;
    }
}
