using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Organization.Stores;

/// <summary>The field rules a store's registration and its changes share.</summary>
internal static class StoreValidation
{
    /// <summary>The ISO 4217 codes the platform's regions use (ICU), read once.</summary>
    private static readonly Lazy<IReadOnlySet<string>> Currencies = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => CurrencyOf(c.Name))
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Several years of a store's holidays.</summary>
    public const int MaxHolidays = 1000;

    public static IRuleBuilderOptions<T, string> Marketplace<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[A-Z]{2}$").WithMessage(_ => Bilingual.Pick(
            "Marketplace is a 2-letter upper-case code, e.g. US.", "站点为两位大写字母代码，例如 US。"));

    public static IRuleBuilderOptions<T, string> Currency<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(3).Must(c => c is { Length: 3 } && Currencies.Value.Contains(c)).WithMessage(_ => Bilingual.Pick(
            "Currency is an ISO 4217 code, e.g. USD.", "币种须为 ISO 4217 代码，例如 USD。"));

    public static IRuleBuilderOptions<T, string> SellerName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(200);

    public static IRuleBuilderOptions<T, BusinessHours> Hours<T>(this IRuleBuilder<T, BusinessHours> rule) =>
        rule.NotNull().Must(h => h.OpensAt < h.ClosesAt).WithMessage(_ => Bilingual.Pick(
            "Business hours open before they close.", "营业开始时间须早于结束时间。"));

    /// <summary>IANA ids only (the calendar travels to other modules and to browsers); unknown ids are a field error, never a 500.</summary>
    public static IRuleBuilderOptions<T, string> IanaTimeZone<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(100).Must(IsIanaTimeZone).WithMessage(_ => Bilingual.Pick(
            "Time zone must be an IANA time zone id, e.g. America/New_York.", "时区须为 IANA 时区标识，例如 America/New_York。"));

    public static IRuleBuilderOptions<T, IReadOnlyList<DayOfWeek>> Weekend<T>(this IRuleBuilder<T, IReadOnlyList<DayOfWeek>> rule) =>
        rule.NotNull().MaximumCount(7).Must(w => w.Distinct().Count() < 7).WithMessage(_ => Bilingual.Pick(
            "A week needs at least one working day.", "每周至少要有一个工作日。"));

    public static void Holidays<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<Holiday>>> holidays)
    {
        validator.RuleFor(holidays).NotNull()
            .Must(h => h.Select(d => d.Date).Distinct().Count() == h.Count()).WithMessage(_ => Bilingual.Pick(
                "Each date is a holiday at most once.", "同一日期只能设为一个节假日。"));
        validator.RuleFor(holidays).MaximumCount(MaxHolidays);
        validator.RuleForEach(holidays).ChildRules(h => h.RuleFor(d => d.Name).NotEmpty().MaximumLength(100));
    }

    private static string? CurrencyOf(string culture)
    {
        try
        {
            return new RegionInfo(culture).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsIanaTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id).HasIanaId;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
