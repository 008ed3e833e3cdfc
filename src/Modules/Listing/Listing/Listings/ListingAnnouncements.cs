using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Listing.Listings;

/// <summary>
/// What other modules hear about a listing (listing.md, "Messages"), derived from the events the decision appended
/// (<see cref="Outcome.Accepted.Appended"/>) and the listing before them: a refusal or an idempotent repeat appends
/// nothing and so publishes nothing.
/// </summary>
public static class ListingAnnouncements
{
    public static OutgoingMessages PublishedBy(Listing? before, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        if (before is null) return messages;

        foreach (var e in outcome.Appended())
        {
            switch (e)
            {
                case ListingWentLive live:
                    messages.Add(new Contracts.ListingWentLive(before.Id, before.Sku, live.Asin, live.Price.Amount, live.Price.Currency, live.WentLiveAt));
                    break;
                case ListingRejected rejected:
                    messages.Add(new Contracts.ListingRejected(before.Id, before.Sku, rejected.ReasonCodes, rejected.ReasonText, rejected.RejectedAt));
                    break;
                case ListingSuppressed suppressed:
                    messages.Add(new Contracts.ListingSuppressed(before.Id, before.Sku, before.Asin, suppressed.Reason, suppressed.SuppressedAt));
                    break;
                case ListingContentChanged { Content.Price: { } price } changed
                    when before.Status == ListingStatus.Live && price != before.Content.Price:
                    messages.Add(new Contracts.ListingPriceChanged(before.Id, before.Sku, before.Asin, before.Content.Price?.Amount,
                        before.Content.Price?.Currency, price.Amount, price.Currency, changed.ChangedAt));
                    break;
            }
        }
        return messages;
    }
}
