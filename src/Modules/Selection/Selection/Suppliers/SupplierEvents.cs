using Ops.Shared;
using Ops.Shared.Audit;

namespace Ops.Selection.Suppliers;

// The facts of a supplier's life, in the order they may happen. Never renamed once stored.

[History("Supplier registered", "供应商已登记")]
public sealed record SupplierRegistered(
    Guid SupplierId, string Name, SupplierContact Contact, string Country, int MonthlyCapacityUnits,
    string RegisteredBy, DateTimeOffset RegisteredAt);

[History("Qualification document added", "资质文件已添加")]
public sealed record QualificationDocumentAdded(Guid SupplierId, QualificationDocument Document, string AddedBy, DateTimeOffset AddedAt);

/// <summary>A document of the same kind and number was added: the earlier one is no longer on file.</summary>
[History("Qualification document replaced", "资质文件已更换")]
public sealed record QualificationDocumentReplaced(
    Guid SupplierId, Guid DocumentId, Guid ReplacedByDocumentId, string ReplacedBy, DateTimeOffset ReplacedAt);

[History("Qualification document expiring", "资质文件即将过期")]
public sealed record QualificationDocumentExpiring(Guid SupplierId, Guid DocumentId, DateOnly ExpiresOn, DateTimeOffset WarnedAt);

[History("Qualification document expired", "资质文件已过期")]
public sealed record QualificationDocumentExpired(Guid SupplierId, Guid DocumentId, DateOnly ExpiresOn, DateTimeOffset ExpiredAt);

/// <summary>
/// An evaluation with everything needed to re-check its arithmetic: the scores as submitted, the quality score
/// after the incident penalty, the weights and thresholds in force, the weighted score and the grade.
/// </summary>
[History("Supplier evaluated", "供应商已评估")]
public sealed record SupplierEvaluated(
    Guid SupplierId, Guid EvaluationId, SupplierScores Scores, int AdjustedQualityScore, int QualityIncidentsCounted,
    int QualityPenaltyPerIncident, SupplierScoreWeights Weights, GradeThresholds Thresholds, decimal WeightedScore,
    SupplierGrade Grade, SupplierGrade? PreviousGrade, string? Notes, string EvaluatedBy, DateTimeOffset EvaluatedAt);

[History("Supplier approved", "供应商已批准")]
public sealed record SupplierApproved(Guid SupplierId, SupplierGrade Grade, string ApprovedBy, DateTimeOffset ApprovedAt);

[History("Supplier approved with conditions", "供应商已有条件批准")]
public sealed record SupplierApprovedConditionally(
    Guid SupplierId, SupplierGrade Grade, string Conditions, string ApprovedBy, DateTimeOffset ApprovedAt);

[History("Supplier rejected", "供应商已否决")]
public sealed record SupplierRejected(Guid SupplierId, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

[History("Supplier agreement signed", "供应商协议已签署")]
public sealed record SupplierAgreementSigned(Guid SupplierId, SupplierAgreement Agreement, string SignedBy, DateTimeOffset SignedAt);

[History("Quality incident recorded", "质量事故已记录")]
public sealed record QualityIncidentRecorded(Guid SupplierId, QualityIncident Incident, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Enough quality incidents fell within the window: the supplier is due for re-evaluation.</summary>
[History("Supplier review required", "供应商需要复审")]
public sealed record SupplierReviewRequired(Guid SupplierId, int IncidentsInWindow, int WindowDays, DateTimeOffset RequiredAt);

[History("Supplier suspended", "供应商已暂停")]
public sealed record SupplierSuspended(Guid SupplierId, string Reason, string SuspendedBy, DateTimeOffset SuspendedAt);

/// <summary>Back to <paramref name="Status"/>, the status the supplier had when it was suspended.</summary>
[History("Supplier reinstated", "供应商已恢复")]
public sealed record SupplierReinstated(Guid SupplierId, SupplierStatus Status, string Reason, string ReinstatedBy, DateTimeOffset ReinstatedAt);

/// <summary>
/// Goods from the supplier were received: on time when <c>receivedOn ≤ expectedOn</c>; <paramref name="DaysLate"/> is 0
/// when on time. Obsolete for writing: stored on suppliers' streams before deliveries had a stream of their own
/// (<see cref="SupplierDeliveryReceived"/>, ADR 0009); kept, with its <c>Apply</c>, so those streams still load.
/// </summary>
[History("Delivery recorded", "交货已记录")]
public sealed record SupplierDeliveryRecorded(
    Guid SupplierId, SupplierReceipt Receipt, bool OnTime, int DaysLate, string RecordedBy, DateTimeOffset RecordedAt);

// The values the events carry.

public sealed record SupplierContact(string Person, string Email, string? Phone);

public enum QualificationDocumentKind { BusinessLicence, Certification, Other }

public sealed record QualificationDocument(
    Guid DocumentId, QualificationDocumentKind Kind, string Name, string Number, DateOnly IssuedOn, DateOnly ExpiresOn)
{
    /// <summary>
    /// A document expires at the start of its expiry day in UTC. The store's own day would be more exact; UTC keeps
    /// every node, every scheduled message and every test in agreement.
    /// </summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool IsExpiredAt(DateTimeOffset now) => now >= StartOfDayUtc(ExpiresOn);

    /// <summary>Same kind and number (ignoring case and spaces around it): the newer document replaces the older.</summary>
    public bool IsSameDocumentAs(QualificationDocument other) => IdentityOf(Kind, Number) == IdentityOf(other.Kind, other.Number);

    public static (QualificationDocumentKind Kind, string Number) IdentityOf(QualificationDocumentKind kind, string number) =>
        (kind, number.Trim().ToUpperInvariant());
}

/// <summary>Scores 0–100 for each evaluation criterion.</summary>
public sealed record SupplierScores(int Qualification, int Reputation, int Capacity, int Quality, int Price, int LeadTime, int AfterSales);

public sealed record SupplierAgreement(
    Guid AgreementId, string PriceTerms, Money UnitPrice, int LeadTimeDays, int Moq, string PaymentTerms, string AfterSalesTerms,
    DateOnly StartsOn, DateOnly EndsOn);

public enum QualityIncidentSource { Return, Inspection, Complaint, Other }

public sealed record QualityIncident(Guid IncidentId, DateTimeOffset OccurredAt, string? Sku, string Description, QualityIncidentSource Source);

/// <summary>A receipt of the supplier's goods into a store's warehouse, as logistics reported it (dates in the warehouse's time zone).</summary>
public sealed record SupplierReceipt(
    Guid ReceiptId, Guid StoreId, string Sku, int QuantityReceived, int QuantityAccepted, DateOnly ExpectedOn, DateOnly ReceivedOn,
    DateTimeOffset ReceivedAt);
