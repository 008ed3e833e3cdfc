using Ops.Shared.Audit;

namespace Ops.Listing.Listings;

// The facts of a listing's life, in the order they may happen. Never renamed once stored.

/// <summary>Where a draft came from: selection's <c>ProductApproved</c>, or an operator by hand.</summary>
public enum ListingOrigin { ProductApproved, Manual }

/// <summary>A draft was opened for a SKU, with its first content (content version 1).</summary>
[History("Listing drafted", "Listing 草稿已创建")]
public sealed record ListingDrafted(
    Guid ListingId, string Sku, ListingContent Content, ListingOrigin Origin, Guid? CandidateId, DateTimeOffset? ProductApprovedAt,
    string DraftedBy, DateTimeOffset DraftedAt);

/// <summary>The content was replaced by <paramref name="ContentVersion"/>; on a rejected listing this revises it.</summary>
[History("Listing content changed", "Listing 内容已修改")]
public sealed record ListingContentChanged(Guid ListingId, int ContentVersion, ListingContent Content, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The quality check ran on a content version (with the settings then in force) and found this.</summary>
[History("Quality checked", "质量已检查")]
public sealed record ListingQualityChecked(Guid ListingId, ListingQualityReport Report, DateTimeOffset CheckedAt);

/// <summary>Sent for platform review. The default adapter only records it; the result is posted through the API.</summary>
[History("Submitted for review", "已提交审核")]
public sealed record ListingSubmitted(Guid ListingId, int ContentVersion, int ContentScore, string SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>The platform approved the listing (or confirmed its relisting): live under the ASIN at the price of its content.</summary>
[History("Listing went live", "Listing 已上线")]
public sealed record ListingWentLive(Guid ListingId, string Asin, ListingPrice Price, string RecordedBy, DateTimeOffset WentLiveAt);

[History("Rejected by the platform", "平台审核未通过")]
public sealed record ListingRejected(
    Guid ListingId, IReadOnlyList<string> ReasonCodes, string ReasonText, string RejectedBy, DateTimeOffset RejectedAt);

[History("Listing suppressed", "Listing 已被抑制")]
public sealed record ListingSuppressed(Guid ListingId, string Reason, string SuppressedBy, DateTimeOffset SuppressedAt);

[History("Listing delisted", "Listing 已下架")]
public sealed record ListingDelisted(Guid ListingId, string Reason, string DelistedBy, DateTimeOffset DelistedAt);

/// <summary>Sent to the platform again; live once the platform confirms it (a review result).</summary>
[History("Listing relisted", "Listing 已重新上架")]
public sealed record ListingRelisted(Guid ListingId, int ContentVersion, int ContentScore, string RelistedBy, DateTimeOffset RelistedAt);

/// <summary>
/// The product's purchase was received: the listing must be live by <paramref name="DueAt"/>, counted in working days
/// of <paramref name="TimeZone"/>'s calendar (the store's, or UTC Monday–Friday when the store's is unknown).
/// </summary>
[History("Go-live clock started", "上架期限开始计时")]
public sealed record GoLiveDeadlineStarted(
    Guid ListingId, Guid ReceiptId, Guid StoreId, DateTimeOffset ReceivedAt, int WorkingDays, string TimeZone, bool StoreCalendarKnown,
    DateTimeOffset WarnAt, DateTimeOffset DueAt, DateTimeOffset StartedAt);

[History("Go-live deadline near", "上架期限临近预警")]
public sealed record GoLiveDeadlineWarned(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

[History("Go-live deadline breached", "上架期限已超时")]
public sealed record GoLiveDeadlineBreached(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

[History("Go-live deadline met", "已按期上架")]
public sealed record GoLiveDeadlineMet(Guid ListingId, DateTimeOffset DueAt, DateTimeOffset MetAt);
