using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Shared.Http;

namespace Ops.Logistics.Returns;

public sealed record ReturnView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public required string OrderNumber { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; init; }
    public ReturnKind Kind { get; init; }
    public ReturnReason Reason { get; init; }
    public string? CustomerComment { get; init; }
    public ReturnStatus Status { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public Guid? WarehouseId { get; init; }
    public int? QuantityReceived { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public ReturnFinding? Finding { get; init; }
    public ReturnDisposition? Disposition { get; init; }
    public string? InspectionNotes { get; init; }

    /// <summary>The supplier a quality defect was reported to (<c>SupplierQualityIssueReported</c>).</summary>
    public Guid? DefectReportedToSupplierId { get; init; }

    public string? InspectedBy { get; init; }
    public DateTimeOffset? InspectedAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ReturnProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ReturnView>().Index(r => r.Status).Index(r => r.Sku).Index(r => r.RequestedAt);
    }
}

public sealed class ReturnProjection : SingleStreamProjection<ReturnView, Guid>
{
    public override ReturnView? Evolve(ReturnView? view, Guid id, IEvent e) => (view, e.Data) switch
    {
        (null, ReturnOpened o) => new ReturnView
        {
            Id = o.ReturnId, StoreId = o.Request.StoreId, Marketplace = o.Request.Marketplace, OrderNumber = o.Request.OrderNumber,
            Sku = o.Request.Sku, Quantity = o.Request.Quantity, Kind = o.Request.Kind, Reason = o.Request.Reason,
            CustomerComment = o.Request.CustomerComment, Status = ReturnStatus.Requested, RequestedAt = o.Request.RequestedAt, ChangedAt = o.OpenedAt,
        },
        (not null, ReturnApproved a) => view with { Status = ReturnStatus.Approved, ApprovedAt = a.ApprovedAt, ChangedAt = a.ApprovedAt },
        (not null, ReturnReceived r) => view with
        {
            Status = ReturnStatus.Received, WarehouseId = r.WarehouseId, QuantityReceived = r.Quantity, ReceivedAt = r.ReceivedAt, ChangedAt = r.ReceivedAt,
        },
        (not null, ReturnInspectionRecorded i) => view with
        {
            Status = Enum.Parse<ReturnStatus>(i.Disposition.ToString()), Finding = i.Finding, Disposition = i.Disposition, InspectionNotes = i.Notes,
            DefectReportedToSupplierId = i.SupplierId, InspectedBy = i.InspectedBy, InspectedAt = i.InspectedAt, ChangedAt = i.InspectedAt,
        },
        _ => view,
    };
}
