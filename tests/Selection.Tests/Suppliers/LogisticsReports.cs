using Ops.Logistics.Contracts;
using Ops.Shared;
using Wolverine;
using Wolverine.Tracking;

namespace Selection.Tests;

/// <summary>The messages logistics will send selection, as logistics would fill them in.</summary>
public static class LogisticsReports
{
    public static readonly Guid WarehouseStoreId = DeterministicGuid.From("ops.test.store.us");

    public static SupplierQualityIssueReported QualityIssue(Guid supplierId, DateTimeOffset foundAt,
        QualityIssueOrigin origin = QualityIssueOrigin.ReturnInspection) =>
        new(Guid.CreateVersion7(), supplierId, "BR-LAMP-01", "Loose switch", origin, foundAt);

    /// <summary>500 received, 495 accepted, received mid-afternoon UTC on <paramref name="receivedOn"/>.</summary>
    public static PurchaseReceived Receipt(Guid supplierId, DateOnly expectedOn, DateOnly receivedOn) =>
        new(Guid.CreateVersion7(), WarehouseStoreId, "BR-LAMP-01", supplierId, 500, 495, expectedOn, receivedOn,
            new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));

    /// <summary>
    /// Sent the way logistics will send them (published to selection's durable queue, handled in parallel), not invoked
    /// inline; returns once every one is handled or dead-lettered.
    /// </summary>
    public static Task<ITrackedSession> Published(this SelectionApp app, params object[] messages) =>
        app.Host.TrackActivity().DoNotAssertOnExceptionsDetected().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var message in messages) await bus.PublishAsync(message);
            }));
}
