using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Listing.Listings;

/// <summary>
/// <c>Draft → Submitted → Live | Rejected → (Revised → Submitted …)</c>, and <c>Live → Suppressed | Delisted →
/// Relisted → Live</c> (a relisting is live once the platform confirms it with a review result).
/// </summary>
public enum ListingStatus { Draft, Submitted, Live, Rejected, Revised, Suppressed, Delisted, Relisted }

/// <summary>Where the go-live deadline stands: not started, running, warned, breached, or met by going live in time.</summary>
public enum GoLiveDeadlineState { None, Running, Warned, Breached, Met }

public static class ListingRules
{
    public static readonly Rule SkuAlreadyListed = new("listing.sku_already_listed",
        "This SKU already has a listing; there is one listing per SKU.", "该 SKU 已有商品页面，每个 SKU 只能有一个。");
    public static readonly Rule UnderReview = new("listing.under_review",
        "The listing is with the platform for review; wait for the result.", "商品正在平台审核中，请等待审核结果。");
    public static readonly Rule RejectedListingMustBeRevised = new("listing.rejected_listing_must_be_revised",
        "Revise the rejected listing's content before submitting it again.", "商品被驳回，请先修改内容再重新提交。");
    public static readonly Rule OnlyDraftOrRevisedCanBeSubmitted = new("listing.only_draft_or_revised_can_be_submitted",
        "Only a draft or a revised listing can be submitted for review.", "只有草稿或已修改的商品才能提交审核。");
    public static readonly Rule NotUnderReview = new("listing.not_under_review",
        "A review result applies only to a listing that is submitted or being relisted.", "只有已提交审核或重新上架中的商品才能记录审核结果。");
    public static readonly Rule OnlyLiveListingCanBeSuppressed = new("listing.only_live_listing_can_be_suppressed",
        "Only a live listing can be suppressed.", "只有在售商品才能被抑制。");
    public static readonly Rule OnlyLiveOrSuppressedListingCanBeDelisted = new("listing.only_live_or_suppressed_listing_can_be_delisted",
        "Only a live or suppressed listing can be delisted.", "只有在售或被抑制的商品才能下架。");
    public static readonly Rule OnlySuppressedOrDelistedListingCanBeRelisted = new("listing.only_suppressed_or_delisted_listing_can_be_relisted",
        "Only a suppressed or delisted listing can be relisted.", "只有被抑制或已下架的商品才能重新上架。");

    public static Rule ContentScoreBelowMinimum(int score, int minimum) => new("listing.content_score_below_minimum",
        $"The content scores {score}; at least {minimum} is needed to send it to the platform.",
        $"内容评分为 {score}，至少需要 {minimum} 分才能提交平台。");

    /// <summary>
    /// What stops content going to the platform under the settings in force: every error-level finding, and a score
    /// below <c>minContentScoreToSubmit</c>; null when nothing does. The refusal carries the first one's code (e.g.
    /// <c>listing.title_too_long</c>) and names all of them, each on its field, so one attempt shows everything to fix.
    /// </summary>
    public static Rule? QualityGate(ListingQualityReport report, ListingSettings policy)
    {
        List<RuleBreach> breaches =
        [
            .. report.Findings.Where(f => f.Severity == QualitySeverity.Error)
                .Select(f => new RuleBreach(f.Code, f.Field, f.Message, f.ChineseMessage)),
        ];
        if (report.Score < policy.MinContentScoreToSubmit)
        {
            var tooLow = ContentScoreBelowMinimum(report.Score, policy.MinContentScoreToSubmit);
            breaches.Add(new RuleBreach(tooLow.Code, null, tooLow.Message, tooLow.ChineseMessage));
        }
        if (breaches.Count == 0) return null;
        return new Rule(breaches[0].Code, string.Join(" ", breaches.Select(b => b.Message)), string.Concat(breaches.Select(b => b.ChineseMessage)))
        {
            Breaches = breaches,
        };
    }
}

/// <summary>The purchase receipt that starts the go-live clock.</summary>
public sealed record PurchaseReceipt(Guid ReceiptId, Guid StoreId, DateTimeOffset ReceivedAt);

/// <summary>The calendar a deadline counts working days by, and whether it is the store's own.</summary>
public sealed record DeadlineCalendar(WorkingCalendar Calendar, bool IsStoreCalendar);

/// <summary>What listing decisions need, and nothing more. Every decide method is a pure function of state, input and now.</summary>
public sealed record Listing
{
    public Guid Id { get; init; }
    public required string Sku { get; init; }
    public ListingStatus Status { get; init; }
    public required ListingContent Content { get; init; }
    public int ContentVersion { get; init; }
    public string? Asin { get; init; }
    public bool HasBeenLive { get; init; }
    public ListingRejected? LastRejection { get; init; }
    public GoLiveDeadlineState DeadlineState { get; init; }
    public DateTimeOffset? DeadlineDueAt { get; init; }

