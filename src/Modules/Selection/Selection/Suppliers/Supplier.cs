using System.Collections.Immutable;
using Ops.Shared.Outcomes;

namespace Ops.Selection.Suppliers;

public enum SupplierStatus { Registered, Evaluated, Approved, Conditional, Rejected, Suspended }

public enum SupplierGrade { A, B, C, D }

/// <summary>Where a qualification document stands: valid, within the warning window, or expired.</summary>
public enum DocumentStatus { Valid, Expiring, Expired }

public static class SupplierRules
{
    public static readonly Rule MustBeEvaluatedBeforeDecision = new("supplier.must_be_evaluated_before_decision",
        "Evaluate the supplier before approving or rejecting it.", "请先评估供应商，再批准或拒绝。");
    public static readonly Rule GradeDCannotBeApproved = new("supplier.grade_d_cannot_be_approved",
        "A grade D supplier cannot be approved, not even conditionally.", "D 级供应商不能批准，附条件批准也不行。");
    public static readonly Rule GradeCCanOnlyBeApprovedConditionally = new("supplier.grade_c_can_only_be_approved_conditionally",
        "A grade C supplier can only be approved with conditions.", "C 级供应商只能附条件批准。");
    public static readonly Rule RejectionIsFinal = new("supplier.rejection_is_final",
        "A rejected supplier is neither evaluated nor approved again; register it anew to start over.",
        "已拒绝的供应商不再评估或批准；如需重新合作，请重新登记。");
    public static readonly Rule SuspendedSupplierMustBeReinstatedFirst = new("supplier.suspended_supplier_must_be_reinstated_first",
        "Reinstate the suspended supplier before deciding on it again.", "供应商已暂停合作，请先恢复再做决定。");
    public static readonly Rule OnlyApprovedSupplierCanSignAgreement = new("supplier.only_approved_supplier_can_sign_agreement",
        "Agreements are signed only with approved (or conditionally approved) suppliers.", "只能与已批准（含附条件批准）的供应商签订协议。");
    public static readonly Rule OnlyActiveSupplierCanBeSuspended = new("supplier.only_active_supplier_can_be_suspended",
        "Only an approved or conditionally approved supplier can be suspended.", "只有已批准或附条件批准的供应商才能暂停合作。");
    public static readonly Rule OnlySuspendedSupplierCanBeReinstated = new("supplier.only_suspended_supplier_can_be_reinstated",
        "Only a suspended supplier can be reinstated.", "只有已暂停的供应商才能恢复合作。");
    public static readonly Rule ExpiredDocumentCannotBeAdded = new("supplier.expired_document_cannot_be_added",
        "This qualification document has already expired.", "该资质文件已过期。");
}

/// <summary>A document the supplier has on file and how far it is from expiring.</summary>
public sealed record DocumentOnFile(QualificationDocument Document, DocumentStatus Status);

