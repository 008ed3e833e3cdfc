namespace Ops.Listing.Listings;

/// <summary>
/// What the platform shows of a product (listing.md, "Content"). Every change is stored whole, as a new content
/// version, so any earlier version can be shown and compared. Text fields are never null: blank is "".
/// </summary>
public sealed record ListingContent
{
    /// <summary>The platform shows at most five bullet points: a shape of the page, not a policy number.</summary>
    public const int MaxBullets = 5;

    public string Title { get; init; } = "";
    public IReadOnlyList<string> Bullets { get; init; } = [];
    public string Description { get; init; } = "";

    /// <summary>Backend search terms: buyers never see them, search does.</summary>
    public string SearchTerms { get; init; } = "";

    public IReadOnlyList<ListingImage> Images { get; init; } = [];
    public ListingAttributes Attributes { get; init; } = new();
    public string BrowseCategory { get; init; } = "";
    public ListingPrice? Price { get; init; }
    public IReadOnlyList<string> TargetKeywords { get; init; } = [];

    public static readonly ListingContent Empty = new();
}

/// <summary>
/// Hard limits of what a request may carry, far above the policy's own thresholds so that the quality check (not a 400)
/// is what tells an operator that a title is too long.
/// </summary>
public static class ListingContentLimits
{
    public const int TitleLength = 1000;
    public const int BulletLength = 2000;
    public const int DescriptionLength = 10_000;
    public const int SearchTermsLength = 2000;
    public const int Images = 20;
    public const int UrlLength = 2000;
    public const int AltTextLength = 500;
    public const int AttributeLength = 500;
    public const int BrowseCategoryLength = 300;
    public const int TargetKeywords = 50;
    public const int KeywordLength = 200;
}

public enum ListingImageRole { Main, Secondary, Lifestyle, Infographic }

public sealed record ListingImage(string Url, ListingImageRole Role, string AltText);

/// <summary>An amount in a currency named by its ISO 4217 code (<c>USD</c>). Never floating point.</summary>
public sealed record ListingPrice(decimal Amount, string Currency);

/// <summary>The product's attributes as the platform asks for them; blank is "".</summary>
public sealed record ListingAttributes
{
    public string Brand { get; init; } = "";
    public string Model { get; init; } = "";
    public string Size { get; init; } = "";
    public string Weight { get; init; } = "";
    public string Material { get; init; } = "";
    public string Colour { get; init; } = "";
    public string Functions { get; init; } = "";
    public string Usage { get; init; } = "";
    public string Warranty { get; init; } = "";

    /// <summary>The attribute names as the API spells them (settings name required ones by these).</summary>
    public static readonly IReadOnlyList<string> Names = ["brand", "model", "size", "weight", "material", "colour", "functions", "usage", "warranty"];

    public IEnumerable<(string Name, string Value)> All() =>
    [
        ("brand", Brand), ("model", Model), ("size", Size), ("weight", Weight), ("material", Material), ("colour", Colour),
        ("functions", Functions), ("usage", Usage), ("warranty", Warranty),
    ];

    public string ValueOf(string name) => All().FirstOrDefault(a => a.Name == name).Value ?? "";
}
