using System.Globalization;

namespace Ops.Listing.Listings;

/// <summary>
/// One field that differs between two content versions. <see cref="Field"/> is a path as the API spells the content
/// (<c>title</c>, <c>bullets[2]</c>, <c>images[0].url</c>, <c>attributes.brand</c>, <c>price.amount</c>); a value
/// missing on one side (a bullet added or removed) is null there.
/// </summary>
public sealed record ListingFieldChange(string Field, string? Before, string? After);

/// <summary>Field-by-field comparison of two contents, in the order the content lists its fields.</summary>
public static class ContentDiff
{
    public static IReadOnlyList<ListingFieldChange> Between(ListingContent before, ListingContent after)
    {
        var old = Flatten(before).ToDictionary(f => f.Field);
        var @new = Flatten(after).ToDictionary(f => f.Field);
        return old.Values.Concat(@new.Values.Where(f => !old.ContainsKey(f.Field)))
            .OrderBy(f => f.Order)
            .Select(f => new ListingFieldChange(f.Field, old.GetValueOrDefault(f.Field)?.Value, @new.GetValueOrDefault(f.Field)?.Value))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    public static bool AreSame(ListingContent a, ListingContent b) => Between(a, b).Count == 0;

    private sealed record FlatField((int Section, int Index, int Part) Order, string Field, string Value);

    private static IEnumerable<FlatField> Flatten(ListingContent content)
    {
        yield return new((0, 0, 0), "title", content.Title);
        for (var i = 0; i < content.Bullets.Count; i++) yield return new((1, i, 0), $"bullets[{i}]", content.Bullets[i]);
        yield return new((2, 0, 0), "description", content.Description);
        yield return new((3, 0, 0), "searchTerms", content.SearchTerms);
        for (var i = 0; i < content.Images.Count; i++)
        {
            var image = content.Images[i];
            yield return new((4, i, 0), $"images[{i}].url", image.Url);
            yield return new((4, i, 1), $"images[{i}].role", image.Role.ToString());
            yield return new((4, i, 2), $"images[{i}].altText", image.AltText);
        }
        var attribute = 0;
        foreach (var (name, value) in content.Attributes.All()) yield return new((5, attribute++, 0), $"attributes.{name}", value);
        yield return new((6, 0, 0), "browseCategory", content.BrowseCategory);
        if (content.Price is { } price)
        {
            // G29 drops trailing zeros: 19.90 and 19.9 are the same price.
            yield return new((7, 0, 0), "price.amount", price.Amount.ToString("G29", CultureInfo.InvariantCulture));
            yield return new((7, 0, 1), "price.currency", price.Currency);
        }
        for (var i = 0; i < content.TargetKeywords.Count; i++) yield return new((8, i, 0), $"targetKeywords[{i}]", content.TargetKeywords[i]);
    }
}
