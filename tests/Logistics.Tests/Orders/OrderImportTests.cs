using System.Text;
using Alba;
using Ops.Logistics.Orders;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Imports;
using Ops.Shared.Paging;

namespace Logistics.Tests.Orders;

public sealed class OrderImportTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string ImportUrl = "/api/logistics/orders/import";
    private static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");
    private const string Header = "marketplace,orderNumber,purchasedAt,shipBy,paymentStatus,currency,buyerName,buyerEmail,buyerPhone,addressLine1,addressLine2,city,region,postalCode,country,sku,quantity,unitPrice";

    private static string Row(string number, string sku = "LUM-LAMP-01", string quantity = "1", string unitPrice = "19.99",
        string purchasedAt = "2030-11-04T12:00:00Z", string payment = "Captured", string country = "US", string currency = "USD") =>
        $"US,{number},{purchasedAt},,{payment},{currency},\"Doe, Jane\",jane@example.com,,1 Main St,,Springfield,IL,62701,{country},{sku},{quantity},{unitPrice}";

    private static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private Task<IScenarioResult> Upload(string body, string contentType = "text/csv", Guid? storeId = null, string role = Role.Logistics) =>
        As(role, x =>
        {
            x.Post.Url($"{ImportUrl}?storeId={storeId ?? DemoStoreId}&fileName=orders.csv");
            x.ConfigureHttpContext(http =>
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                http.Request.ContentType = contentType;
                http.Request.ContentLength = bytes.Length;
                http.Request.Body = new MemoryStream(bytes);
            });
        });

    /// <summary>Polls the job as an integrator would, until it is finished (the runner works in the background).</summary>
    private async Task<ImportJob> Finished(ImportJob job)
    {
        for (var attempt = 0; attempt < 300 && !job.Finished; attempt++)
        {
            await Task.Delay(100);
            job = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/orders/imports/{job.Id}")).Ok<ImportJob>();
        }

        job.Finished.ShouldBeTrue($"the job is still {job.Status}");
        return job;
    }

    private async Task<ImportJob> Imported(string body, string contentType = "text/csv")
    {
        var started = await Upload(body, contentType);
        await started.ShouldHaveStatus(202);
        started.Context.Response.Headers.Location.ToString().ShouldStartWith("/api/logistics/orders/imports/");
        return await Finished((await started.ReadAsJsonAsync<ImportJob>())!);
    }

    private Task<Page<OrderDetails>> Orders() => As(Role.Auditor, x => x.Get.Url("/api/logistics/orders?pageSize=200")).Ok<Page<OrderDetails>>();

    [Fact]
    public async Task a_csv_file_becomes_orders_one_per_order_number_with_every_line()
    {
        var job = await Imported(Csv(Row("111-1"), Row("111-2", sku: "LUM-LAMP-01", quantity: "2"), Row("111-2", sku: "LUM-MAT-02", quantity: "3", unitPrice: "5.50"), Row("111-3")));

        (job.Status, job.RowsRead, job.Records, job.Imported, job.Skipped, job.ErrorCount).ShouldBe((ImportJobStatus.Completed, 4, 3, 3, 0, 0));
        var second = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/orders/{Order.IdFor("US", "111-2")}")).Ok<OrderDetails>();
        second.Lines.ShouldBe([new OrderReceiptLine("LUM-LAMP-01", 2, new Money(19.99m, "USD")), new OrderReceiptLine("LUM-MAT-02", 3, new Money(5.50m, "USD"))]);
        second.Total.ShouldBe(new Money(2 * 19.99m + 3 * 5.50m, "USD"));
        second.Buyer.Name.ShouldBe("Doe, Jane");
        second.Status.ShouldBe(OrderStatus.Received);
        (await Orders()).TotalItems.ShouldBe(3);
    }

    [Fact]
    public async Task imported_orders_run_the_same_deadlines_as_one_received_through_the_api_on_one_timer_per_batch()
    {
        // Monday 2030-11-04 09:00 in New York: ship by Wednesday 09:00 (2 working days), reviewed within 4 hours.
        var (job, messages) = await App.Tracking(() => Imported(Csv(Row("999-1"), Row("999-2"))));

        job.Status.ShouldBe(ImportJobStatus.Completed);
        var orders = new[] { Order.IdFor("US", "999-1"), Order.IdFor("US", "999-2") };
        var order = await App.Details(orders[0]);
        (order.ShipBy, order.ReviewDueAt, order.ShipDeadlineState).ShouldBe((OpsFixture.Start.AddDays(2), OpsFixture.Start.AddHours(4), OrderDeadlineState.Running));
        // Both orders' four receipt timers are four scheduled messages, not eight: the batch's orders share their times.
        var timers = messages.Scheduled.Envelopes().Where(e => e.Message is OrderTimersDue).ToList();
        timers.Select(e => ((OrderTimersDue)e.Message!).Timer).ShouldBe([OrderTimer.WarnReview, OrderTimer.BreachReview, OrderTimer.WarnShipBy, OrderTimer.BreachShipBy], ignoreOrder: true);
        messages.Scheduled.MessagesOf<BreachShipBy>().ShouldBeEmpty();
        var breach = timers.Single(e => ((OrderTimersDue)e.Message!).Timer == OrderTimer.BreachShipBy);
        var due = (OrderTimersDue)breach.Message!;
        (breach.ScheduledTime, due.DueAt).ShouldBe((OpsFixture.Start.AddDays(2), OpsFixture.Start.AddDays(2)));
        due.OrderIds.ShouldBe(orders, ignoreOrder: true);

        // When it falls due, each order is breached as if its own timer had fired.
        await App.Play(breach);
        foreach (var id in orders)
            (await App.Details(id)).ShipDeadlineState.ShouldBe(OrderDeadlineState.Breached);
    }

    [Fact]
    public async Task a_file_with_refused_rows_imports_nothing_and_names_every_row()
    {
        var job = await Imported(Csv(Row("222-1"), Row("222-2", quantity: "0"), Row("222-3", unitPrice: "abc"), Row("222-4", country: "XX"), Row("222-5")));

        job.Status.ShouldBe(ImportJobStatus.Rejected);
        job.Imported.ShouldBe(0);
        job.Errors.Select(e => (e.Row, e.Field, e.Code)).ShouldBe([
            (2, "quantity", ProblemCodes.ValidationFailed),
            (3, "unitPrice", ProblemCodes.ValidationFailed),
            (4, "country", ProblemCodes.ValidationFailed),
        ]);
        job.ErrorCount.ShouldBe(3);
        (await Orders()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task a_wrong_currency_is_named_once_on_the_orders_first_row()
    {
        // The currency is the order's column: each line's price is in it, but the error is the order's, not each line's.
        var job = await Imported(Csv(Row("232-1"), Row("232-2", currency: "usd"), Row("232-2", sku: "LUM-MAT-02", currency: "usd")));

        job.Status.ShouldBe(ImportJobStatus.Rejected);
        job.Errors.Select(e => (e.Row, e.Field, e.Code)).ShouldBe([(2, "currency", ProblemCodes.ValidationFailed)]);
        (await Orders()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task an_order_given_twice_in_one_file_is_refused()
    {
        var job = await Imported(Csv(Row("333-1"), Row("333-2"), Row("333-1")));

        job.Status.ShouldBe(ImportJobStatus.Rejected);
        job.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Row.ShouldBe(3), e => e.Code.ShouldBe("import.duplicate_record"), e => e.Message.ShouldContain("row 1"));
        (await Orders()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_same_file_again_answers_its_job_and_changes_nothing()
    {
        var file = Csv(Row("444-1"), Row("444-2"));
        var first = await Imported(file);
        var before = await Orders();

        var again = await Upload(file);

        await again.ShouldHaveStatus(200);
        (await again.ReadAsJsonAsync<ImportJob>())!.Id.ShouldBe(first.Id);
        (await Orders()).Items.Select(o => (o.Id, o.Version)).ShouldBe(before.Items.Select(o => (o.Id, o.Version)));
    }

    [Fact]
    public async Task orders_already_received_are_skipped_and_one_with_other_content_refuses_the_file()
    {
        await Imported(Csv(Row("555-1")));

        var overlapping = await Imported(Csv(Row("555-1"), Row("555-2")));
        (overlapping.Status, overlapping.Imported, overlapping.Skipped).ShouldBe((ImportJobStatus.Completed, 1, 1));

        var conflicting = await Imported(Csv(Row("555-1", quantity: "9"), Row("555-3")));
        conflicting.Status.ShouldBe(ImportJobStatus.Rejected);
        conflicting.Errors.ShouldHaveSingleItem().Code.ShouldBe(OrderRules.NumberMustBeUnique.Code);
        (await Orders()).TotalItems.ShouldBe(2);
    }

    [Fact]
    public async Task a_json_file_is_an_array_of_orders_as_the_api_takes_them()
    {
        var json = """
            [{"marketplace":"US","orderNumber":"666-1","buyer":{"name":"Ann Lee","address":{"line1":"2 Elm St","city":"Austin","postalCode":"73301","country":"US"}},
              "lines":[{"sku":"LUM-LAMP-01","quantity":1,"unitPrice":{"amount":19.99,"currency":"USD"}}],"paymentStatus":"Captured","purchasedAt":"2030-11-04T12:00:00Z"},
             {"marketplace":"US","orderNumber":"666-2","buyer":{"name":"Bo Chen","address":{"line1":"3 Oak St","city":"Reno","postalCode":"89501","country":"US"}},
              "lines":[{"sku":"LUM-LAMP-01","quantity":0,"unitPrice":{"amount":19.99,"currency":"USD"}}],"paymentStatus":"Captured","purchasedAt":"2030-11-04T12:00:00Z"}]
            """;

        var refused = await Imported(json, "application/json");
        refused.Status.ShouldBe(ImportJobStatus.Rejected);
        refused.Errors.Select(e => (e.Row, e.Field)).ShouldBe([(2, "lines[0].quantity")]);

        var accepted = await Imported(json.Replace("\"quantity\":0", "\"quantity\":4"), "application/json");
        (accepted.Status, accepted.Imported).ShouldBe((ImportJobStatus.Completed, 2));
        (await As(Role.Auditor, x => x.Get.Url($"/api/logistics/orders/{Order.IdFor("US", "666-2")}")).Ok<OrderDetails>()).Total
            .ShouldBe(new Money(4 * 19.99m, "USD"));
    }

    [Fact]
    public async Task malformed_json_refuses_the_file()
    {
        var job = await Imported("""[{"marketplace":"US","orderNumber":"777-1", """, "application/json");

        job.Status.ShouldBe(ImportJobStatus.Rejected);
        job.Errors.ShouldHaveSingleItem().Code.ShouldBe(ProblemCodes.MalformedRequest);
    }

    [Fact]
    public async Task an_upload_needs_a_known_store_a_file_type_and_a_writer()
    {
        await Upload(Csv(Row("888-1")), storeId: Guid.NewGuid()).ShouldBeProblem(409, OrderRules.StoreMustExist.Code);
        await Upload(Csv(Row("888-1")), contentType: "text/plain").ShouldBeProblem(415, ProblemCodes.UnsupportedMediaType);
        await (await Upload(Csv(Row("888-1")), role: Role.Auditor)).ShouldHaveStatus(403);
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/orders/imports")).Ok<Page<ImportJob>>()).TotalItems.ShouldBe(0);
    }
}
