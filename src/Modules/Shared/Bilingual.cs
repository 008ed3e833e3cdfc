using System.Globalization;

namespace Ops.Shared;

/// <summary>
/// Text that reaches people comes in English and Simplified Chinese (PRODUCT.md §11); the request's
/// <c>Accept-Language</c> picks one. Use it in custom validation messages: <c>.WithMessage(_ => Bilingual.Pick(en, zh))</c>.
/// </summary>
public static class Bilingual
{
    public static string Pick(string english, string chinese) => For(CultureInfo.CurrentUICulture, english, chinese);

    /// <summary>The text in <paramref name="culture"/>'s language: Chinese when it is Chinese and a Chinese text is given.</summary>
    public static string For(CultureInfo culture, string english, string? chinese) =>
        chinese is not null && culture.TwoLetterISOLanguageName == "zh" ? chinese : english;
}
