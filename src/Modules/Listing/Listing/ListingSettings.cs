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
    }
}

public sealed class GetSettings(IListingStore store) : GetSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store);

public sealed class ChangeSettings(IListingStore store, TimeProvider time)
    : ChangeSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store, time);
