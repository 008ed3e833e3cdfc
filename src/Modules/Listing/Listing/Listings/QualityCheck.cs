using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ops.Shared.Kpis;

namespace Ops.Listing.Listings;

/// <summary>An error blocks submission; a warning only lowers the content score.</summary>
public enum QualitySeverity { Error, Warning }

/// <summary>
/// One thing the quality check found, on one field (a path as in the content diff). The message is stored in English
/// and Simplified Chinese, both returned, so the finding reads the same whoever looks at it later.
/// </summary>
public sealed record ListingQualityFinding(string Code, QualitySeverity Severity, string Field, string Message, string ChineseMessage);

/// <summary>
/// The quality of one content version under the settings in force when it was checked. <see cref="Score"/> is
/// 100 − <c>scorePenaltyPerError</c> per error − <c>scorePenaltyPerWarning</c> per warning, never below 0.
/// <see cref="KeywordCoveragePercent"/> is the share of target keywords found in the title or bullets (null without any).
/// </summary>
public sealed record ListingQualityReport(
    int ContentVersion,
    int Score,
    decimal? KeywordCoveragePercent,
    IReadOnlyList<ListingQualityFinding> Findings,
    DateTimeOffset CheckedAt);

/// <summary>The codes of the quality rules (listing.md, "Quality check"); each finding carries one.</summary>
public static class QualityRules
{
    public const string TitleRequired = "listing.title_required";
    public const string TitleTooLong = "listing.title_too_long";
    public const string BannedWord = "listing.banned_word";
    public const string TooFewBullets = "listing.too_few_bullets";
    public const string BulletTooLong = "listing.bullet_too_long";
    public const string TooFewImages = "listing.too_few_images";
    public const string ExactlyOneMainImage = "listing.exactly_one_main_image";
    public const string SearchTermsTooLong = "listing.search_terms_too_long";
    public const string SearchTermsRepeatTitle = "listing.search_terms_repeat_title";
    public const string RequiredAttributeMissing = "listing.required_attribute_missing";
    public const string PriceRequired = "listing.price_required";
    public const string TargetKeywordNotCovered = "listing.target_keyword_not_covered";
}

/// <summary>
/// The quality check: a pure function of the content and the settings, run on every content change (recorded with
/// the listing), before submission and relisting (with the settings then in force), and on demand.
/// </summary>
public static partial class QualityCheck
{
    public static ListingQualityReport Run(ListingContent content, int contentVersion, ListingSettings policy, DateTimeOffset now)
    {
        List<ListingQualityFinding> findings =
        [
            .. Title(content, policy),
            .. BannedWords(content, policy),
            .. Bullets(content, policy),
            .. Images(content, policy),
            .. SearchTerms(content, policy),
            .. Attributes(content, policy),
            .. Price(content),
        ];
        var (keywordFindings, coverage) = Keywords(content);
        findings.AddRange(keywordFindings);

        var errors = findings.Count(f => f.Severity == QualitySeverity.Error);
        var warnings = findings.Count - errors;
        var score = Math.Max(0, 100 - errors * policy.ScorePenaltyPerError - warnings * policy.ScorePenaltyPerWarning);
        return new ListingQualityReport(contentVersion, score, coverage, findings, now);
    }

    private static IEnumerable<ListingQualityFinding> Title(ListingContent content, ListingSettings policy)
    {
        var length = new StringInfo(content.Title).LengthInTextElements;
        if (string.IsNullOrWhiteSpace(content.Title))
            yield return Error(QualityRules.TitleRequired, "title", "The title is blank.", "标题为空。");
        else if (length > policy.MaxTitleLength)
            yield return Error(QualityRules.TitleTooLong, "title",
                $"The title has {length} characters; at most {policy.MaxTitleLength} are allowed.",
                $"标题有 {length} 个字符，最多允许 {policy.MaxTitleLength} 个。");
    }

