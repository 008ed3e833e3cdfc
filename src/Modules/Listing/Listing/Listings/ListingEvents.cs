namespace Ops.Listing.Listings;

// The facts of a listing's life, in the order they may happen. Never renamed once stored.

/// <summary>Where a draft came from: selection's <c>ProductApproved</c>, or an operator by hand.</summary>
public enum ListingOrigin { ProductApproved, Manual }

/// <summary>A draft was opened for a SKU, with its first content (content version 1).</summary>
public sealed record ListingDrafted(
    Guid ListingId, string Sku, ListingContent Content, ListingOrigin Origin, Guid? CandidateId, DateTimeOffset? ProductApprovedAt,
    string DraftedBy, DateTimeOffset DraftedAt);

/// <summary>The content was replaced by <paramref name="ContentVersion"/>; on a rejected listing this revises it.</summary>
public sealed record ListingContentChanged(Guid ListingId, int ContentVersion, ListingContent Content, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The quality check ran on a content version (with the settings then in force) and found this.</summary>
public sealed record ListingQualityChecked(Guid ListingId, ListingQualityReport Report, DateTimeOffset CheckedAt);

/// <summary>Sent for platform review. The default adapter only records it; the result is posted through the API.</summary>
public sealed record ListingSubmitted(Guid ListingId, int ContentVersion, int ContentScore, string SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>The platform approved the listing (or confirmed its relisting): live under the ASIN at the price of its content.</summary>
public sealed record ListingWentLive(Guid ListingId, string Asin, ListingPrice Price, string RecordedBy, DateTimeOffset WentLiveAt);

public sealed record ListingRejected(
    Guid ListingId, IReadOnlyList<string> ReasonCodes, string ReasonText, string RejectedBy, DateTimeOffset RejectedAt);

public sealed record ListingSuppressed(Guid ListingId, string Reason, string SuppressedBy, DateTimeOffset SuppressedAt);

public sealed record ListingDelisted(Guid ListingId, string Reason, string DelistedBy, DateTimeOffset DelistedAt);

/// <summary>Sent to the platform again; live once the platform confirms it (a review result).</summary>
public sealed record ListingRelisted(Guid ListingId, int ContentVersion, int ContentScore, string RelistedBy, DateTimeOffset RelistedAt);

/// <summary>
/// The product's purchase was received: the listing must be live by <paramref name="DueAt"/>, counted in working days
/// of <paramref name="TimeZone"/>'s calendar (the store's, or UTC Monday–Friday when the store's is unknown).
/// </summary>
public sealed record GoLiveDeadlineStarted(
    Guid ListingId, Guid ReceiptId, Guid StoreId, DateTimeOffset ReceivedAt, int WorkingDays, string TimeZone, bool StoreCalendarKnown,
    DateTimeOffset WarnAt, DateTimeOffset DueAt, DateTimeOffset StartedAt);

public sealed record GoLiveDeadlineWarned(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

public sealed record GoLiveDeadlineBreached(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

public sealed record GoLiveDeadlineMet(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset MetAt);
