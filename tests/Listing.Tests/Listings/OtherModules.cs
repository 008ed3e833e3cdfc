using Ops.Listing.Contracts;

namespace Listing.Tests.Listings;

/// <summary>Stands in for the modules that will subscribe to listing's messages, so publishing them is observable.</summary>
public static class OtherModulesHandler
{
    public static void Handle(ListingWentLive _)
    {
    }

    public static void Handle(ListingRejected _)
    {
    }

    public static void Handle(ListingSuppressed _)
    {
    }

    public static void Handle(ListingPriceChanged _)
    {
    }

    public static void Handle(PromotionResultRecorded _)
    {
    }
}
