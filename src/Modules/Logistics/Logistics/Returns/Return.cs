using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Returns;

/// <summary>
/// Where a customer return stands (logistics.md, "Returns and exchanges"): requested by service, approved, received
/// into a warehouse, then inspected and disposed of — refunded, exchanged, restocked or disposed.
/// </summary>
public enum ReturnStatus { Requested, Approved, Received, Refunded, Exchanged, Restocked, Disposed }

/// <summary>What becomes of an inspected return.</summary>
public enum ReturnDisposition { Refunded, Exchanged, Restocked, Disposed }

/// <summary>What service asked for: the order, the SKU and quantity, refund or exchange, and why.</summary>
public sealed record ReturnRequest(
    Guid StoreId, string Marketplace, string OrderNumber, string Sku, int Quantity, ReturnKind Kind, ReturnReason Reason, string? CustomerComment,
    DateTimeOffset RequestedAt);

[History("Return requested", "退货已申请")]
public sealed record ReturnOpened(Guid ReturnId, ReturnRequest Request, string OpenedBy, DateTimeOffset OpenedAt);

[History("Return approved", "退货已批准")]
public sealed record ReturnApproved(Guid ReturnId, string ApprovedBy, DateTimeOffset ApprovedAt);

[History("Return received", "退货已收货")]
public sealed record ReturnReceived(Guid ReturnId, Guid WarehouseId, int Quantity, string ReceivedBy, DateTimeOffset ReceivedAt);

/// <summary><see cref="SupplierId"/>: the SKU's supplier when the finding is a quality defect traced to one.</summary>
[History("Return inspected", "退货已检验")]
public sealed record ReturnInspectionRecorded(
    Guid ReturnId, ReturnFinding Finding, ReturnDisposition Disposition, string Notes, Guid? SupplierId, string InspectedBy, DateTimeOffset InspectedAt);

public static class ReturnRules
{
    public static readonly Rule NotRequested =
        new("return.not_requested", "Only a requested return can be approved.", "只有已申请的退货才能批准。");
    public static readonly Rule NotApproved =
        new("return.not_approved", "Only an approved return can be received.", "只有已批准的退货才能收货。");
    public static readonly Rule NotReceived =
        new("return.not_received", "Only a received return can be inspected.", "只有已收货的退货才能检验。");
    public static readonly Rule MoreThanRequested =
        new("return.more_than_requested", "More units arrived than the customer returns.", "收到的数量超过客户退货数量。");
    public static readonly Rule WarehouseMustBeOpen =
        new("return.warehouse_must_be_open", "The warehouse is unknown, closed, or holds another store's stock.", "仓库不存在、已停用或属于其他店铺。");
    public static readonly Rule OnlySoundItemsRestocked =
        new("return.only_sound_items_restocked", "Only an item found without defect (or the wrong item we sent) goes back into stock.",
            "只有检验无缺陷（或我方错发）的商品才能重新入库。");
    public static readonly Rule DispositionMustMatchKind =
        new("return.disposition_must_match_kind", "A refund return is not exchanged, and an exchange is not refunded.", "退款类退货不能换货，换货类退货不能退款。");
}

public sealed record Return(Guid Id, ReturnRequest Request, ReturnStatus Status, Guid? WarehouseId, int? QuantityReceived)
{
    /// <summary>Findings whose item is sound and may be sold again.</summary>
    public static readonly IReadOnlySet<ReturnFinding> Sound = new HashSet<ReturnFinding> { ReturnFinding.NoDefect, ReturnFinding.WrongItemSent };

    public static Return Create(ReturnOpened e) => new(e.ReturnId, e.Request, ReturnStatus.Requested, null, null);
    public Return Apply(ReturnApproved _) => this with { Status = ReturnStatus.Approved };
    public Return Apply(ReturnReceived e) => this with { Status = ReturnStatus.Received, WarehouseId = e.WarehouseId, QuantityReceived = e.Quantity };
    public Return Apply(ReturnInspectionRecorded e) => this with { Status = Enum.Parse<ReturnStatus>(e.Disposition.ToString()) };

    public static Decision Open(ReturnRequested r, string by, DateTimeOffset now) =>
        Decision.Accept(new ReturnOpened(r.ReturnId,
            new ReturnRequest(r.StoreId, r.Marketplace, r.OrderNumber, r.Sku, r.Quantity, r.Kind, r.Reason, r.CustomerComment, r.RequestedAt), by, now));

    public Decision Approve(string by, DateTimeOffset now) =>
        Status == ReturnStatus.Approved ? Decision.Accept()
        : Status != ReturnStatus.Requested ? ReturnRules.NotRequested
        : Decision.Accept(new ReturnApproved(Id, by, now));

    public Decision Receive(Guid warehouseId, bool warehouseFits, int quantity, string by, DateTimeOffset now) =>
        Status != ReturnStatus.Approved ? ReturnRules.NotApproved
        : !warehouseFits ? ReturnRules.WarehouseMustBeOpen
        : quantity > Request.Quantity ? ReturnRules.MoreThanRequested
        : Decision.Accept(new ReturnReceived(Id, warehouseId, quantity, by, now));

    public Decision Inspect(ReturnFinding finding, ReturnDisposition disposition, string notes, Guid? supplierId, string by, DateTimeOffset now) =>
        Status != ReturnStatus.Received ? ReturnRules.NotReceived
        : disposition == ReturnDisposition.Restocked && !Sound.Contains(finding) ? ReturnRules.OnlySoundItemsRestocked
        : (disposition, Request.Kind) is (ReturnDisposition.Exchanged, ReturnKind.Refund) or (ReturnDisposition.Refunded, ReturnKind.Exchange)
            ? ReturnRules.DispositionMustMatchKind
        : Decision.Accept(new ReturnInspectionRecorded(Id, finding, disposition, notes,
            finding == ReturnFinding.QualityDefect ? supplierId : null, by, now));
}
