using Ops.Logistics.Contracts;
using Ops.Organization.Contracts;
using Ops.Service;
using Ops.Service.Contracts;
using Ops.Service.Returns;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.InquiryScenarios;
using static Service.Tests.ReturnScenarios;

namespace Service.Tests;

/// <summary>
/// Return and exchange requests (service.md, "Return/exchange request"): accepted within <c>returnWindowDays</c> (30) of
/// delivery, approved to logistics (<c>ReturnRequested</c>) or rejected, then showing logistics' inspection.
/// </summary>
public sealed class ReturnTests(ServiceApp app) : ServiceTest(app)
{
    /// <summary>Friday 1 November 2030, 22:30 in New York (still summer time, UTC−4): already 2 November in UTC.</summary>
    private static readonly DateTimeOffset DeliveredLateOnNovemberFirst = new(2030, 11, 1, 22, 30, 0, TimeSpan.FromHours(-4));

    private static DateTimeOffset December(int day, int hour, int minute = 0) => new(2030, 12, day, hour, minute, 0, TimeSpan.FromHours(-5));

    [Fact]
    public async Task a_request_on_day_30_after_delivery_is_accepted_and_on_day_31_refused_counting_the_stores_local_dates()
    {
        await App.OrderDelivered(DeliveredLateOnNovemberFirst);

        // Delivered 1 November (local) + 30 days = 1 December, the last day. 23:30 in New York is already 2 December in UTC.
        App.Clock.SetUtcNow(December(1, 23, 30));
        var accepted = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        App.Clock.SetUtcNow(December(2, 9, 0));
        var refused = await App.RequestReturn().ShouldBeProblem(409, ReturnRules.OutsideReturnWindow.Code);

        (accepted.Status, accepted.DeliveredOn, accepted.DeliveredOnFrom, accepted.WindowDays, accepted.WindowEndsOn).ShouldBe(
            (CustomerReturnStatus.Requested, new DateOnly(2030, 11, 1), DeliveryDateSource.Timeline, 30, new DateOnly(2030, 12, 1)));
        refused.Detail.ShouldNotBeNullOrEmpty();
        (await App.Returns()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_return_window_is_a_setting()
    {
        await App.ChangeSettings(new ServiceSettings { ReturnWindowDays = 10 });
        await App.OrderDelivered(DeliveredLateOnNovemberFirst);

        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 11, 17, 0, 0, TimeSpan.FromHours(-5))); // day 10
        (await App.RequestReturn().Ok<CustomerReturnDetails>(201)).WindowEndsOn.ShouldBe(new DateOnly(2030, 11, 11));
        App.Clock.SetUtcNow(new DateTimeOffset(2030, 11, 12, 9, 0, 0, TimeSpan.FromHours(-5))); // day 11
        await App.RequestReturn().ShouldBeProblem(409, ReturnRules.OutsideReturnWindow.Code);
    }

    [Fact]
    public async Task without_a_reported_delivery_the_agent_gives_the_delivery_date_or_the_request_is_refused()
    {
        await App.RequestReturn().ShouldBeProblem(409, ReturnRules.DeliveryUnknown.Code);
        await App.Deliver(Shipped(NewYork(1, 10, 0))); // shipped, but not yet reported delivered
        await App.RequestReturn().ShouldBeProblem(409, ReturnRules.DeliveryUnknown.Code);

        var given = await App.RequestReturn(NewReturn(deliveredOn: new DateOnly(2030, 11, 3))).Ok<CustomerReturnDetails>(201);
        await App.RequestReturn(NewReturn(deliveredOn: new DateOnly(2030, 10, 4))).ShouldBeProblem(409, ReturnRules.OutsideReturnWindow.Code); // day 31
        await App.RequestReturn(NewReturn(deliveredOn: new DateOnly(2030, 11, 5))).ShouldBeProblem(409, ReturnRules.NotYetDelivered.Code);

        (given.DeliveredOn, given.DeliveredOnFrom, given.WindowEndsOn).ShouldBe((new DateOnly(2030, 11, 3), DeliveryDateSource.Agent, new DateOnly(2030, 12, 3)));
    }

    [Fact]
    public async Task the_delivery_logistics_reported_counts_whatever_date_the_agent_gives()
    {
        await App.OrderDelivered(DeliveredLateOnNovemberFirst);
        App.Clock.SetUtcNow(December(2, 9, 0));

        await App.RequestReturn(NewReturn(deliveredOn: new DateOnly(2030, 11, 20))).ShouldBeProblem(409, ReturnRules.OutsideReturnWindow.Code);
    }

