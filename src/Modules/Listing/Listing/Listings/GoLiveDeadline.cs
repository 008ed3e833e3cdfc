using JasperFx.Events;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Organization.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

/// <summary>Due <c>goLiveWarnWorkingDaysBefore</c> working days before the go-live deadline.</summary>
[DeadlineTimer(GoLiveDeadlines.Timer, GoLiveDeadlines.TimerName, GoLiveDeadlines.TimerChineseName)]
public sealed record WarnGoLiveDeadline(Guid ListingId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due at the go-live deadline.</summary>
[DeadlineTimer(GoLiveDeadlines.Timer, GoLiveDeadlines.TimerName, GoLiveDeadlines.TimerChineseName)]
public sealed record BreachGoLiveDeadline(Guid ListingId, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// A purchase received for a SKU that has no listing yet. The first receipt is remembered, and the clock starts when
/// the draft appears — still counted from the receipt, because the policy counts from the goods arriving.
/// </summary>
public sealed record ReceiptAwaitingListing(Guid Id, string Sku, PurchaseReceipt Receipt);

/// <summary>
/// The go-live deadline (listing.md, "Deadline"): live within <c>goLiveWorkingDays</c> working days of the purchase
/// being received, counted by the receiving store's calendar. The warning and the breach are scheduled in the outbox
/// with the event that started the clock; their handlers ignore them once the listing went live in time or when they
/// belong to no open deadline, so going live is what cancels them.
/// </summary>
public static class GoLiveDeadlines
{
    /// <summary>The timer that warns and breaches, as history names it.</summary>
    public const string Timer = "go-live", TimerName = "system: go-live timer", TimerChineseName = "系统：上架计时器";

    /// <summary>The store's calendar as listing last heard it; when the store is unknown, Monday–Friday in UTC without holidays.</summary>
    public static async Task<DeadlineCalendar> CalendarFor(IQuerySession session, Guid storeId, CancellationToken ct) =>
        await session.LoadAsync<StoreCalendarCopy>(storeId, ct) is { } copy
            ? new DeadlineCalendar(copy.ToWorkingCalendar(), IsStoreCalendar: true)
            : new DeadlineCalendar(new WorkingCalendar(TimeZoneInfo.Utc), IsStoreCalendar: false);

    public static OutgoingMessages Schedule(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var started in events.OfType<GoLiveDeadlineStarted>())
            new Deadline(started.WarnAt, started.DueAt).Schedule(messages,
                new WarnGoLiveDeadline(started.ListingId, started.DueAt), new BreachGoLiveDeadline(started.ListingId, started.DueAt));
        return messages;
    }

    /// <summary>The draft's events, followed by the start of the clock when the product's purchase was received before the draft existed.</summary>
    public static async Task<IReadOnlyList<object>> WithAwaitingReceiptAsync(IDocumentSession session, Decision draft, ListingSettings policy,
        DateTimeOffset now, CancellationToken ct)
    {
        var drafted = draft.Events.OfType<ListingDrafted>().Single();
        if (await session.LoadAsync<ReceiptAwaitingListing>(drafted.ListingId, ct) is not { } awaiting) return draft.Events;

        session.Delete(awaiting);
        var calendar = await CalendarFor(session, awaiting.Receipt.StoreId, ct);
        var started = Listing.Create(drafted).StartGoLiveDeadline(awaiting.Receipt, calendar, policy, now);
        return [.. draft.Events, .. started.Events];
    }
}

/// <summary>
/// Logistics received a purchase into a store's warehouse: the listing for the SKU starts its go-live clock (once, on
/// the first receipt). A redelivered message, or any later receipt, changes nothing.
/// </summary>
public static class PurchaseReceivedHandler
{
    public static async Task<OutgoingMessages> Handle(PurchaseReceived received, IDocumentSession session, ListingSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        session.LastModifiedBy = context.Actor(); // whoever logistics relays, or "system": never an event without an actor
        var listingId = Listing.IdFor(received.Sku);
        var receipt = new PurchaseReceipt(received.ReceiptId, received.StoreId, received.ReceivedAt);
        var listing = await session.Events.FetchForWriting<Listing>(listingId, ct);
        if (listing.Aggregate is null)
        {
            if (await session.LoadAsync<ReceiptAwaitingListing>(listingId, ct) is null)
                session.Store(new ReceiptAwaitingListing(listingId, received.Sku, receipt));
            return [];
        }

        var calendar = await GoLiveDeadlines.CalendarFor(session, received.StoreId, ct);
        var outcome = listing.Decide(listingId, expectedVersion: null, l => l.StartGoLiveDeadline(receipt, calendar, policy, time.GetUtcNow()));
        return GoLiveDeadlines.Schedule(outcome.Appended());
    }
}

public static class WarnGoLiveDeadlineHandler
{
    public static void Handle(WarnGoLiveDeadline message, [WriteAggregate(Required = false)] IEventStream<Listing> listing, TimeProvider time) =>
        listing.Decide(message.ListingId, expectedVersion: null, l => l.WarnGoLiveDeadline(message.DueAt, time.GetUtcNow()));
}

public static class BreachGoLiveDeadlineHandler
{
    public static void Handle(BreachGoLiveDeadline message, [WriteAggregate(Required = false)] IEventStream<Listing> listing, TimeProvider time) =>
        listing.Decide(message.ListingId, expectedVersion: null, l => l.BreachGoLiveDeadline(message.DueAt, time.GetUtcNow()));
}

/// <summary>
/// The go-live deadline as the work queue shows it (<see cref="WorkItemChanged"/>), published by the listing's read model
/// with the write that started, warned, breached or met it, or took the listing live.
/// </summary>
public static class GoLiveWork
{
    public const string Kind = "go-live";

    /// <summary>The queue's item for <paramref name="listing"/> after <paramref name="events"/>, if any of them changed its deadline.</summary>
    public static WorkItemChanged? For(ListingDetails listing, IEnumerable<IEvent> events)
    {
        var change = events.Select(e => (e.Version, At: e.Data switch
        {
            GoLiveDeadlineStarted s => s.StartedAt,
            GoLiveDeadlineWarned w => w.WarnedAt,
            GoLiveDeadlineBreached b => b.BreachedAt,
            GoLiveDeadlineMet m => m.MetAt,
            ListingWentLive l => l.WentLiveAt,
            _ => (DateTimeOffset?)null,
        })).LastOrDefault(c => c.At is not null);
        if (listing.Deadline is not { } deadline || change.At is not { } changedAt) return null;

        var state = listing.DeadlineState switch
        {
            GoLiveDeadlineState.Running => WorkItemState.Open,
            GoLiveDeadlineState.Warned => WorkItemState.Warned,
            // Breached stays in the queue until the listing is live: late, but no longer owed.
            GoLiveDeadlineState.Breached when listing.FirstWentLiveAt is null => WorkItemState.Breached,
            _ => WorkItemState.Closed,
        };
        return new WorkItemChanged($"listing.{Kind}:{listing.Id}", "listing", Kind, listing.Id, listing.Sku, $"/listing/listings/{listing.Id}",
            deadline.StoreId, listing.DraftedBy, [Role.Listing, Role.OpsManager], deadline.WarnAt, deadline.DueAt, state, changedAt, change.Version);
    }
}