    /// <summary>One listing per SKU: its id is derived from the SKU (trimmed, case-insensitive), so a redelivered draft is the same stream.</summary>
    public static Guid IdFor(string sku) => DeterministicGuid.From($"ops.listing.sku.{sku.Trim().ToUpperInvariant()}");

    public static Listing Create(ListingDrafted e) =>
        new() { Id = e.ListingId, Sku = e.Sku, Status = ListingStatus.Draft, Content = e.Content, ContentVersion = 1 };

    public Listing Apply(ListingContentChanged e) => this with
    {
        Content = e.Content,
        ContentVersion = e.ContentVersion,
        Status = Status == ListingStatus.Rejected ? ListingStatus.Revised : Status,
    };
    public Listing Apply(ListingSubmitted _) => this with { Status = ListingStatus.Submitted };
    public Listing Apply(ListingWentLive e) => this with { Status = ListingStatus.Live, Asin = e.Asin, HasBeenLive = true };
    public Listing Apply(ListingRejected e) => this with { Status = ListingStatus.Rejected, LastRejection = e };
    public Listing Apply(ListingSuppressed _) => this with { Status = ListingStatus.Suppressed };
    public Listing Apply(ListingDelisted _) => this with { Status = ListingStatus.Delisted };
    public Listing Apply(ListingRelisted _) => this with { Status = ListingStatus.Relisted };
    public Listing Apply(GoLiveDeadlineStarted e) => this with { DeadlineState = GoLiveDeadlineState.Running, DeadlineDueAt = e.DueAt };
    public Listing Apply(GoLiveDeadlineWarned _) => this with { DeadlineState = GoLiveDeadlineState.Warned };
    public Listing Apply(GoLiveDeadlineBreached _) => this with { DeadlineState = GoLiveDeadlineState.Breached };
    public Listing Apply(GoLiveDeadlineMet _) => this with { DeadlineState = GoLiveDeadlineState.Met };

    private bool IsWithPlatform => Status is ListingStatus.Submitted or ListingStatus.Relisted;
    private bool DeadlineOpen => DeadlineState is GoLiveDeadlineState.Running or GoLiveDeadlineState.Warned;

    /// <summary>A new draft with its first content (version 1), checked at once.</summary>
    public static Decision Draft(Guid listingId, string sku, ListingContent content, ListingOrigin origin, Guid? candidateId,
        DateTimeOffset? productApprovedAt, ListingSettings policy, string by, DateTimeOffset now) =>
        Decision.Accept(
            new ListingDrafted(listingId, sku, content, origin, candidateId, productApprovedAt, by, now),
            new ListingQualityChecked(listingId, QualityCheck.Run(content, 1, policy, now), now));

    /// <summary>
    /// New content, checked at once. Allowed in every state but under review (submitted, relisted): a rejected listing
    /// becomes revised; a live one stays live (its price change is announced). The same content again changes nothing.
    /// </summary>
    public Decision ChangeContent(ListingContent content, ListingSettings policy, string by, DateTimeOffset now)
    {
        if (IsWithPlatform) return ListingRules.UnderReview;
        if (ContentDiff.AreSame(Content, content)) return Decision.Accept();
        var version = ContentVersion + 1;
        return Decision.Accept(
            new ListingContentChanged(Id, version, content, by, now),
            new ListingQualityChecked(Id, QualityCheck.Run(content, version, policy, now), now));
    }

    /// <summary>Sends a draft or revised listing for review, once the check under the settings in force finds no error and the score suffices.</summary>
    public Decision Submit(ListingSettings policy, string by, DateTimeOffset now)
    {
        Rule? refusal = Status switch
        {
            ListingStatus.Draft or ListingStatus.Revised => null,
            ListingStatus.Submitted or ListingStatus.Relisted => ListingRules.UnderReview,
            ListingStatus.Rejected => ListingRules.RejectedListingMustBeRevised,
            _ => ListingRules.OnlyDraftOrRevisedCanBeSubmitted,
        };
        if (refusal is not null) return refusal;
        return PassQualityGate(policy, now, report => new ListingSubmitted(Id, ContentVersion, report.Score, by, now));
    }

