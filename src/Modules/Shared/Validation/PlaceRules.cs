using System.Globalization;
using FluentValidation;

namespace Ops.Shared.Validation;

/// <summary>Field rules for where things are: marketplace codes, ISO currencies, IANA time zones (stores, warehouses, channels).</summary>
public static class PlaceRules
{
    /// <summary>The ISO 4217 codes the platform's regions use (ICU), read once.</summary>
    private static readonly Lazy<IReadOnlySet<string>> Currencies = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => CurrencyOf(c.Name))
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));

    public static IRuleBuilderOptions<T, string> Marketplace<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[A-Z]{2}$").WithMessage(_ => Bilingual.Pick(
            "Marketplace is a 2-letter upper-case code, e.g. US.", "站点为两位大写字母代码，例如 US。"));

    /// <summary>Two upper-case letters that the platform's region data (ICU) knows as a country or territory.</summary>
    public static IRuleBuilderOptions<T, string> Country<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(2).Must(IsIsoCountryCode).WithMessage(_ => Bilingual.Pick(
            "Country must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN.", "国家须为大写的 ISO 3166-1 两字母代码，例如 CN。"));

    public static IRuleBuilderOptions<T, string> Currency<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(3).Must(c => c is { Length: 3 } && Currencies.Value.Contains(c)).WithMessage(_ => Bilingual.Pick(
            "Currency is an ISO 4217 code, e.g. USD.", "币种须为 ISO 4217 代码，例如 USD。"));

    /// <summary>IANA ids only (the calendar travels to other modules and to browsers); unknown ids are a field error, never a 500.</summary>
    public static IRuleBuilderOptions<T, string> IanaTimeZone<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(100).Must(IsIanaTimeZone).WithMessage(_ => Bilingual.Pick(
            "Time zone must be an IANA time zone id, e.g. America/New_York.", "时区须为 IANA 时区标识，例如 America/New_York。"));

    private static bool IsIsoCountryCode(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper)) return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
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
