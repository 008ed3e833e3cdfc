using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Inquiries;
using Ops.Shared.Http;

namespace Ops.Service.Complaints;

/// <summary>
/// A complaint as the API shows it: who complained about which order, both clocks with what became of them, each
/// escalation and resolution, and whether it was handled in time. <see cref="DeadlineState"/>, <see cref="UrgencyRank"/>
/// and <see cref="FirstDueAt"/> order the complaints queue by time left.
/// </summary>
public sealed record ComplaintDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public required ComplaintCustomer Customer { get; init; }
    public required string OrderNumber { get; init; }
    public required string Problem { get; init; }
    public ComplaintCategory? Category { get; init; }
    public string? Sku { get; init; }
    public ComplaintStatus Status { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The store's time zone, in whose business hours both clocks count.</summary>
    public required string TimeZone { get; init; }

    /// <summary>Escalation to the responsible department, within <c>complaintEscalationHours</c>.</summary>
    public required ClockDetails EscalationDeadline { get; init; }

    /// <summary>Resolution, within <c>complaintResolutionHours</c>.</summary>
    public required ClockDetails ResolutionDeadline { get; init; }

    /// <summary>
    /// While at work, the worse of the clocks still running (breached, warned, running); once resolved, met when the
    /// resolution was in time, else breached.
    /// </summary>
    public ResponseDeadlineState DeadlineState { get; init; }

    /// <summary>Queue order: 0 at work and breached, 1 at work and warned, 2 at work and running, 3 resolved, confirmed or closed.</summary>
    public int UrgencyRank { get; init; }

    /// <summary>The earliest due time of the clocks still running (else the resolution's): within a rank, least time left first.</summary>
    public DateTimeOffset FirstDueAt { get; init; }

    /// <summary>Resolved within the resolution deadline (complaint handled in time); null until resolved, and again once reopened.</summary>
    public bool? HandledInTime { get; init; }

    public ComplaintStep? Acknowledgement { get; init; }
    public IReadOnlyList<ComplaintEscalation> Escalations { get; init; } = [];
    public IReadOnlyList<ComplaintResolution> Resolutions { get; init; } = [];

    /// <summary>The customer's answer to the latest resolution: satisfied (with a comment) or not (why).</summary>
    public CustomerAnswer? CustomerAnswer { get; init; }

    public ComplaintStep? Closing { get; init; }
    public required string RegisteredBy { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ComplaintDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ComplaintDetails>().Index(c => c.StoreId).Index(c => c.Status).Index(c => c.UrgencyRank);
    }

    internal bool AtWork => Status is ComplaintStatus.Registered or ComplaintStatus.Acknowledged or ComplaintStatus.Escalated or ComplaintStatus.Reopened;

    internal ComplaintDetails Ranked()
    {
        var running = new[] { EscalationDeadline, ResolutionDeadline }.Where(c => c.State != ResponseDeadlineState.Met).ToList();
        var state = AtWork
            ? running.Count == 0 ? ResponseDeadlineState.Running : running.Select(c => c.State).Max()
            : ResolutionDeadline.State == ResponseDeadlineState.Met ? ResponseDeadlineState.Met : ResponseDeadlineState.Breached;
        var rank = !AtWork ? 3 : state switch
        {
            ResponseDeadlineState.Breached => 0,
            ResponseDeadlineState.Warned => 1,
            _ => 2,
        };
        var open = running.Where(c => c.IsOpen).ToList();
        return this with { DeadlineState = state, UrgencyRank = rank, FirstDueAt = open.Count == 0 ? ResolutionDeadline.DueAt : open.Min(c => c.DueAt) };
    }
}

/// <summary>A step of the complaint: a note, who and when.</summary>
public sealed record ComplaintStep(string? Note, string By, DateTimeOffset At);

/// <summary>Where the complaint went and what it raised there (a collaboration request, or a return request later).</summary>
public sealed record ComplaintEscalation(string Department, EscalationTarget Target, bool InTime, string EscalatedBy, DateTimeOffset EscalatedAt);

