using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;
using Ops.Shared.Http;

namespace Ops.Listing.Listings;

/// <summary>
/// A listing as the API shows it: status, current content and its quality (as checked at the last change or
/// submission), the platform's answers, and the go-live deadline.
/// </summary>
public sealed record ListingDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Sku { get; init; }
    public ListingStatus Status { get; init; }
    public ListingOrigin Origin { get; init; }

    /// <summary>The selection candidate the product came from, when drafted from <c>ProductApproved</c>.</summary>
    public Guid? CandidateId { get; init; }

    /// <summary>When selection approved the product; the start of "approved → live" in the KPIs (else <see cref="DraftedAt"/>).</summary>
    public DateTimeOffset? ProductApprovedAt { get; init; }

    public string? Asin { get; init; }
    public required ListingContent Content { get; init; }
    public int ContentVersion { get; init; }
    public required ListingQualityReport Quality { get; init; }

    /// <summary>The score of <see cref="Quality"/>, kept flat for sorting and KPIs.</summary>
    public int ContentScore { get; init; }

    public int Submissions { get; init; }

    /// <summary>Whether the platform approved the first submission (null until the first review result).</summary>
    public bool? ApprovedOnFirstSubmission { get; init; }

    public ListingRejection? Rejection { get; init; }

    /// <summary>The review loop with the platform, oldest first: each submission or relisting and each answer to it.</summary>
    public IReadOnlyList<ListingReviewStep> ReviewLoop { get; init; } = [];
    public string? SuppressionReason { get; init; }
    public string? DelistReason { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? FirstWentLiveAt { get; init; }
    public DateTimeOffset? WentLiveAt { get; init; }
    public GoLiveDeadlineState DeadlineState { get; init; }
    public GoLiveDeadlineDetails? Deadline { get; init; }
    public required string DraftedBy { get; init; }
    public DateTimeOffset DraftedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ListingDetailsProjection>(ProjectionLifecycle.Inline);
        options.Events.EnableSideEffectsOnInlineProjections = true; // the work queue's items (GoLiveWork)
        options.Projections.Add(new ListingContentVersionProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<ListingDetails>().Index(l => l.Sku).Index(l => l.Status);
        options.Schema.For<ListingContentVersion>().Index(v => v.ListingId);
    }
}

/// <summary>The platform's latest rejection: its reason codes and text.</summary>
public sealed record ListingRejection(IReadOnlyList<string> ReasonCodes, string ReasonText, DateTimeOffset RejectedAt);

public enum ListingReviewStepKind { Submitted, Relisted, WentLive, Rejected, Suppressed, Delisted }

/// <summary>
/// One step of the review loop: what happened (<see cref="Kind"/>), when and by whom, with what that kind of step
/// carries — the content version and score sent, the ASIN approved, the rejection's reason codes, or the reason given.
/// </summary>
public sealed record ListingReviewStep(
    ListingReviewStepKind Kind, DateTimeOffset At, string By, int? ContentVersion = null, int? ContentScore = null, string? Asin = null,
    IReadOnlyList<string>? ReasonCodes = null, string? Reason = null);

/// <summary>The go-live deadline: the receipt that started it, the calendar it counts by, its times and what became of it.</summary>
public sealed record GoLiveDeadlineDetails(
    Guid ReceiptId, Guid StoreId, DateTimeOffset ReceivedAt, int WorkingDays, string TimeZone, bool StoreCalendarKnown,
    DateTimeOffset WarnAt, DateTimeOffset DueAt, DateTimeOffset? WarnedAt, DateTimeOffset? BreachedAt, DateTimeOffset? MetAt);

