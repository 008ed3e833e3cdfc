using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Logistics.Contracts;
using Ops.Service.Contracts;
using Ops.Shared.Http;

namespace Ops.Service.Returns;

/// <summary>One step of a return's progress: the status it reached, when and by whom (logistics' inspection: <c>logistics</c>).</summary>
public sealed record ReturnStep(CustomerReturnStatus Status, DateTimeOffset At, string By);

/// <summary>Why the request was rejected, by whom and when.</summary>
public sealed record ReturnRejection(string Reason, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>What logistics' inspection of the returned item found.</summary>
public sealed record ReturnInspection(ReturnFinding Finding, string Notes, int Quantity, DateTimeOffset InspectedAt);

/// <summary>
/// A return or exchange request as the agent sees it: what the customer returns and why, the window it was accepted in,
/// its status with every step so far (<see cref="Progress"/>), and logistics' inspection once reported.
/// </summary>
public sealed record CustomerReturnDetails : IVersionedView
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

    /// <summary>What the customer said about it, if anything.</summary>
    public string? Comment { get; init; }

    public CustomerReturnStatus Status { get; init; }

    /// <summary>The delivery date the window counts from (the store's local date), and where it came from.</summary>
    public DateOnly DeliveredOn { get; init; }

    public DeliveryDateSource DeliveredOnFrom { get; init; }

    /// <summary>The <c>returnWindowDays</c> in force when the request was recorded, and the last day it allowed.</summary>
    public int WindowDays { get; init; }

    public DateOnly WindowEndsOn { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public ReturnRejection? Rejection { get; init; }
    public ReturnInspection? Inspection { get; init; }

    /// <summary>Requested, then approved or rejected, then inspected: each step as it happened.</summary>
    public IReadOnlyList<ReturnStep> Progress { get; init; } = [];

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<CustomerReturnDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CustomerReturnDetails>().Index(r => r.OrderNumber).Index(r => r.Status).Index(r => r.RequestedAt);
    }
}

public sealed class CustomerReturnDetailsProjection : SingleStreamProjection<CustomerReturnDetails, Guid>
{
    /// <summary>Who a step reported by logistics is shown as done by.</summary>
    public const string Logistics = "logistics";

    public override CustomerReturnDetails? Evolve(CustomerReturnDetails? details, Guid id, IEvent e) => (details, e.Data) switch
    {
        (null, ReturnRequestRecorded r) => new CustomerReturnDetails
        {
            Id = r.ReturnId, StoreId = r.StoreId, Marketplace = r.Marketplace, OrderNumber = r.OrderNumber, Sku = r.Sku, Quantity = r.Quantity,
            Kind = r.Kind, Reason = r.Reason, Comment = r.Comment, Status = CustomerReturnStatus.Requested, DeliveredOn = r.DeliveredOn,
            DeliveredOnFrom = r.DeliveredOnFrom, WindowDays = r.WindowDays, WindowEndsOn = r.WindowEndsOn, RequestedAt = r.RecordedAt,
            RequestedBy = r.RecordedBy, Progress = [new ReturnStep(CustomerReturnStatus.Requested, r.RecordedAt, r.RecordedBy)],
        },
        (not null, ReturnRequestApproved a) => Step(details, CustomerReturnStatus.Approved, a.ApprovedAt, a.ApprovedBy) with
        {
            ApprovedAt = a.ApprovedAt, ApprovedBy = a.ApprovedBy,
        },
        (not null, ReturnRequestRejected r) => Step(details, CustomerReturnStatus.Rejected, r.RejectedAt, r.RejectedBy) with
        {
            Rejection = new ReturnRejection(r.Reason, r.RejectedBy, r.RejectedAt),
        },
        (not null, ReturnInspectionReported i) => Step(details, CustomerReturnStatus.Inspected, i.InspectedAt, Logistics) with
        {
            Inspection = new ReturnInspection(i.Finding, i.Notes, i.Quantity, i.InspectedAt),
        },
        _ => details,
    };

    private static CustomerReturnDetails Step(CustomerReturnDetails details, CustomerReturnStatus status, DateTimeOffset at, string by) =>
        details with { Status = status, Progress = [.. details.Progress, new ReturnStep(status, at, by)] };
}
