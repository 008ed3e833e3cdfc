using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics.Contracts;
using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Outcomes;
using Wolverine.Tracking;
using static Selection.Tests.SupplierScenarios;
using static Selection.Tests.LogisticsReports;

namespace Selection.Tests;

public sealed class SupplierDeliveryTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly DateOnly Expected = new(2030, 10, 20);

    [Fact]
    public async Task a_supplier_without_deliveries_has_no_on_time_percentage()
    {
        var supplier = await App.Registered();

        supplier.Deliveries.ShouldBe(new DeliveryTimeliness(Count: 0, OnTimeCount: 0, OnTimePercent: null, Last: null));
    }

    [Fact]
    public async Task a_delivery_received_on_the_expected_day_is_on_time()
    {
        var supplier = await App.Registered();
        var receipt = Receipt(supplier.Id, Expected, receivedOn: Expected);

        await App.Deliver(receipt);

        var deliveries = (await App.Details(supplier.Id)).Deliveries;
        deliveries.ShouldBe(new DeliveryTimeliness(1, 1, 100m, new SupplierDelivery(
            new SupplierReceipt(receipt.ReceiptId, WarehouseStoreId, "BR-LAMP-01", 500, 495, Expected, Expected, receipt.ReceivedAt),
            OnTime: true, DaysLate: 0)));
        // On the supplier's delivery log, not on the supplier's stream (ADR 0009), recorded as done by the system.
        var recorded = (await DeliveryLog(supplier.Id)).Last();
        (recorded.Data.ShouldBeOfType<SupplierDeliveryReceived>().Receipt.ReceiptId, recorded.UserName).ShouldBe((receipt.ReceiptId, Actors.System));
    }

    [Fact]
    public async Task a_delivery_received_after_the_expected_day_is_late_by_the_days_between()
    {
        var supplier = await App.Approved();

        await App.Deliver(Receipt(supplier.Id, Expected, Expected.AddDays(3)));

        var deliveries = (await App.Details(supplier.Id)).Deliveries;
        (deliveries.Count, deliveries.OnTimeCount, deliveries.OnTimePercent).ShouldBe((1, 0, 0m));
        (deliveries.Last!.OnTime, deliveries.Last.DaysLate).ShouldBe((false, 3));
    }

    [Fact]
    public async Task an_early_delivery_is_on_time_and_not_late_by_negative_days()
    {
        var supplier = await App.Approved();

        await App.Deliver(Receipt(supplier.Id, Expected, Expected.AddDays(-2)));

        var last = (await App.Details(supplier.Id)).Deliveries.Last!;
        (last.OnTime, last.DaysLate).ShouldBe((true, 0));
    }

    [Fact]
    public async Task the_on_time_percentage_is_over_all_deliveries_rounded_to_two_decimals()
    {
        var supplier = await App.Approved();

        await App.Deliver(Receipt(supplier.Id, Expected, Expected));
        await App.Deliver(Receipt(supplier.Id, Expected.AddDays(7), Expected.AddDays(9)));
        await App.Deliver(Receipt(supplier.Id, Expected.AddDays(14), Expected.AddDays(13)));

        var deliveries = (await App.Details(supplier.Id)).Deliveries;
        (deliveries.Count, deliveries.OnTimeCount, deliveries.OnTimePercent).ShouldBe((3, 2, 66.67m));
    }

    [Fact]
    public async Task a_redelivered_receipt_is_recorded_once()
    {
        var supplier = await App.Approved();
        var receipt = Receipt(supplier.Id, Expected, Expected.AddDays(1));

        await App.Deliver(receipt);
        var once = await App.Details(supplier.Id);
        await App.Deliver(receipt);

        var twice = await App.Details(supplier.Id);
        twice.Version.ShouldBe(once.Version);
        twice.Deliveries.Count.ShouldBe(1);
        (await DeliveryLog(supplier.Id)).Count(e => e.Data is SupplierDeliveryReceived).ShouldBe(1);
    }

    [Fact]
    public async Task the_last_delivery_is_the_latest_received_whatever_order_the_reports_arrive_in()
    {
        var supplier = await App.Approved();
        var later = Receipt(supplier.Id, Expected.AddDays(10), Expected.AddDays(10));
        var earlier = Receipt(supplier.Id, Expected, Expected.AddDays(2));

        await App.Deliver(later);
        await App.Deliver(earlier);

        var deliveries = (await App.Details(supplier.Id)).Deliveries;
        deliveries.Count.ShouldBe(2);
        deliveries.Last!.Receipt.ReceiptId.ShouldBe(later.ReceiptId);
    }

    [Fact]
    public async Task a_delivery_is_recorded_whatever_the_suppliers_status()
    {
        var supplier = await App.Rejected();

        await App.Deliver(Receipt(supplier.Id, Expected, Expected));

        (await App.Details(supplier.Id)).Deliveries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task receipts_for_one_supplier_arriving_together_are_all_recorded()
    {
        var supplier = await App.Approved();
        var receipts = Enumerable.Range(0, 12).Select(day => (object)Receipt(supplier.Id, Expected.AddDays(day), Expected.AddDays(day))).ToArray();

        var session = await App.Published(receipts);

        session.MovedToErrorQueue.Envelopes().ShouldBeEmpty();
        (await App.Details(supplier.Id)).Deliveries.Count.ShouldBe(12);
    }

    [Fact]
    public async Task deliveries_go_to_the_suppliers_delivery_log_and_never_grow_the_suppliers_stream()
    {
        var supplier = await App.Approved();

        await App.Published([.. Enumerable.Range(0, 5).Select(day => (object)Receipt(supplier.Id, Expected.AddDays(day), Expected.AddDays(day + 1)))]);

        var after = await App.Details(supplier.Id);
        after.Version.ShouldBe(supplier.Version);
        (after.Deliveries.Count, after.Deliveries.OnTimeCount).ShouldBe((5, 0));
        (await DeliveryLog(supplier.Id)).Select(e => e.Data.GetType()).ShouldBe([typeof(SupplierDeliveryLogStarted), .. Enumerable.Repeat(typeof(SupplierDeliveryReceived), 5)]);
    }

    [Fact]
    public async Task deliveries_recorded_on_the_suppliers_stream_before_it_had_a_log_still_count_and_are_not_recorded_twice()
    {
        var supplier = await App.Approved();
        var before = Receipt(supplier.Id, Expected, Expected);
        var store = Host.Services.GetRequiredService<ISelectionStore>();
        await using (var session = store.LightweightSession())
        {
            var receipt = new SupplierReceipt(before.ReceiptId, before.StoreId, before.Sku, before.QuantityReceived, before.QuantityAccepted,
                before.ExpectedOn, before.ReceivedOn, before.ReceivedAt);
            // Stored as the module did before ADR 0009.
            session.Events.Append(supplier.Id, new SupplierDeliveryRecorded(supplier.Id, receipt, true, 0, Actors.System, before.ReceivedAt));
            await session.SaveChangesAsync();
        }
        (await App.Details(supplier.Id)).Deliveries.Count.ShouldBe(1);

        await App.Published(before, Receipt(supplier.Id, Expected, Expected.AddDays(2)));

        var deliveries = (await App.Details(supplier.Id)).Deliveries;
        (deliveries.Count, deliveries.OnTimeCount, deliveries.OnTimePercent).ShouldBe((2, 1, 50m));
        (await DeliveryLog(supplier.Id)).First().Data.ShouldBeOfType<SupplierDeliveryLogStarted>().CarriedOver.Count.ShouldBe(1);
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> DeliveryLog(Guid supplierId)
    {
        await using var session = Host.Services.GetRequiredService<ISelectionStore>().QuerySession();
        return await session.Events.FetchStreamAsync(SupplierDeliveryLog.IdFor(supplierId));
    }

    [Fact]
    public async Task a_receipt_naming_an_unknown_supplier_goes_to_the_dead_letters_without_retries()
    {
        var receipt = Receipt(Guid.CreateVersion7(), Expected, Expected);

        var session = await App.Published(receipt);

        session.MovedToErrorQueue.SingleMessage<PurchaseReceived>().ShouldBe(receipt);
        session.AllExceptions().ShouldHaveSingleItem().ShouldBeOfType<UnknownSupplierException>();
        await As(Role.Product, x => x.Get.Url($"{Suppliers}/{receipt.SupplierId}")).ShouldBeProblem(404, "not_found");
    }
}

public sealed class SupplierDeliveryLogProjectionTests
{
    private static readonly Guid SupplierId = Guid.NewGuid();
    private static readonly Guid LogId = SupplierDeliveryLog.IdFor(SupplierId);
    private static readonly DateTimeOffset At = new(2030, 10, 20, 15, 0, 0, TimeSpan.Zero);

    private static SupplierDeliveryReceived Received(bool onTime) => new(LogId, SupplierId,
        new SupplierReceipt(Guid.NewGuid(), Guid.NewGuid(), "BR-LAMP-01", 500, 495, new DateOnly(2030, 10, 20), new DateOnly(2030, 10, 20), At),
        onTime, onTime ? 0 : 2, Actors.System, At);

    [Fact]
    public void the_log_starts_with_what_the_supplier_had_and_counts_each_delivery()
    {
        var projection = new SupplierDeliveryLogProjection();
        var log = projection.Evolve(null, LogId, new Event<SupplierDeliveryLogStarted>(
            new SupplierDeliveryLogStarted(LogId, SupplierId, DeliveryTimeliness.None, Actors.System, At)));
        log = projection.Evolve(log, LogId, new Event<SupplierDeliveryReceived>(Received(onTime: false)));

        (log!.Timeliness.Count, log.Timeliness.OnTimeCount).ShouldBe((1, 0));
    }

    [Fact]
    public void a_delivery_on_a_log_the_transaction_cannot_see_is_a_lost_race_that_is_retried_not_a_failure()
    {
        // Two deliveries of one supplier at once: the second's write meets a log the first started after the second read it.
        var race = Should.Throw<Exception>(() =>
            new SupplierDeliveryLogProjection().Evolve(null, LogId, new Event<SupplierDeliveryReceived>(Received(onTime: true))));

        Ops.Host.MessageHandlingPolicy.IsLostRace(race).ShouldBeTrue();
    }
}
