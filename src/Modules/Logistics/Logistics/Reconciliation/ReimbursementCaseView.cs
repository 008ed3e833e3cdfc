using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared;
using Ops.Shared.Http;

namespace Ops.Logistics.Reconciliation;

public sealed record ReimbursementCaseView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public ReimbursementCaseKind Kind { get; init; }
    public ReimbursementCaseStatus Status { get; init; }
    public Guid WarehouseId { get; init; }
    public Guid StoreId { get; init; }
    public required string Sku { get; init; }

    /// <summary>Quantity, unit cost and the amount claimed (quantity × unit cost), in the unit cost's currency.</summary>
    public required ReimbursementClaim Claim { get; init; }

    public InboundShortfall? Shortfall { get; init; }

    /// <summary>The shipment a shortfall case came from (null for lost or damaged stock): the list filters by it.</summary>
    public string? ShipmentReference { get; init; }

    public required string Evidence { get; init; }
    public IReadOnlyList<string> EvidenceRefs { get; init; } = [];
    public string? AmazonCaseId { get; init; }
    public Money? AmountReimbursed { get; init; }
    public string? RejectionReason { get; init; }
    public string? ClosingNote { get; init; }
    public required string OpenedBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ReimbursementCaseProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ReimbursementCaseView>().Index(c => c.Status).Index(c => c.Sku).Index(c => c.OpenedAt);
    }
}

public sealed class ReimbursementCaseProjection : SingleStreamProjection<ReimbursementCaseView, Guid>
{
    public override ReimbursementCaseView? Evolve(ReimbursementCaseView? view, Guid id, IEvent e) => (view, e.Data) switch
    {
        (null, ReimbursementCaseOpened o) => new ReimbursementCaseView
        {
            Id = o.CaseId, Kind = o.Kind, Status = ReimbursementCaseStatus.Open, WarehouseId = o.WarehouseId, StoreId = o.StoreId, Sku = o.Sku,
            Claim = o.Claim, Shortfall = o.Shortfall, ShipmentReference = o.Shortfall?.ShipmentReference, Evidence = o.Evidence,
            EvidenceRefs = o.EvidenceRefs, OpenedBy = o.OpenedBy, OpenedAt = o.OpenedAt,
        },
        (not null, ReimbursementCaseSubmitted s) => view with { Status = ReimbursementCaseStatus.Submitted, AmazonCaseId = s.AmazonCaseId, SubmittedAt = s.SubmittedAt },
        (not null, ReimbursementReceived r) => view with { Status = ReimbursementCaseStatus.Reimbursed, AmountReimbursed = r.Amount, DecidedAt = r.RecordedAt },
        (not null, ReimbursementCaseRejected r) => view with { Status = ReimbursementCaseStatus.Rejected, RejectionReason = r.Reason, DecidedAt = r.RecordedAt },
        (not null, ReimbursementCaseClosed c) => view with { Status = ReimbursementCaseStatus.Closed, ClosingNote = c.Note, ClosedAt = c.ClosedAt },
        _ => view,
    };
}