    /// <summary>The platform approved: live under the ASIN; a running go-live deadline is met (or, if already due, breached).</summary>
    public Decision Approve(string asin, string by, DateTimeOffset now)
    {
        if (Status == ListingStatus.Live && Asin == asin) return Decision.Accept();
        if (!IsWithPlatform) return ListingRules.NotUnderReview;
        var price = Content.Price ?? throw new InvalidOperationException("A listing passed the quality gate without a price.");
        var live = new ListingWentLive(Id, asin, price, by, now);
        if (!DeadlineOpen) return Decision.Accept(live);
        object closed = now <= DeadlineDueAt!.Value
            ? new GoLiveDeadlineMet(Id, DeadlineDueAt.Value, now)
            : new GoLiveDeadlineBreached(Id, DeadlineDueAt.Value, now);
        return Decision.Accept(live, closed);
    }

    /// <summary>The platform rejected, with its reason codes and text. The same rejection again changes nothing.</summary>
    public Decision Reject(IReadOnlyList<string> reasonCodes, string reasonText, string by, DateTimeOffset now)
    {
        if (Status == ListingStatus.Rejected && LastRejection is { } last
            && last.ReasonCodes.SequenceEqual(reasonCodes) && last.ReasonText == reasonText) return Decision.Accept();
        if (!IsWithPlatform) return ListingRules.NotUnderReview;
        return Decision.Accept(new ListingRejected(Id, reasonCodes, reasonText, by, now));
    }

    public Decision Suppress(string reason, string by, DateTimeOffset now) => Status switch
    {
        ListingStatus.Live => Decision.Accept(new ListingSuppressed(Id, reason, by, now)),
        ListingStatus.Suppressed => Decision.Accept(),
        _ => ListingRules.OnlyLiveListingCanBeSuppressed,
    };

    public Decision Delist(string reason, string by, DateTimeOffset now) => Status switch
    {
        ListingStatus.Live or ListingStatus.Suppressed => Decision.Accept(new ListingDelisted(Id, reason, by, now)),
        ListingStatus.Delisted => Decision.Accept(),
        _ => ListingRules.OnlyLiveOrSuppressedListingCanBeDelisted,
    };

    /// <summary>Sends a suppressed or delisted listing to the platform again, through the same quality gate as a submission.</summary>
    public Decision Relist(ListingSettings policy, string by, DateTimeOffset now) => Status switch
    {
        ListingStatus.Suppressed or ListingStatus.Delisted =>
            PassQualityGate(policy, now, report => new ListingRelisted(Id, ContentVersion, report.Score, by, now)),
        ListingStatus.Relisted => Decision.Accept(),
        _ => ListingRules.OnlySuppressedOrDelistedListingCanBeRelisted,
    };

    /// <summary>
    /// The first purchase received for the SKU starts the clock: live within <c>goLiveWorkingDays</c> working days of
    /// receipt. A later receipt (replenishment, a redelivered message) or a listing that has been live already starts nothing.
    /// </summary>
    public Decision StartGoLiveDeadline(PurchaseReceipt receipt, DeadlineCalendar calendar, ListingSettings policy, DateTimeOffset now)
    {
        if (DeadlineState != GoLiveDeadlineState.None || HasBeenLive) return Decision.Accept();
        var deadline = Deadline.InWorkingDays(calendar.Calendar, receipt.ReceivedAt, policy.GoLiveWorkingDays, policy.GoLiveWarnWorkingDaysBefore);
        return Decision.Accept(new GoLiveDeadlineStarted(Id, receipt.ReceiptId, receipt.StoreId, receipt.ReceivedAt, policy.GoLiveWorkingDays,
            calendar.Calendar.TimeZone.Id, calendar.IsStoreCalendar, deadline.WarnAt, deadline.DueAt, now));
    }

    /// <summary>The scheduled warning; ignored unless it belongs to the deadline still running.</summary>
    public Decision WarnGoLiveDeadline(DateTimeOffset dueAt, DateTimeOffset now) =>
        DeadlineState == GoLiveDeadlineState.Running && DeadlineDueAt == dueAt
            ? Decision.Accept(new GoLiveDeadlineWarned(Id, dueAt, now))
            : Decision.Accept();

    /// <summary>The scheduled breach; ignored once the listing went live in time, or when it belongs to no open deadline.</summary>
    public Decision BreachGoLiveDeadline(DateTimeOffset dueAt, DateTimeOffset now) =>
        DeadlineOpen && DeadlineDueAt == dueAt
            ? Decision.Accept(new GoLiveDeadlineBreached(Id, dueAt, now))
            : Decision.Accept();

    /// <summary>What goes to the platform is checked first under the settings in force: no error-level finding, enough score (every miss named).</summary>
    private Decision PassQualityGate(ListingSettings policy, DateTimeOffset now, Func<ListingQualityReport, object> sent)
    {
        var report = QualityCheck.Run(Content, ContentVersion, policy, now);
        if (ListingRules.QualityGate(report, policy) is { } refusal) return refusal;
        return Decision.Accept(new ListingQualityChecked(Id, report, now), sent(report));
    }
}