/// <summary>The result the customer was told, in time or not, and which round it was.</summary>
public sealed record ComplaintResolution(int Round, string Result, bool InTime, string ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>Whether the customer is satisfied with the latest resolution, what they said, recorded by whom and when.</summary>
public sealed record CustomerAnswer(bool Satisfied, string? Comment, string RecordedBy, DateTimeOffset RecordedAt);

public sealed class ComplaintDetailsProjection : SingleStreamProjection<ComplaintDetails, Guid>
{
    public override ComplaintDetails? Evolve(ComplaintDetails? complaint, Guid id, IEvent e) => (complaint, e.Data) switch
    {
        (null, ComplaintRegistered r) => new ComplaintDetails
        {
            Id = r.ComplaintId, StoreId = r.StoreId, Marketplace = r.Marketplace, Customer = r.Customer, OrderNumber = r.OrderNumber,
            Problem = r.Problem, Category = r.Category, Sku = r.Sku, Status = ComplaintStatus.Registered, ReceivedAt = r.ReceivedAt,
            TimeZone = r.TimeZone, EscalationDeadline = ClockDetails.From(r.EscalationDeadline), ResolutionDeadline = ClockDetails.From(r.ResolutionDeadline),
            RegisteredBy = r.RegisteredBy, RegisteredAt = r.RegisteredAt,
        }.Ranked(),
        (not null, ComplaintAcknowledged a) => complaint with
        {
            Status = ComplaintStatus.Acknowledged, Acknowledgement = new ComplaintStep(a.Note, a.AcknowledgedBy, a.AcknowledgedAt),
        },
        (not null, ComplaintEscalated x) => (complaint with
        {
            Status = ComplaintStatus.Escalated,
            Escalations = [.. complaint.Escalations, new ComplaintEscalation(x.Department, x.Target, x.WithinDeadline, x.EscalatedBy, x.EscalatedAt)],
            EscalationDeadline = complaint.EscalationDeadline.IsOpen
                ? complaint.EscalationDeadline.Stopped(x.WithinDeadline, x.EscalatedAt)
                : complaint.EscalationDeadline,
        }).Ranked(),
        (not null, ComplaintDeadlineWarned w) => Clock(complaint, w.Clock, c => c.Warned(w.WarnedAt)),
        (not null, ComplaintDeadlineBreached b) => Clock(complaint, b.Clock, c => c.Breached(b.BreachedAt)),
        (not null, ComplaintResolved r) => (complaint with
        {
            Status = ComplaintStatus.Resolved,
            HandledInTime = r.WithinDeadline,
            Resolutions = [.. complaint.Resolutions, new ComplaintResolution(r.Round, r.Result, r.WithinDeadline, r.ResolvedBy, r.ResolvedAt)],
            CustomerAnswer = null,
            ResolutionDeadline = complaint.ResolutionDeadline.Stopped(r.WithinDeadline, r.ResolvedAt),
            EscalationDeadline = complaint.EscalationDeadline.IsOpen ? complaint.EscalationDeadline.Stopped(true, r.ResolvedAt) : complaint.EscalationDeadline,
        }).Ranked(),
        (not null, ComplaintConfirmed c) => (complaint with
        {
            Status = ComplaintStatus.Confirmed, CustomerAnswer = new CustomerAnswer(true, c.Comment, c.ConfirmedBy, c.ConfirmedAt),
        }).Ranked(),
        (not null, ComplaintReopened r) => (complaint with
        {
            Status = ComplaintStatus.Reopened,
            HandledInTime = null,
            CustomerAnswer = new CustomerAnswer(false, r.Reason, r.ReopenedBy, r.ReopenedAt),
            ResolutionDeadline = complaint.ResolutionDeadline.Restarted(),
        }).Ranked(),
        (not null, ComplaintClosed c) => (complaint with { Status = ComplaintStatus.Closed, Closing = new ComplaintStep(null, c.ClosedBy, c.ClosedAt) }).Ranked(),
        _ => complaint,
    };

    private static ComplaintDetails Clock(ComplaintDetails complaint, ComplaintClock clock, Func<ClockDetails, ClockDetails> change) =>
        (clock == ComplaintClock.Escalation
            ? complaint with { EscalationDeadline = change(complaint.EscalationDeadline) }
            : complaint with { ResolutionDeadline = change(complaint.ResolutionDeadline) }).Ranked();
}
