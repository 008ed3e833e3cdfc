using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Ops.Selection.Suppliers;

/// <summary>
/// The first event of a supplier's delivery log: the timeliness the supplier had on record before its deliveries had
/// a stream of their own (<see cref="DeliveryTimeliness.None"/> for a supplier registered since), so the figures go on.
/// </summary>
[History("Delivery log started", "交货记录已建立")]
public sealed record SupplierDeliveryLogStarted(
    Guid DeliveryLogId, Guid SupplierId, DeliveryTimeliness CarriedOver, string StartedBy, DateTimeOffset StartedAt);

/// <summary>
/// Goods from the supplier were received (a logistics receipt): on time when <c>receivedOn ≤ expectedOn</c>;
/// <paramref name="DaysLate"/> is 0 when on time.
/// </summary>
[History("Delivery received", "已收货")]
public sealed record SupplierDeliveryReceived(
    Guid DeliveryLogId, Guid SupplierId, SupplierReceipt Receipt, bool OnTime, int DaysLate, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A supplier's deliveries, in a stream of their own beside the supplier's (ADR 0009): the supplier's stream keeps only
/// what changes the supplier, however many deliveries logistics reports. Kept as an inline snapshot, so recording a
/// delivery loads this one summary and never replays the log; its version serialises one supplier's deliveries.
/// </summary>
public sealed record SupplierDeliveryLog(Guid Id, Guid SupplierId, DeliveryTimeliness Timeliness)
{
    /// <summary>One log per supplier, whose stream id follows from the supplier's.</summary>
    public static Guid IdFor(Guid supplierId) => DeterministicGuid.From($"ops.selection.supplier-deliveries.{supplierId}");

    public static SupplierDeliveryLog StartedBy(SupplierDeliveryLogStarted e) => new(e.DeliveryLogId, e.SupplierId, e.CarriedOver);

    public SupplierDeliveryLog With(SupplierDeliveryReceived e) => this with { Timeliness = Timeliness.With(e) };

    /// <summary>
    /// The delivery and the timeliness it leaves on record; a log that does not exist yet is started first, carrying over
    /// what the supplier had.
    /// </summary>
    public static (IReadOnlyList<object> Events, DeliveryTimeliness Timeliness) Record(SupplierDeliveryLog? log, Guid supplierId,
        DeliveryTimeliness carriedOver, SupplierReceipt receipt, string by, DateTimeOffset now)
    {
        var id = IdFor(supplierId);
        var received = new SupplierDeliveryReceived(id, supplierId, receipt, OnTime: receipt.ReceivedOn <= receipt.ExpectedOn,
            DaysLate: Math.Max(0, receipt.ReceivedOn.DayNumber - receipt.ExpectedOn.DayNumber), by, now);
        if (log is not null) return ([received], log.With(received).Timeliness);

        var started = new SupplierDeliveryLogStarted(id, supplierId, carriedOver, by, now);
        return ([started, received], StartedBy(started).With(received).Timeliness);
    }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<SupplierDeliveryLogProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<RecordedDeliveryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<RecordedDelivery>().Index(d => d.SupplierId);
    }
}

/// <summary>
/// The log's inline snapshot, what the delivery handler reads (locked) and decides on. A delivery appended to a log that
/// the writing transaction does not see is a race lost to another delivery of the same supplier, which started or moved
/// the log between this one's read and its write: a concurrency failure, so the handler runs again on the log as it is
/// then (ADR 0008), never a snapshot rebuilt from half the story.
/// </summary>
public sealed class SupplierDeliveryLogProjection : SingleStreamProjection<SupplierDeliveryLog, Guid>
{
    public override SupplierDeliveryLog? Evolve(SupplierDeliveryLog? log, Guid id, IEvent e) => (log, e.Data) switch
    {
        (null, SupplierDeliveryLogStarted started) => SupplierDeliveryLog.StartedBy(started),
        (not null, SupplierDeliveryReceived received) => log.With(received),
        (null, SupplierDeliveryReceived) => throw new ConcurrencyException(
            $"A delivery was appended to the delivery log {id}, which this transaction does not see: another delivery of the supplier wrote it first.", null!),
        _ => log,
    };
}

/// <summary>One delivery on record, by its logistics receipt: what makes a redelivered receipt a no-op, and the rows of delivery KPIs.</summary>
public sealed record RecordedDelivery
{
    /// <summary>The receipt id.</summary>
    public Guid Id { get; init; }

    public Guid SupplierId { get; init; }
    public required SupplierReceipt Receipt { get; init; }
    public bool OnTime { get; init; }
    public int DaysLate { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed partial class RecordedDeliveryProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is SupplierDeliveryReceived d)
            operations.Store(new RecordedDelivery
            {
                Id = d.Receipt.ReceiptId, SupplierId = d.SupplierId, Receipt = d.Receipt, OnTime = d.OnTime, DaysLate = d.DaysLate,
                RecordedAt = d.RecordedAt,
            });
        return ValueTask.CompletedTask;
    }
}