    private static IEnumerable<ListingQualityFinding> BannedWords(ListingContent content, ListingSettings policy)
    {
        var texts = content.Bullets.Select((bullet, i) => (Field: $"bullets[{i}]", Text: bullet)).Prepend(("title", content.Title));
        foreach (var (field, text) in texts)
        foreach (var banned in policy.BannedWords.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            yield return Error(QualityRules.BannedWord, field,
                $"\"{banned}\" may not appear in the title or bullets.", $"标题和要点中不得出现“{banned}”。");
    }

    private static IEnumerable<ListingQualityFinding> Bullets(ListingContent content, ListingSettings policy)
    {
        if (content.Bullets.Count < policy.MinBullets)
            yield return Error(QualityRules.TooFewBullets, "bullets",
                $"{content.Bullets.Count} bullet points; at least {policy.MinBullets} are needed.",
                $"共 {content.Bullets.Count} 条要点，至少需要 {policy.MinBullets} 条。");
        for (var i = 0; i < content.Bullets.Count; i++)
        {
            var length = new StringInfo(content.Bullets[i]).LengthInTextElements;
            if (length > policy.MaxBulletLength)
                yield return Error(QualityRules.BulletTooLong, $"bullets[{i}]",
                    $"Bullet point {i + 1} has {length} characters; at most {policy.MaxBulletLength} are allowed.",
                    $"第 {i + 1} 条要点有 {length} 个字符，最多允许 {policy.MaxBulletLength} 个。");
        }
    }

    private static IEnumerable<ListingQualityFinding> Images(ListingContent content, ListingSettings policy)
    {
        if (content.Images.Count < policy.MinImages)
            yield return Error(QualityRules.TooFewImages, "images",
                $"{content.Images.Count} images; at least {policy.MinImages} are needed.",
                $"共 {content.Images.Count} 张图片，至少需要 {policy.MinImages} 张。");
        var main = content.Images.Count(i => i.Role == ListingImageRole.Main);
        if (main != 1)
            yield return Error(QualityRules.ExactlyOneMainImage, "images",
                $"{main} main images; exactly one is needed.", $"主图有 {main} 张，必须恰好一张。");
    }

    private static IEnumerable<ListingQualityFinding> SearchTerms(ListingContent content, ListingSettings policy)
    {
        var bytes = Encoding.UTF8.GetByteCount(content.SearchTerms);
        if (bytes > policy.MaxSearchTermBytes)
            yield return Error(QualityRules.SearchTermsTooLong, "searchTerms",
                $"The search terms take {bytes} bytes (UTF-8); the platform reads only {policy.MaxSearchTermBytes}.",
                $"搜索词占 {bytes} 字节（UTF-8），平台只读取前 {policy.MaxSearchTermBytes} 字节。");

        var titleWords = Words(content.Title).ToHashSet();
        var repeated = Words(content.SearchTerms).Where(titleWords.Contains).Distinct().ToList();
        if (repeated.Count > 0)
            yield return Warning(QualityRules.SearchTermsRepeatTitle, "searchTerms",
                $"The search terms repeat title words ({string.Join(", ", repeated)}); the title is indexed already.",
                $"搜索词重复了标题中的词（{string.Join("、", repeated)}），标题本身已被索引。");
    }

    private static IEnumerable<ListingQualityFinding> Attributes(ListingContent content, ListingSettings policy) =>
        policy.RequiredAttributes
            .Where(name => string.IsNullOrWhiteSpace(content.Attributes.ValueOf(name)))
            .Select(name => Error(QualityRules.RequiredAttributeMissing, $"attributes.{name}",
                $"The attribute '{name}' is required.", $"必须填写属性“{name}”。"));

    private static IEnumerable<ListingQualityFinding> Price(ListingContent content)
    {
        if (content.Price is null)
            yield return Error(QualityRules.PriceRequired, "price", "A listing needs a price.", "商品必须有价格。");
    }

    private static (IEnumerable<ListingQualityFinding> Findings, decimal? CoveragePercent) Keywords(ListingContent content)
    {
        var visible = string.Join("\n", content.Bullets.Prepend(content.Title));
        var missing = content.TargetKeywords
            .Select((keyword, i) => (Keyword: keyword, Index: i))
            .Where(k => !visible.Contains(k.Keyword.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var findings = missing.Select(k => Warning(QualityRules.TargetKeywordNotCovered, $"targetKeywords[{k.Index}]",
            $"The target keyword \"{k.Keyword}\" appears in neither the title nor the bullets.",
            $"目标关键词“{k.Keyword}”未出现在标题或要点中。"));
        var total = content.TargetKeywords.Count;
        return (findings, Kpi.Percent(total - missing.Count, total));
    }

    /// <summary>Runs of letters and digits, lower case: "LED Desk-Lamp" is led, desk, lamp.</summary>
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static ListingQualityFinding Error(string code, string field, string english, string chinese) =>
        new(code, QualitySeverity.Error, field, english, chinese);

    private static ListingQualityFinding Warning(string code, string field, string english, string chinese) =>
        new(code, QualitySeverity.Warning, field, english, chinese);
}
