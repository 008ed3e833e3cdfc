// Listing publishes ListingWentLive, ListingRejected, ListingSuppressed, ListingPriceChanged and
// PromotionResultRecorded (listing.md); they are declared here together with the listing life cycle.