public sealed class ListingDetailsProjection : SingleStreamProjection<ListingDetails, Guid>
{
    /// <summary>The go-live deadline's item for the work queue, in the outbox of the write that changed it.</summary>
    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<ListingDetails> slice)
    {
        if (slice.Snapshot is { } listing && GoLiveWork.For(listing, slice.Events()) is { } item) slice.PublishMessage(item);
        return ValueTask.CompletedTask;
    }

    public override ListingDetails? Evolve(ListingDetails? listing, Guid id, IEvent e) => (listing, e.Data) switch
    {
        (null, ListingDrafted d) => new ListingDetails
        {
            Id = d.ListingId, Sku = d.Sku, Status = ListingStatus.Draft, Origin = d.Origin, CandidateId = d.CandidateId,
            ProductApprovedAt = d.ProductApprovedAt, Content = d.Content, ContentVersion = 1,
            Quality = new ListingQualityReport(1, 0, null, [], d.DraftedAt), DraftedBy = d.DraftedBy, DraftedAt = d.DraftedAt,
        },
        (not null, ListingContentChanged c) => listing with
        {
            Content = c.Content,
            ContentVersion = c.ContentVersion,
            Status = listing.Status == ListingStatus.Rejected ? ListingStatus.Revised : listing.Status,
        },
        (not null, ListingQualityChecked q) => listing with { Quality = q.Report, ContentScore = q.Report.Score },
        (not null, ListingSubmitted s) => listing with
        {
            Status = ListingStatus.Submitted, Submissions = listing.Submissions + 1, SubmittedAt = s.SubmittedAt,
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.Submitted, s.SubmittedAt, s.SubmittedBy, s.ContentVersion, s.ContentScore)],
        },
        (not null, ListingWentLive l) => listing with
        {
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.WentLive, l.WentLiveAt, l.RecordedBy, Asin: l.Asin)],
            Status = ListingStatus.Live,
            Asin = l.Asin,
            ApprovedOnFirstSubmission = listing.ApprovedOnFirstSubmission ?? true,
            SuppressionReason = null,
            DelistReason = null,
            FirstWentLiveAt = listing.FirstWentLiveAt ?? l.WentLiveAt,
            WentLiveAt = l.WentLiveAt,
        },
        (not null, ListingRejected r) => listing with
        {
            Status = ListingStatus.Rejected,
            ApprovedOnFirstSubmission = listing.ApprovedOnFirstSubmission ?? false,
            Rejection = new ListingRejection(r.ReasonCodes, r.ReasonText, r.RejectedAt),
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.Rejected, r.RejectedAt, r.RejectedBy, ReasonCodes: r.ReasonCodes, Reason: r.ReasonText)],
        },
        (not null, ListingSuppressed s) => listing with
        {
            Status = ListingStatus.Suppressed, SuppressionReason = s.Reason,
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.Suppressed, s.SuppressedAt, s.SuppressedBy, Reason: s.Reason)],
        },
        (not null, ListingDelisted d) => listing with
        {
            Status = ListingStatus.Delisted, DelistReason = d.Reason,
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.Delisted, d.DelistedAt, d.DelistedBy, Reason: d.Reason)],
        },
        (not null, ListingRelisted r) => listing with
        {
            Status = ListingStatus.Relisted,
            ReviewLoop = [.. listing.ReviewLoop, new(ListingReviewStepKind.Relisted, r.RelistedAt, r.RelistedBy, r.ContentVersion, r.ContentScore)],
        },
        (not null, GoLiveDeadlineStarted s) => listing with
        {
            DeadlineState = GoLiveDeadlineState.Running,
            Deadline = new GoLiveDeadlineDetails(s.ReceiptId, s.StoreId, s.ReceivedAt, s.WorkingDays, s.TimeZone, s.StoreCalendarKnown,
                s.WarnAt, s.DueAt, null, null, null),
        },
        (not null, GoLiveDeadlineWarned w) => listing with
        {
            DeadlineState = GoLiveDeadlineState.Warned, Deadline = listing.Deadline! with { WarnedAt = w.WarnedAt },
        },
        (not null, GoLiveDeadlineBreached b) => listing with
        {
            DeadlineState = GoLiveDeadlineState.Breached, Deadline = listing.Deadline! with { BreachedAt = b.BreachedAt },
        },
        (not null, GoLiveDeadlineMet m) => listing with
        {
            DeadlineState = GoLiveDeadlineState.Met, Deadline = listing.Deadline! with { MetAt = m.MetAt },
        },
        _ => listing,
    };
}

/// <summary>One content version of a listing, one row per version, so versions are listed and diffed without replaying the stream.</summary>
public sealed record ListingContentVersion
{
    public required string Id { get; init; }
    public Guid ListingId { get; init; }
    public int ContentVersion { get; init; }

    /// <summary>The listing's version (event number) that recorded this content: <c>GET …/{id}?version=</c> shows the listing then.</summary>
    public long ListingVersion { get; init; }

    public required ListingContent Content { get; init; }
    public required string ChangedBy { get; init; }
    public DateTimeOffset ChangedAt { get; init; }

    public static string IdOf(Guid listingId, int contentVersion) => $"{listingId}/{contentVersion}";
}

/// <summary>Drafting stores content version 1; each content change the next. (Partial: Marten's generator registers the row type.)</summary>
public sealed partial class ListingContentVersionProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken ct)
    {
        switch (e.Data)
        {
            case ListingDrafted d:
                operations.Store(Row(d.ListingId, 1, e.Version, d.Content, d.DraftedBy, d.DraftedAt));
                break;
            case ListingContentChanged c:
                operations.Store(Row(c.ListingId, c.ContentVersion, e.Version, c.Content, c.ChangedBy, c.ChangedAt));
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static ListingContentVersion Row(Guid listingId, int version, long listingVersion, ListingContent content, string by, DateTimeOffset at) =>
        new()
        {
            Id = ListingContentVersion.IdOf(listingId, version), ListingId = listingId, ContentVersion = version, ListingVersion = listingVersion,
            Content = content, ChangedBy = by, ChangedAt = at,
        };
}
