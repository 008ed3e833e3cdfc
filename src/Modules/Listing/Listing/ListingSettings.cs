using FastEndpoints;
using FluentValidation;
using Ops.Shared.Settings;

namespace Ops.Listing;

/// <summary>Policy parameters of listing (listing.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record ListingSettings : IPolicySettings
{
    public static string Module => "listing";

    /// <summary>Working days (store calendar) from the purchase being received to the listing being live.</summary>
    public int GoLiveWorkingDays { get; init; } = 3;

    /// <summary>Working days before the go-live deadline that the warning is raised.</summary>
    public int GoLiveWarnWorkingDaysBefore { get; init; } = 1;
}

public sealed class ListingSettingsValidator : Validator<ListingSettings>
{
    public ListingSettingsValidator()
    {
        RuleFor(s => s.GoLiveWorkingDays).InclusiveBetween(1, 60);
        RuleFor(s => s.GoLiveWarnWorkingDaysBefore).InclusiveBetween(0, 30).LessThan(s => s.GoLiveWorkingDays);
    }
}

public sealed class GetSettings(IListingStore store) : GetSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store);

public sealed class ChangeSettings(IListingStore store, TimeProvider time)
    : ChangeSettingsEndpoint<ListingSettings, IListingStore, ListingGroup>(store, time);