    [Fact]
    public async Task only_a_sku_the_order_shipped_comes_back_and_no_more_units_than_shipped()
    {
        await App.OrderDelivered(NewYork(2, 12, 0)); // two OPS-LAMP shipped

        await App.RequestReturn(NewReturn(sku: "OPS-CHAIR")).ShouldBeProblem(409, ReturnRules.SkuNotShipped.Code);
        await App.RequestReturn(NewReturn(quantity: 3)).ShouldBeProblem(409, ReturnRules.MoreThanShipped.Code);
        (await App.RequestReturn(NewReturn(quantity: 2)).Ok<CustomerReturnDetails>(201)).Quantity.ShouldBe(2);
    }

    [Fact]
    public async Task a_store_service_does_not_know_or_another_stores_order_is_refused()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var otherStore = Guid.NewGuid();
        await App.RequestReturn(NewReturn() with { StoreId = otherStore }).ShouldBeProblem(409, ReturnRules.StoreMustExist.Code);

        await App.Deliver(new StoreCalendarChanged(otherStore, "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], OpsFixture.Start),
            othersMayRefuse: true);
        await App.RequestReturn(NewReturn() with { StoreId = otherStore }).ShouldBeProblem(409, ReturnRules.OrderOfAnotherStore.Code);
        (await App.Returns()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task an_approved_return_goes_to_logistics_once()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        App.Clock.SetUtcNow(NewYork(4, 10, 0));

        var (approved, messages) = await App.Tracking(() => App.ApproveReturn(requested.Id).Ok<CustomerReturnDetails>());
        var (_, again) = await App.Tracking(() => App.ApproveReturn(requested.Id).ShouldBeProblem(409, ReturnRules.AlreadyDecided.Code));

        messages.SingleAnnounced<ReturnRequested>().ShouldBe(new ReturnRequested(requested.Id, DemoStoreId, "US", OrderNumber, "OPS-LAMP", 1,
            ReturnKind.Refund, ReturnReason.Defective, "The lamp flickers.", OpsFixture.Start));
        again.Announced<ReturnRequested>().ShouldBeEmpty();
        (approved.Status, approved.ApprovedAt, approved.ApprovedBy).ShouldBe((CustomerReturnStatus.Approved, NewYork(4, 10, 0), "service@demo.ops"));
        approved.Progress.Select(p => p.Status).ShouldBe([CustomerReturnStatus.Requested, CustomerReturnStatus.Approved]);
        await App.RejectReturn(requested.Id).ShouldBeProblem(409, ReturnRules.AlreadyDecided.Code);
    }

    [Fact]
    public async Task a_rejected_return_says_why_and_goes_nowhere()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);

        await App.RejectReturn(requested.Id, reason: " ").ShouldHaveFieldError("reason");
        var (rejected, messages) = await App.Tracking(() => App.RejectReturn(requested.Id).Ok<CustomerReturnDetails>());

