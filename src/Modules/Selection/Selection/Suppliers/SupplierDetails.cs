using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Selection.Suppliers;

/// <summary>A supplier as the API shows it: profile, status and grade, documents, evaluations, agreements, incidents, deliveries.</summary>
public sealed record SupplierDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Name { get; init; }
    public required SupplierContact Contact { get; init; }
    public required string Country { get; init; }
    public int MonthlyCapacityUnits { get; init; }
    public SupplierStatus Status { get; init; }
    public SupplierGrade? Grade { get; init; }
    public decimal? WeightedScore { get; init; }

    /// <summary>Enough quality incidents fell within the window; cleared by the next evaluation.</summary>
    public bool ReviewRequired { get; init; }

    public string? Conditions { get; init; }
    public string? RejectionReason { get; init; }
    public string? SuspensionReason { get; init; }
    public IReadOnlyList<SupplierDocument> Documents { get; init; } = [];
    public SupplierEvaluation? LatestEvaluation { get; init; }
    public IReadOnlyList<SupplierEvaluation> Evaluations { get; init; } = [];
    public IReadOnlyList<SupplierAgreement> Agreements { get; init; } = [];
    public IReadOnlyList<QualityIncident> QualityIncidents { get; init; } = [];
    /// <summary>
    /// The summary of the supplier's delivery log (<see cref="SupplierDeliveryLog"/>), written by the delivery handler
    /// (ADR 0009); deliveries are not on the supplier's stream.
    /// </summary>
    public DeliveryTimeliness Deliveries { get; init; } = DeliveryTimeliness.None;
    public required string RegisteredBy { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<SupplierDetailsProjection>(ProjectionLifecycle.Inline);
        options.Events.EnableSideEffectsOnInlineProjections = true; // the work queue's items (SupplierWork)
        // The grade and the delivery counts are columns of their own beside the document, in one index that covers the
        // KPI "suppliers by grade" (and the all-time on-time sums): PostgreSQL answers it from the index alone, without
        // reading a document (ms at 100k suppliers, where reading every document took ~0.3 s). The KPI's on-time delivery
        // over a period counts the delivery rows instead (RecordedDelivery), which carry when each delivery came.
        options.Schema.For<SupplierDetails>()
            .Index(s => s.Name)
            .Duplicate(s => s.Deliveries.Count, pgType: "integer")
            .Duplicate(s => s.Deliveries.OnTimeCount, pgType: "integer")
            .Duplicate(s => s.Grade!, configure: index => index.IncludeColumns = [DeliveriesColumn, OnTimeColumn]);
    }

    /// <summary>The columns that hold the grade and <see cref="Deliveries"/>' counts, as Marten names a duplicated field from its path.</summary>
    internal const string GradeColumn = "grade", DeliveriesColumn = "deliveriescount", OnTimeColumn = "deliverieson_time_count";
}

public sealed record SupplierDocument(
    Guid DocumentId, QualificationDocumentKind Kind, string Name, string Number, DateOnly IssuedOn, DateOnly ExpiresOn, DocumentStatus Status)
{
    public static SupplierDocument From(QualificationDocument d) => new(d.DocumentId, d.Kind, d.Name, d.Number, d.IssuedOn, d.ExpiresOn, DocumentStatus.Valid);
}

/// <summary>One evaluation with the inputs of its arithmetic (weights and thresholds in force, incident penalty).</summary>
public sealed record SupplierEvaluation(
    Guid EvaluationId, SupplierScores Scores, int AdjustedQualityScore, int QualityIncidentsCounted, int QualityPenaltyPerIncident,
    SupplierScoreWeights Weights, GradeThresholds Thresholds, decimal WeightedScore, SupplierGrade Grade, string? Notes,
    string EvaluatedBy, DateTimeOffset EvaluatedAt)
{
    public static SupplierEvaluation From(SupplierEvaluated e) => new(e.EvaluationId, e.Scores, e.AdjustedQualityScore,
        e.QualityIncidentsCounted, e.QualityPenaltyPerIncident, e.Weights, e.Thresholds, e.WeightedScore, e.Grade, e.Notes,
        e.EvaluatedBy, e.EvaluatedAt);
}

/// <summary>
/// How reliably the supplier delivers, from logistics receipts: <see cref="OnTimePercent"/> is on-time ÷ all × 100,
/// rounded to 2 decimals half away from zero, and null before the first delivery. <see cref="Last"/> is the latest
/// receipt by the time it was received, whatever order the reports came in.
/// </summary>
public sealed record DeliveryTimeliness(int Count, int OnTimeCount, decimal? OnTimePercent, SupplierDelivery? Last)
{
    public static readonly DeliveryTimeliness None = new(0, 0, null, null);