/// <summary>What supplier decisions need, and nothing more. Every decide method is a pure function of state, input and now.</summary>
public sealed record Supplier
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public SupplierStatus Status { get; init; }
    public SupplierStatus? StatusBeforeSuspension { get; init; }
    public SupplierGrade? Grade { get; init; }
    public string? Conditions { get; init; }
    public IReadOnlyList<DocumentOnFile> Documents { get; init; } = [];
    public IReadOnlyList<QualityIncident> QualityIncidents { get; init; } = [];
    public bool ReviewRequired { get; init; }

    /// <summary>Receipts recorded on the supplier's stream before deliveries had a stream of their own (ADR 0009).</summary>
    public ImmutableHashSet<Guid> DeliveryReceiptIds { get; init; } = [];

    public static Supplier Create(SupplierRegistered e) => new() { Id = e.SupplierId, Name = e.Name, Status = SupplierStatus.Registered };

    public Supplier Apply(QualificationDocumentAdded e) => this with { Documents = [.. Documents, new(e.Document, DocumentStatus.Valid)] };
    public Supplier Apply(QualificationDocumentReplaced e) => this with { Documents = [.. Documents.Where(d => d.Document.DocumentId != e.DocumentId)] };
    public Supplier Apply(QualificationDocumentExpiring e) => WithDocumentStatus(e.DocumentId, DocumentStatus.Expiring);
    public Supplier Apply(QualificationDocumentExpired e) => WithDocumentStatus(e.DocumentId, DocumentStatus.Expired);
    public Supplier Apply(SupplierEvaluated e) => this with
    {
        Status = Status == SupplierStatus.Registered ? SupplierStatus.Evaluated : Status,
        Grade = e.Grade,
        ReviewRequired = false,
    };
    public Supplier Apply(SupplierApproved _) => this with { Status = SupplierStatus.Approved, Conditions = null };
    public Supplier Apply(SupplierApprovedConditionally e) => this with { Status = SupplierStatus.Conditional, Conditions = e.Conditions };
    public Supplier Apply(SupplierRejected _) => this with { Status = SupplierStatus.Rejected };
    public Supplier Apply(QualityIncidentRecorded e) => this with { QualityIncidents = [.. QualityIncidents, e.Incident] };
    public Supplier Apply(SupplierReviewRequired _) => this with { ReviewRequired = true };
    public Supplier Apply(SupplierSuspended _) => this with { Status = SupplierStatus.Suspended, StatusBeforeSuspension = Status };
    public Supplier Apply(SupplierReinstated e) => this with { Status = e.Status, StatusBeforeSuspension = null };
    // Obsolete for writing: deliveries are on the supplier's SupplierDeliveryLog (ADR 0009).
    public Supplier Apply(SupplierDeliveryRecorded e) => this with { DeliveryReceiptIds = DeliveryReceiptIds.Add(e.Receipt.ReceiptId) };

    /// <summary>A new supplier, with the qualification documents it brought; none of them may have expired.</summary>
    public static Decision Register(Guid supplierId, string name, SupplierContact contact, string country, int monthlyCapacityUnits,
        IReadOnlyList<QualificationDocument> documents, string by, DateTimeOffset now) =>
        documents.Any(d => d.IsExpiredAt(now))
            ? SupplierRules.ExpiredDocumentCannotBeAdded
            : Decision.Accept([
                new SupplierRegistered(supplierId, name, contact, country, monthlyCapacityUnits, by, now),
                .. documents.Select(d => new QualificationDocumentAdded(supplierId, d, by, now)),
            ]);

    /// <summary>Files a document; one of the same kind and number already on file is replaced by it.</summary>
    public Decision AddDocument(QualificationDocument document, string by, DateTimeOffset now)
    {
        if (document.IsExpiredAt(now)) return SupplierRules.ExpiredDocumentCannotBeAdded;
        var added = new QualificationDocumentAdded(Id, document, by, now);
        return Documents.FirstOrDefault(d => d.Document.IsSameDocumentAs(document)) is { } earlier
            ? Decision.Accept(new QualificationDocumentReplaced(Id, earlier.Document.DocumentId, document.DocumentId, by, now), added)
            : Decision.Accept(added);
    }

    /// <summary>The scheduled warning; a document no longer on file, or already warned about, is left alone.</summary>
    public Decision WarnDocumentExpiring(Guid documentId, DateTimeOffset now) =>
        OnFile(documentId) is { Status: DocumentStatus.Valid } onFile
            ? Decision.Accept(new QualificationDocumentExpiring(Id, documentId, onFile.Document.ExpiresOn, now))
            : Decision.Accept();

    /// <summary>The scheduled expiry; a document no longer on file, or already expired, is left alone.</summary>
    public Decision ExpireDocument(Guid documentId, DateTimeOffset now) =>
        OnFile(documentId) is { Status: not DocumentStatus.Expired } onFile
            ? Decision.Accept(new QualificationDocumentExpired(Id, documentId, onFile.Document.ExpiresOn, now))
            : Decision.Accept();

    /// <summary>
    /// Weighs the scores with the settings in force. Each quality incident within the window costs
    /// <see cref="SelectionSettings.QualityPenaltyPerIncident"/> quality points (never below 0) before weighing.
    /// </summary>
    public Decision Evaluate(Guid evaluationId, SupplierScores scores, string? notes, SelectionSettings policy, string by, DateTimeOffset now)
    {
        if (Status == SupplierStatus.Rejected) return SupplierRules.RejectionIsFinal;

        var incidents = QualityIncidentsWithin(policy.IncidentWindowDays, now);
        var adjustedQuality = Math.Max(0, scores.Quality - policy.QualityPenaltyPerIncident * incidents);
        var weightedScore = policy.SupplierScoreWeights.WeightedScore(scores with { Quality = adjustedQuality });
        return Decision.Accept(new SupplierEvaluated(Id, evaluationId, scores, adjustedQuality, incidents, policy.QualityPenaltyPerIncident,
            policy.SupplierScoreWeights, policy.GradeThresholds, weightedScore, policy.GradeThresholds.GradeFor(weightedScore), Grade,
            notes, by, now));
    }

    /// <summary>Grades A and B may be approved outright.</summary>
    public Decision Approve(string by, DateTimeOffset now)
    {
        if (RefusalOfDecision() is { } refusal) return refusal;
        if (Grade == SupplierGrade.D) return SupplierRules.GradeDCannotBeApproved;
        if (Grade == SupplierGrade.C) return SupplierRules.GradeCCanOnlyBeApprovedConditionally;
        return Status == SupplierStatus.Approved ? Decision.Accept() : Decision.Accept(new SupplierApproved(Id, Grade!.Value, by, now));
    }

    /// <summary>Grades A, B and C may be approved with conditions.</summary>
    public Decision ApproveConditionally(string conditions, string by, DateTimeOffset now)
    {
        if (RefusalOfDecision() is { } refusal) return refusal;
        if (Grade == SupplierGrade.D) return SupplierRules.GradeDCannotBeApproved;
        return Status == SupplierStatus.Conditional && Conditions == conditions
            ? Decision.Accept()
            : Decision.Accept(new SupplierApprovedConditionally(Id, Grade!.Value, conditions, by, now));
    }

    public Decision Reject(string reason, string by, DateTimeOffset now) =>
        RefusalOfDecision() is { } refusal ? refusal : Decision.Accept(new SupplierRejected(Id, reason, by, now));

    public Decision SignAgreement(SupplierAgreement agreement, string by, DateTimeOffset now) =>
        Status is SupplierStatus.Approved or SupplierStatus.Conditional
            ? Decision.Accept(new SupplierAgreementSigned(Id, agreement, by, now))
            : SupplierRules.OnlyApprovedSupplierCanSignAgreement;

    /// <summary>
    /// Records a quality incident. When <see cref="SelectionSettings.IncidentsBeforeReview"/> incidents fall within the
    /// window, the supplier becomes due for re-evaluation (once, until it is evaluated; never once rejected).
    /// Shared by the HTTP endpoint and the message from logistics; an incident already on record (a redelivered
    /// message) is recorded once.
    /// </summary>
    public Decision RecordQualityIncident(QualityIncident incident, SelectionSettings policy, string by, DateTimeOffset now)
    {
        if (QualityIncidents.Any(i => i.IncidentId == incident.IncidentId)) return Decision.Accept();
        var recorded = new QualityIncidentRecorded(Id, incident, by, now);
        var incidents = Apply(recorded).QualityIncidentsWithin(policy.IncidentWindowDays, now);
        var dueForReview = !ReviewRequired && Status != SupplierStatus.Rejected && incidents >= policy.IncidentsBeforeReview;
        return dueForReview
            ? Decision.Accept(recorded, new SupplierReviewRequired(Id, incidents, policy.IncidentWindowDays, now))
            : Decision.Accept(recorded);
    }

    public Decision Suspend(string reason, string by, DateTimeOffset now) =>
        Status is SupplierStatus.Approved or SupplierStatus.Conditional
            ? Decision.Accept(new SupplierSuspended(Id, reason, by, now))
            : SupplierRules.OnlyActiveSupplierCanBeSuspended;

    public Decision Reinstate(string reason, string by, DateTimeOffset now) =>
        Status == SupplierStatus.Suspended && StatusBeforeSuspension is { } previous
            ? Decision.Accept(new SupplierReinstated(Id, previous, reason, by, now))
            : SupplierRules.OnlySuspendedSupplierCanBeReinstated;

    /// <summary>Approve, approve conditionally and reject need an evaluated supplier that is neither rejected nor suspended.</summary>
    private Rule? RefusalOfDecision() => Status switch
    {
        SupplierStatus.Registered => SupplierRules.MustBeEvaluatedBeforeDecision,
        SupplierStatus.Rejected => SupplierRules.RejectionIsFinal,
        SupplierStatus.Suspended => SupplierRules.SuspendedSupplierMustBeReinstatedFirst,
        _ => null,
    };

    /// <summary>Incidents that occurred at most <paramref name="windowDays"/> days before <paramref name="now"/>.</summary>
    private int QualityIncidentsWithin(int windowDays, DateTimeOffset now) =>
        QualityIncidents.Count(i => i.OccurredAt >= now.AddDays(-windowDays));

    private DocumentOnFile? OnFile(Guid documentId) => Documents.FirstOrDefault(d => d.Document.DocumentId == documentId);

    private Supplier WithDocumentStatus(Guid documentId, DocumentStatus status) => this with
    {
        Documents = [.. Documents.Select(d => d.Document.DocumentId == documentId ? d with { Status = status } : d)],
    };
}