        messages.Announced<ReturnRequested>().ShouldBeEmpty();
        (rejected.Status, rejected.Rejection).ShouldBe((CustomerReturnStatus.Rejected, new ReturnRejection("Used beyond a trial.", "service@demo.ops", OpsFixture.Start)));
        await App.ApproveReturn(requested.Id).ShouldBeProblem(409, ReturnRules.AlreadyDecided.Code);
    }

    [Fact]
    public async Task logistics_inspection_shows_on_the_return_once_however_often_it_is_reported()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        await App.ApproveReturn(requested.Id).Ok<CustomerReturnDetails>();
        App.Clock.SetUtcNow(NewYork(8, 15, 0));

        await App.Inspected(requested, NewYork(8, 14, 30));
        var inspected = await App.Return(requested.Id);
        await App.Inspected(requested, NewYork(8, 14, 30));

        (inspected.Status, inspected.Inspection).ShouldBe((CustomerReturnStatus.Inspected,
            new ReturnInspection(ReturnFinding.QualityDefect, "Solder joint cracked.", 1, NewYork(8, 14, 30))));
        inspected.Progress.Select(p => (p.Status, p.By)).ShouldBe([
            (CustomerReturnStatus.Requested, "service@demo.ops"), (CustomerReturnStatus.Approved, "service@demo.ops"),
            (CustomerReturnStatus.Inspected, "logistics"),
        ]);
        (await App.Return(requested.Id)).ShouldBeEquivalentTo(inspected);
        (await App.ReturnHistory(requested.Id)).Select(h => h.Type).ShouldBe(
            ["return_request_recorded", "return_request_approved", "return_inspection_reported"]);
    }

    [Fact]
    public async Task the_finding_of_a_return_service_never_requested_waits_in_the_dead_letters()
    {
        await App.Deliver(new ReturnInspected(Guid.NewGuid(), DemoStoreId, "US", OrderNumber, "OPS-LAMP", 1, ReturnFinding.NoDefect, "", OpsFixture.Start),
            othersMayRefuse: true);

        (await App.DeadLetteredMessageTypes()).ShouldContain(type => type.EndsWith(nameof(ReturnInspected)));
        (await App.Returns()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_return_is_shown_as_it_was_at_an_earlier_version_or_time()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        App.Clock.SetUtcNow(NewYork(5, 10, 0));
        await App.ApproveReturn(requested.Id).Ok<CustomerReturnDetails>();

        (await App.Return(requested.Id, "?version=1")).Status.ShouldBe(CustomerReturnStatus.Requested);
        // Events carry the database's time of their write: the first one's is a moment the return was only requested.
        var requestedAt = (await App.ReturnHistory(requested.Id))[0].Timestamp;
        (await App.Return(requested.Id, $"?asOf={Uri.EscapeDataString(requestedAt.ToString("O"))}")).Status.ShouldBe(CustomerReturnStatus.Requested);
        // The same instant as New York writes it (PostgreSQL takes only UTC instants: it was a 500).
        var inNewYork = requestedAt.ToOffset(TimeSpan.FromHours(-5));
        (await App.Return(requested.Id, $"?asOf={Uri.EscapeDataString(inNewYork.ToString("O"))}")).Status.ShouldBe(CustomerReturnStatus.Requested);
        (await App.Return(requested.Id)).Status.ShouldBe(CustomerReturnStatus.Approved);
    }

    [Fact]
    public async Task returns_are_listed_newest_first_filtered_and_paged()
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        await App.OrderDelivered(NewYork(2, 12, 0), "112-0000002-0000002");
        var first = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await App.RequestReturn(NewReturn(orderNumber: "112-0000002-0000002") with { Kind = ReturnKind.Exchange }).Ok<CustomerReturnDetails>(201);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = await App.RequestReturn().Ok<CustomerReturnDetails>(201);
        await App.ApproveReturn(third.Id).Ok<CustomerReturnDetails>();

        (await App.Returns()).Items.Select(r => r.Id).ShouldBe([third.Id, second.Id, first.Id]);
        (await App.Returns("?sort=requestedAt")).Items.Select(r => r.Id).ShouldBe([first.Id, second.Id, third.Id]);
        (await App.Returns("?status=Requested")).Items.Select(r => r.Id).ShouldBe([second.Id, first.Id]);
        (await App.Returns("?kind=Exchange")).Items.Select(r => r.Id).ShouldBe([second.Id]);
        (await App.Returns($"?orderNumber={OrderNumber}")).Items.Select(r => r.Id).ShouldBe([third.Id, first.Id]);
        (await App.Returns("?sku=OPS-CHAIR")).TotalItems.ShouldBe(0);
        (await App.Returns($"?storeId={DemoStoreId}&pageSize=2&page=2")).ShouldSatisfyAllConditions(
            p => p.Items.Select(r => r.Id).ShouldBe([first.Id]), p => p.TotalItems.ShouldBe(3), p => p.TotalPages.ShouldBe(2));
        await App.As(Role.Service, x => x.Get.Url($"{ReturnsUrl}?sort=customer")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task bad_input_is_refused_with_an_error_on_each_field()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { quantity = 0, comment = new string('x', 2001) }).ToUrl(ReturnsUrl))
            .ShouldHaveFieldError("storeId");

        problem.Errors!.Keys.ShouldBe(["storeId", "marketplace", "orderNumber", "sku", "quantity", "kind", "reason", "comment"], ignoreOrder: true);
        (await App.Returns()).TotalItems.ShouldBe(0);
    }

    [Theory]
    [InlineData(Role.Service)]
    [InlineData(Role.OpsManager)]
    public async Task service_agents_and_the_operations_manager_record_and_decide_returns(string role)
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn(role: role).Ok<CustomerReturnDetails>(201);

        (await App.ApproveReturn(requested.Id, role).Ok<CustomerReturnDetails>()).Status.ShouldBe(CustomerReturnStatus.Approved);
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Logistics)]
    [InlineData(Role.Staff)]
    public async Task others_read_returns_but_neither_record_nor_decide_them(string role)
    {
        await App.OrderDelivered(NewYork(2, 12, 0));
        var requested = await App.RequestReturn().Ok<CustomerReturnDetails>(201);

        await App.RequestReturn(role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.ApproveReturn(requested.Id, role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.RejectReturn(requested.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.As(role, x => x.Get.Url($"{ReturnsUrl}/{requested.Id}")).Ok<CustomerReturnDetails>()).Status.ShouldBe(CustomerReturnStatus.Requested);
        (await App.As(role, x => x.Get.Url(ReturnsUrl)).Ok<Ops.Shared.Paging.Page<CustomerReturnDetails>>()).TotalItems.ShouldBe(1);
        (await App.As(role, x => x.Get.Url($"{ReturnsUrl}/{requested.Id}/history")).Ok<List<Ops.Shared.Audit.HistoryEntry>>()).Count.ShouldBe(1);
    }
}
