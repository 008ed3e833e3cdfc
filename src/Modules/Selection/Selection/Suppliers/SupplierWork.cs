using JasperFx.Events;
using Ops.Organization.Contracts;
using Ops.Shared;

namespace Ops.Selection.Suppliers;

/// <summary>
/// A supplier's deadlines as the work queue shows them (<see cref="WorkItemChanged"/>), published by the supplier's read
/// model with the write that changed them: each qualification document until it is replaced (open, warned before it
/// expires, breached once expired), and a re-evaluation the quality incidents made due, until the supplier is evaluated.
/// A rejected supplier owes neither.
/// </summary>
public static class SupplierWork
{
    public const string DocumentExpiry = "document-expiry";
    public const string ReEvaluation = "re-evaluation";

    private static readonly IReadOnlyList<string> Roles = [Role.Product, Role.OpsManager];

    public static IEnumerable<WorkItemChanged> For(SupplierDetails supplier, IEnumerable<IEvent> events)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case QualificationDocumentAdded a:
                    yield return Document(supplier, e.Version, a.Document.DocumentId, a.Document.Name, a.Document.ExpiresOn, WorkItemState.Open, a.AddedAt);
                    break;
                case QualificationDocumentExpiring x:
                    yield return Document(supplier, e.Version, x.DocumentId, NameOf(supplier, x.DocumentId), x.ExpiresOn, WorkItemState.Warned, x.WarnedAt);
                    break;
                case QualificationDocumentExpired x:
                    yield return Document(supplier, e.Version, x.DocumentId, NameOf(supplier, x.DocumentId), x.ExpiresOn, WorkItemState.Breached, x.ExpiredAt);
                    break;
                case QualificationDocumentReplaced r:
                    yield return Item(supplier, e.Version, DocumentExpiry, r.DocumentId, supplier.Name, null, r.ReplacedAt, WorkItemState.Closed, r.ReplacedAt);
                    break;
                case SupplierReviewRequired r:
                    yield return Item(supplier, e.Version, ReEvaluation, supplier.Id, supplier.Name, null, r.RequiredAt, WorkItemState.Warned, r.RequiredAt);
                    break;
                case SupplierEvaluated v:
                    yield return Item(supplier, e.Version, ReEvaluation, supplier.Id, supplier.Name, null, v.EvaluatedAt, WorkItemState.Closed, v.EvaluatedAt);
                    break;
                case SupplierRejected r:
                    foreach (var document in supplier.Documents)
                        yield return Document(supplier, e.Version, document.DocumentId, document.Name, document.ExpiresOn, WorkItemState.Closed, r.RejectedAt);
                    yield return Item(supplier, e.Version, ReEvaluation, supplier.Id, supplier.Name, null, r.RejectedAt, WorkItemState.Closed, r.RejectedAt);
                    break;
            }
        }
    }

    private static string NameOf(SupplierDetails supplier, Guid documentId) =>
        supplier.Documents.FirstOrDefault(d => d.DocumentId == documentId)?.Name ?? "";

    private static WorkItemChanged Document(SupplierDetails supplier, long version, Guid documentId, string name, DateOnly expiresOn, WorkItemState state,
        DateTimeOffset at) =>
        Item(supplier, version, DocumentExpiry, documentId, name.Length > 0 ? $"{supplier.Name} · {name}" : supplier.Name, null,
            QualificationDocument.StartOfDayUtc(expiresOn), state, at);

    private static WorkItemChanged Item(SupplierDetails supplier, long version, string kind, Guid keyId, string recordName, DateTimeOffset? warnAt,
        DateTimeOffset dueAt, WorkItemState state, DateTimeOffset at) =>
        new($"selection.{kind}:{keyId}", "selection", kind, supplier.Id, recordName, $"/selection/suppliers/{supplier.Id}", null,
            supplier.RegisteredBy, Roles, warnAt, dueAt, state, at, version);
}