    public DeliveryTimeliness With(SupplierDeliveryRecorded recorded) => With(new SupplierDelivery(recorded.Receipt, recorded.OnTime, recorded.DaysLate));

    public DeliveryTimeliness With(SupplierDeliveryReceived received) => With(new SupplierDelivery(received.Receipt, received.OnTime, received.DaysLate));

    private DeliveryTimeliness With(SupplierDelivery delivery)
    {
        var (count, onTime) = (Count + 1, OnTimeCount + (delivery.OnTime ? 1 : 0));
        return new(count, onTime, Math.Round(onTime * 100m / count, 2, MidpointRounding.AwayFromZero),
            Last is { } last && last.Receipt.ReceivedAt > delivery.Receipt.ReceivedAt ? last : delivery);
    }
}

public sealed record SupplierDelivery(SupplierReceipt Receipt, bool OnTime, int DaysLate);

public sealed class SupplierDetailsProjection : SingleStreamProjection<SupplierDetails, Guid>
{
    /// <summary>The supplier's items for the work queue, in the outbox of the write that changed them.</summary>
    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<SupplierDetails> slice)
    {
        if (slice.Snapshot is { } supplier)
            foreach (var item in SupplierWork.For(supplier, slice.Events())) slice.PublishMessage(item);
        return ValueTask.CompletedTask;
    }

    public override SupplierDetails? Evolve(SupplierDetails? supplier, Guid id, IEvent e) => (supplier, e.Data) switch
    {
        (null, SupplierRegistered r) => new SupplierDetails
        {
            Id = r.SupplierId, Name = r.Name, Contact = r.Contact, Country = r.Country, MonthlyCapacityUnits = r.MonthlyCapacityUnits,
            Status = SupplierStatus.Registered, RegisteredBy = r.RegisteredBy, RegisteredAt = r.RegisteredAt,
        },
        (not null, QualificationDocumentAdded a) => supplier with { Documents = [.. supplier.Documents, SupplierDocument.From(a.Document)] },
        (not null, QualificationDocumentReplaced r) => supplier with { Documents = [.. supplier.Documents.Where(d => d.DocumentId != r.DocumentId)] },
        (not null, QualificationDocumentExpiring x) => WithDocumentStatus(supplier, x.DocumentId, DocumentStatus.Expiring),
        (not null, QualificationDocumentExpired x) => WithDocumentStatus(supplier, x.DocumentId, DocumentStatus.Expired),
        (not null, SupplierEvaluated v) => supplier with
        {
            Status = supplier.Status == SupplierStatus.Registered ? SupplierStatus.Evaluated : supplier.Status,
            Grade = v.Grade,
            WeightedScore = v.WeightedScore,
            ReviewRequired = false,
            LatestEvaluation = SupplierEvaluation.From(v),
            Evaluations = [.. supplier.Evaluations, SupplierEvaluation.From(v)],
        },
        (not null, SupplierApproved) => supplier with { Status = SupplierStatus.Approved, Conditions = null },
        (not null, SupplierApprovedConditionally c) => supplier with { Status = SupplierStatus.Conditional, Conditions = c.Conditions },
        (not null, SupplierRejected r) => supplier with { Status = SupplierStatus.Rejected, RejectionReason = r.Reason },
        (not null, SupplierAgreementSigned s) => supplier with { Agreements = [.. supplier.Agreements, s.Agreement] },
        (not null, QualityIncidentRecorded i) => supplier with { QualityIncidents = [.. supplier.QualityIncidents, i.Incident] },
        (not null, SupplierReviewRequired) => supplier with { ReviewRequired = true },
        (not null, SupplierSuspended s) => supplier with { Status = SupplierStatus.Suspended, SuspensionReason = s.Reason },
        (not null, SupplierReinstated r) => supplier with { Status = r.Status, SuspensionReason = null },
        // Stored before deliveries had a stream of their own (ADR 0009).
        (not null, SupplierDeliveryRecorded d) => supplier with { Deliveries = supplier.Deliveries.With(d) },
        _ => supplier,
    };

    private static SupplierDetails WithDocumentStatus(SupplierDetails supplier, Guid documentId, DocumentStatus status) => supplier with
    {
        Documents = [.. supplier.Documents.Select(d => d.DocumentId == documentId ? d with { Status = status } : d)],
    };
}
