using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Reconciliation;

/// <summary>Why units are claimed from Amazon: an inbound shipment received short, or stock lost or damaged in the fulfilment centre.</summary>
public enum ReimbursementCaseKind { InboundShortfall, Lost, Damaged }

/// <summary>Open → Submitted → Reimbursed | Rejected → Closed.</summary>
public enum ReimbursementCaseStatus { Open, Submitted, Reimbursed, Rejected, Closed }

/// <summary>
/// The amount claimed and what it is made of: quantity × the SKU's unit cost (from selection's approval), full precision,
/// in the unit cost's currency (ADR 0025).
/// </summary>
public sealed record ReimbursementClaim(int Quantity, Money UnitCost, Money AmountClaimed)
{
    public static ReimbursementClaim Of(int quantity, Money unitCost) => new(quantity, unitCost, unitCost with { Amount = quantity * unitCost.Amount });
}

/// <summary>The inbound shipment a shortfall was found in: shipped against received.</summary>
public sealed record InboundShortfall(string ShipmentReference, int QuantityShipped, int QuantityReceived);

[History("Reimbursement case opened", "索赔案件已建立")]
public sealed record ReimbursementCaseOpened(
    Guid CaseId, ReimbursementCaseKind Kind, Guid WarehouseId, Guid StoreId, string Sku, ReimbursementClaim Claim, InboundShortfall? Shortfall,
    string Evidence, IReadOnlyList<string> EvidenceRefs, string OpenedBy, DateTimeOffset OpenedAt);

[History("Reimbursement case submitted", "索赔已提交")]
public sealed record ReimbursementCaseSubmitted(Guid CaseId, string? AmazonCaseId, string SubmittedBy, DateTimeOffset SubmittedAt);

[History("Reimbursement received", "已获赔付")]
public sealed record ReimbursementReceived(Guid CaseId, Money Amount, string RecordedBy, DateTimeOffset RecordedAt);

[History("Reimbursement case rejected", "索赔被拒")]
public sealed record ReimbursementCaseRejected(Guid CaseId, string Reason, string RecordedBy, DateTimeOffset RecordedAt);

[History("Reimbursement case closed", "索赔案件已关闭")]
public sealed record ReimbursementCaseClosed(Guid CaseId, string? Note, string ClosedBy, DateTimeOffset ClosedAt);

public static class ReimbursementRules
{
    public static readonly Rule WarehouseMustBeFba =
        new("reimbursement.warehouse_must_be_fba", "Reimbursements are claimed from Amazon: the warehouse must be an open FBA fulfilment centre.",
            "赔付向亚马逊申请：仓库须为启用中的 FBA 运营中心。");
    public static readonly Rule UnitCostUnknown =
        new("reimbursement.unit_cost_unknown", "The SKU's unit cost is not known (selection has not approved it), so no amount can be claimed.",
            "该 SKU 的单位成本未知（选品尚未批准），无法计算索赔金额。");
    public static readonly Rule NotOpen =
        new("reimbursement.not_open", "Only an open case can be submitted.", "只有未提交的案件才能提交。");
    public static readonly Rule NotSubmitted =
        new("reimbursement.not_submitted", "Only a submitted case is reimbursed or rejected.", "只有已提交的案件才能记录赔付或拒绝。");
    public static readonly Rule CurrencyMustMatchClaim =
        new("reimbursement.currency_must_match_claim", "The reimbursement is recorded in the claim's currency.", "赔付金额须与索赔币种一致。");
    public static readonly Rule NotDecided =
        new("reimbursement.not_decided", "A case is closed once reimbursed or rejected.", "案件须在获赔或被拒后才能关闭。");
}

public sealed record ReimbursementCase(Guid Id, ReimbursementCaseStatus Status, ReimbursementClaim Claim)
{
    public static ReimbursementCase Create(ReimbursementCaseOpened e) => new(e.CaseId, ReimbursementCaseStatus.Open, e.Claim);
    public ReimbursementCase Apply(ReimbursementCaseSubmitted _) => this with { Status = ReimbursementCaseStatus.Submitted };
    public ReimbursementCase Apply(ReimbursementReceived _) => this with { Status = ReimbursementCaseStatus.Reimbursed };
    public ReimbursementCase Apply(ReimbursementCaseRejected _) => this with { Status = ReimbursementCaseStatus.Rejected };
    public ReimbursementCase Apply(ReimbursementCaseClosed _) => this with { Status = ReimbursementCaseStatus.Closed };

    /// <summary>Checks the warehouse and the unit cost, and prices the claim.</summary>
    public static Decision Open(Guid id, ReimbursementCaseKind kind, Guid warehouseId, Guid storeId, bool fbaWarehouse, string sku, int quantity,
        Money? unitCost, InboundShortfall? shortfall, string evidence, IReadOnlyList<string> evidenceRefs, string by,
        DateTimeOffset now) =>
        !fbaWarehouse ? ReimbursementRules.WarehouseMustBeFba
        : unitCost is null ? ReimbursementRules.UnitCostUnknown
        : Decision.Accept(new ReimbursementCaseOpened(id, kind, warehouseId, storeId, sku, ReimbursementClaim.Of(quantity, unitCost),
            shortfall, evidence, evidenceRefs, by, now));

    public Decision Submit(string? amazonCaseId, string by, DateTimeOffset now) =>
        Status != ReimbursementCaseStatus.Open ? ReimbursementRules.NotOpen : Decision.Accept(new ReimbursementCaseSubmitted(Id, amazonCaseId, by, now));

    public Decision Reimburse(Money amount, string by, DateTimeOffset now) =>
        Status != ReimbursementCaseStatus.Submitted ? ReimbursementRules.NotSubmitted
        : amount.Currency != Claim.AmountClaimed.Currency ? ReimbursementRules.CurrencyMustMatchClaim
        : Decision.Accept(new ReimbursementReceived(Id, amount, by, now));

    public Decision Reject(string reason, string by, DateTimeOffset now) =>
        Status != ReimbursementCaseStatus.Submitted ? ReimbursementRules.NotSubmitted
        : Decision.Accept(new ReimbursementCaseRejected(Id, reason, by, now));

    public Decision Close(string? note, string by, DateTimeOffset now) =>
        Status is not (ReimbursementCaseStatus.Reimbursed or ReimbursementCaseStatus.Rejected) ? ReimbursementRules.NotDecided
        : Decision.Accept(new ReimbursementCaseClosed(Id, note, by, now));
}
