using FastEndpoints;
using FluentValidation;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Settings;
using Ops.Shared.Validation;

namespace Ops.Listing;

/// <summary>Policy parameters of listing (listing.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record ListingSettings : IPolicySettings
{
    public static string Module => "listing";

    /// <summary>Working days (store calendar) from the purchase being received to the listing being live.</summary>
    public int GoLiveWorkingDays { get; init; } = 3;

    /// <summary>Working days before the go-live deadline that the warning is raised.</summary>
    public int GoLiveWarnWorkingDaysBefore { get; init; } = 1;

    /// <summary>The longest title, in characters (text elements: an emoji counts once).</summary>
    public int MaxTitleLength { get; init; } = 200;

    /// <summary>Words and phrases the title and bullets may not contain, matched case-insensitively anywhere in the text.</summary>
    public IReadOnlyList<string> BannedWords { get; init; } = ["best seller", "free shipping", "#1", "guarantee"];

    /// <summary>Fewest bullet points (the page shows at most five).</summary>
    public int MinBullets { get; init; } = 5;

    /// <summary>The longest bullet point, in characters.</summary>
    public int MaxBulletLength { get; init; } = 500;

    /// <summary>Fewest images; exactly one of them is the main image.</summary>
    public int MinImages { get; init; } = 6;

    /// <summary>The platform indexes this many UTF-8 bytes of backend search terms and ignores the rest.</summary>
    public int MaxSearchTermBytes { get; init; } = 249;

    /// <summary>
    /// Attributes a listing must fill in, by API name. Default: what a buyer compares and the platform asks of nearly
    /// every category (brand, model, size, weight, material, colour); functions, usage and warranty are left optional.
    /// </summary>
    public IReadOnlyList<string> RequiredAttributes { get; init; } = ["brand", "model", "size", "weight", "material", "colour"];

    /// <summary>A listing scoring below this cannot be submitted, even without error-level findings.</summary>
    public int MinContentScoreToSubmit { get; init; } = 60;

    /// <summary>Content score points each error-level finding costs (score = 100 − errors × this − warnings × the next, at least 0).</summary>
    public int ScorePenaltyPerError { get; init; } = 20;

    /// <summary>Content score points each warning costs.</summary>
    public int ScorePenaltyPerWarning { get; init; } = 5;

    /// <summary>What the KPIs are measured against.</summary>
    public ListingKpiTargets KpiTargets { get; init; } = new();
}

/// <summary>
/// Targets of the listing KPIs (<c>GET /api/listing/kpis</c>); null: no target. The spec states one only for ACoS
/// (data.md's metric targets: ACoS ≤ 25 %); the others stay unset until the team sets its own.
/// </summary>
public sealed record ListingKpiTargets
{
    /// <summary>Share of first submissions the platform approves, at least (percent).</summary>
    public decimal? FirstPassApprovalRatePercent { get; init; }

    /// <summary>Average days from product approval to first going live, at most.</summary>
    public decimal? DaysApprovedToLive { get; init; }

    /// <summary>Share of go-live deadlines met, at least (percent).</summary>
    public decimal? GoLiveDeadlineMetPercent { get; init; }

    /// <summary>Average content score, at least (0–100).</summary>
    public decimal? AverageContentScore { get; init; }

    /// <summary>Average target keyword coverage, at least (percent).</summary>
    public decimal? KeywordCoveragePercent { get; init; }

    /// <summary>Share of core keywords ranked on the first page, at least (percent).</summary>
    public decimal? CoreKeywordsOnFirstPagePercent { get; init; }

    /// <summary>Promotion sales per unit of spend, at least (a ratio: 3 = three dollars of sales per dollar spent).</summary>
    public decimal? PromotionRoi { get; init; }

    /// <summary>Promotion spend as a share of its sales, at most (percent).</summary>
    public decimal? PromotionAcosPercent { get; init; } = 25;

    /// <summary>Share of plans that meet their own ACoS target, at least (percent).</summary>
    public decimal? PlansMeetingAcosTargetPercent { get; init; }
}

public sealed class ListingSettingsValidator : Validator<ListingSettings>
{
    public ListingSettingsValidator()
    {
        RuleFor(s => s.GoLiveWorkingDays).InclusiveBetween(1, 60);
        RuleFor(s => s.GoLiveWarnWorkingDaysBefore).InclusiveBetween(0, 30).LessThan(s => s.GoLiveWorkingDays);
        RuleFor(s => s.MaxTitleLength).InclusiveBetween(1, ListingContentLimits.TitleLength);
        RuleFor(s => s.BannedWords).NotNull().MaximumCount(200);
        RuleForEach(s => s.BannedWords).NotEmpty().MaximumLength(100);
        RuleFor(s => s.MinBullets).InclusiveBetween(0, ListingContent.MaxBullets);
        RuleFor(s => s.MaxBulletLength).InclusiveBetween(1, ListingContentLimits.BulletLength);
        RuleFor(s => s.MinImages).InclusiveBetween(0, ListingContentLimits.Images);
        RuleFor(s => s.MaxSearchTermBytes).InclusiveBetween(1, 10_000);
        RuleFor(s => s.RequiredAttributes).NotNull().MaximumCount(ListingAttributes.Names.Count);
        RuleForEach(s => s.RequiredAttributes).MaximumLength(100).Must(ListingAttributes.Names.Contains).WithMessage(_ => Bilingual.Pick(
            $"Attributes are among: {string.Join(", ", ListingAttributes.Names)}.",
            $"属性须为以下之一：{string.Join(", ", ListingAttributes.Names)}。"));
        RuleFor(s => s.MinContentScoreToSubmit).InclusiveBetween(0, 100);
        RuleFor(s => s.ScorePenaltyPerError).InclusiveBetween(0, 100);
        RuleFor(s => s.ScorePenaltyPerWarning).InclusiveBetween(0, 100);
        RuleFor(s => s.KpiTargets).NotNull().SetValidator(new KpiTargetsValidator());
    }

    private sealed class KpiTargetsValidator : AbstractValidator<ListingKpiTargets>
    {
        public KpiTargetsValidator()
        {
            RuleFor(t => t.FirstPassApprovalRatePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.DaysApprovedToLive).InclusiveBetween(0m, 3650m);
            RuleFor(t => t.GoLiveDeadlineMetPercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.AverageContentScore).InclusiveBetween(0m, 100m);
            RuleFor(t => t.KeywordCoveragePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.CoreKeywordsOnFirstPagePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.PromotionRoi).InclusiveBetween(0m, 1000m);
            RuleFor(t => t.PromotionAcosPercent).InclusiveBetween(0m, 1000m);
            RuleFor(t => t.PlansMeetingAcosTargetPercent).InclusiveBetween(0m, 100m);
        }
    }
}

public sealed class GetSettings(IListingStore store) : GetSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store);

public sealed class ChangeSettings(IListingStore store, TimeProvider time)
    : ChangeSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store, time);
