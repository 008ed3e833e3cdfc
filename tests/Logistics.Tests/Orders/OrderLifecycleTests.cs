using Logistics.Tests.Channels;
using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Orders;
using Ops.Shared;
using Ops.Shared.Http;
using Published = Ops.Logistics.Contracts;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests.Orders;

/// <summary>Review, allocation, shipment and cancellation of an order (logistics.md, "Order").</summary>
public sealed class OrderLifecycleTests(LogisticsApp app) : LogisticsTest(app)
{
    [Fact]
    public async Task an_order_with_a_complete_buyer_live_skus_and_a_captured_payment_passes_review()
    {
        var reviewed = await App.Reviewed();

        (reviewed.Status, reviewed.HoldReasons.Count, reviewed.ReviewDeadlineState).ShouldBe((OrderStatus.Reviewed, 0, OrderDeadlineState.Met));
    }

    [Fact]
    public async Task review_puts_the_order_on_hold_with_every_reason_found()
    {
        await App.Sellable(OtherSku, live: false);
        var order = NewOrder(lines: [(Sku, 1), (OtherSku, 1), ("OPS-NOBODY-KNOWS", 1)]) with { PaymentStatus = PaymentStatus.Pending };
        order = order with { Buyer = order.Buyer with { Name = "", Address = order.Buyer.Address with { PostalCode = "" } } };
        var received = (await App.Receive(order)).Result;

        var held = await App.Post(received.Id, "review").Ok<OrderDetails>();

        held.Status.ShouldBe(OrderStatus.OnHold);
        held.HoldReasons.ShouldBe([
            new HoldReason(OrderRules.BuyerNameMissing.Code), new HoldReason(OrderRules.AddressIncomplete.Code),
            new HoldReason(OrderRules.SkuNotLive.Code, OtherSku), new HoldReason(OrderRules.SkuUnknown.Code, "OPS-NOBODY-KNOWS"),
            new HoldReason(OrderRules.SkuUnknown.Code, Sku), new HoldReason(OrderRules.PaymentNotCaptured.Code),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task a_held_order_is_released_by_reviewing_it_again_once_fixed()
    {
        await App.Sellable();
        var received = (await App.Receive(NewOrder() with { PaymentStatus = PaymentStatus.Pending })).Result;
        var held = await App.Post(received.Id, "review").Ok<OrderDetails>();

        var corrected = await App.Post(received.Id, "correction", new { paymentStatus = "Captured" }).Ok<OrderDetails>();
        var released = await App.Post(received.Id, "review").Ok<OrderDetails>();

        held.HoldReasons.ShouldBe([new HoldReason(OrderRules.PaymentNotCaptured.Code)]);
        corrected.Payment.ShouldBe(PaymentStatus.Captured);
        (released.Status, released.HoldReasons.Count).ShouldBe((OrderStatus.Reviewed, 0));
    }

    [Fact]
    public async Task a_reviewed_order_is_not_reviewed_or_corrected_again()
    {
        var reviewed = await App.Reviewed();

        await App.Post(reviewed.Id, "review").ShouldBeProblem(409, OrderRules.NotAwaitingReview.Code);
        await App.Post(reviewed.Id, "correction", new { paymentStatus = "Failed" }).ShouldBeProblem(409, OrderRules.CorrectedOnlyBeforeReviewPassed.Code);
    }

    [Fact]
    public async Task allocation_reserves_every_line_in_one_warehouse_adding_up_lines_of_the_same_sku()
    {
        var empty = await App.Warehouse("AA-EMPTY");
        var (order, warehouse) = await App.Allocated(NewOrder(lines: [(Sku, 2), (OtherSku, 1), (Sku, 3)]));

        (order.Status, order.WarehouseId).ShouldBe((OrderStatus.Allocated, warehouse.Id));
        var lamp = await App.Level(warehouse.Id, Sku);
        (lamp.Reserved, lamp.Available).ShouldBe((5, 5));
        (await App.Level(warehouse.Id, OtherSku)).Reserved.ShouldBe(1);
        (await App.Level(empty.Id, Sku)).ShouldBeNull();
    }

    [Fact]
    public async Task an_order_is_not_allocated_before_review()
    {
        var received = (await App.Receive()).Result;

        await App.Post(received.Id, "allocate").ShouldBeProblem(409, OrderRules.NotReadyForAllocation.Code);
    }

    [Fact]
    public async Task without_stock_anywhere_the_order_is_backordered_and_the_ops_team_told_when_it_can_ship()
    {
        var warehouse = await App.Warehouse();
        await App.Stock(warehouse.Id, Sku, 1);
        await App.Sellable(leadTimeDays: 25);
        var received = (await App.Receive()).Result;
        await App.Post(received.Id, "review").Ok<OrderDetails>();

        var (backordered, messages) = await App.Act(received.Id, "allocate");

        var expected = new DateOnly(2030, 11, 29); // Monday 4 November in New York + 25 days
        (backordered.Status, backordered.ExpectedShipOn).ShouldBe((OrderStatus.Backordered, expected));
        backordered.BackorderedSkus.ShouldBe([Sku]);
        messages.SingleAnnounced<ReplenishmentNeeded>().ShouldBe(new ReplenishmentNeeded(DemoStoreId, Sku, null, ReplenishmentReason.Backorder, null,
            received.Id, expected, OpsFixture.Start));
        (await App.Level(warehouse.Id, Sku)).Reserved.ShouldBe(0);

        var (again, quiet) = await App.Act(received.Id, "allocate");
        again.Version.ShouldBe(backordered.Version);
        quiet.Announced<ReplenishmentNeeded>().ShouldBeEmpty();

        await App.Stock(warehouse.Id, Sku, 5);
        (await App.Post(received.Id, "allocate").Ok<OrderDetails>()).ShouldSatisfyAllConditions(
            o => o.Status.ShouldBe(OrderStatus.Allocated), o => o.ExpectedShipOn.ShouldBeNull());
    }

    [Fact]
    public async Task a_named_warehouse_must_be_open_and_hold_the_stock()
    {
        var stocked = await App.Warehouse("NJ-OWN-1");
        var empty = await App.Warehouse("NJ-OWN-2");
        await App.Stock(stocked.Id, Sku, 10);
        await App.As(Role.Logistics, x => x.Post.Json(new { reason = "Lease ended" }).ToUrl($"/api/logistics/warehouses/{stocked.Id}/close"))
            .Ok<object>();
        var reviewed = await App.Reviewed();

        await App.Post(reviewed.Id, "allocate", new { warehouseId = empty.Id }).ShouldBeProblem(409, OrderRules.WarehouseLacksStock.Code);
        await App.Post(reviewed.Id, "allocate", new { warehouseId = stocked.Id }).ShouldBeProblem(409, OrderRules.WarehouseMustBeOpen.Code);
        (await App.Post(reviewed.Id, "allocate").Ok<OrderDetails>()).Status.ShouldBe(OrderStatus.Backordered, "a closed warehouse's stock is not offered");
    }

    [Fact]
    public async Task shipping_takes_the_reserved_stock_out_and_tells_the_others_it_shipped_on_time()
    {
        var (order, warehouse) = await App.Allocated();
        var shipping = (await App.Shipping(OpsFixture.Start.AddHours(3))) with { PromisedDeliveryBy = OpsFixture.Start.AddDays(5) };
        App.Clock.Advance(TimeSpan.FromHours(4));

        var (shipped, messages) = await App.Act(order.Id, "ship", shipping);

        shipped.ShouldSatisfyAllConditions(
            o => o.Status.ShouldBe(OrderStatus.Shipped),
            o => o.Shipment!.TrackingNumber.ShouldBe("1Z999AA10123456784"),
            o => o.Shipment!.ShippingCost.ShouldBe(new Money(7.25m, "USD")),
            o => o.TrackingDueAt.ShouldBe(OpsFixture.Start.AddHours(27)));
        var level = await App.Level(warehouse.Id, Sku);
        (level.OnHand, level.Reserved).ShouldBe((8, 0));
        messages.SingleAnnounced<Published.OrderShipped>().ShouldSatisfyAllConditions(
            m => m.OnTime.ShouldBeTrue(), m => m.WarehouseId.ShouldBe(warehouse.Id), m => m.ChannelId.ShouldBe(shipping.ChannelId),
            m => m.ShippingCost.ShouldBe(7.25m), m => m.CostCurrency.ShouldBe("USD"), m => m.ShippedAt.ShouldBe(OpsFixture.Start.AddHours(3)),
            m => m.Currency.ShouldBe("USD")); // the lines' prices are in the order's currency
    }

    [Fact]
    public async Task a_shipping_cost_is_an_amount_with_its_currency()
    {
        var (order, _) = await App.Allocated();
        var shipping = await App.Shipping(OpsFixture.Start);

        await App.Post(order.Id, "ship", shipping with { ShippingCost = new Money(7.25m, "usd") }).ShouldHaveFieldError("shippingCost.currency");
        await App.Post(order.Id, "ship", shipping with { ShippingCost = new Money(7.25m, "") }).ShouldHaveFieldError("shippingCost.currency");
        await App.Post(order.Id, "ship", shipping with { ShippingCost = new Money(-0.01m, "USD") }).ShouldHaveFieldError("shippingCost.amount");
        await App.Post(order.Id, "ship", shipping with { ShippingCost = new Money(1_000_000.01m, "USD") }).ShouldHaveFieldError("shippingCost.amount");
        await App.Post(order.Id, "ship", shipping with { ShippingCost = new Money(7.12345m, "USD") }).ShouldHaveFieldError("shippingCost.amount");
        await App.Post(order.Id, "ship", new { shipping.ChannelId, shipping.Carrier, shipping.TrackingNumber, shipping.ShippedAt, shippingCost = 7.25m, costCurrency = "USD" })
            .ShouldBeProblem(400, ProblemCodes.ValidationFailed);

        var (shipped, messages) = await App.Act(order.Id, "ship", shipping with { ShippingCost = new Money(0m, "EUR") });
        shipped.Shipment!.ShippingCost.ShouldBe(new Money(0m, "EUR"), "a free shipment costs nothing, in its own currency");
        messages.SingleAnnounced<Published.OrderShipped>().ShouldSatisfyAllConditions(
            m => m.ShippingCost.ShouldBe(0m), m => m.CostCurrency.ShouldBe("EUR"));
    }

    [Fact]
    public async Task a_ship_date_must_be_between_receipt_and_now_and_the_order_allocated()
    {
        var (order, _) = await App.Allocated();

        await App.Post(order.Id, "ship", await App.Shipping(OpsFixture.Start.AddMinutes(5))).ShouldBeProblem(409, OrderRules.ShipDateInFuture.Code);
        await App.Post(order.Id, "ship", await App.Shipping(OpsFixture.Start.AddMinutes(-5))).ShouldBeProblem(409, OrderRules.ShipDateBeforeReceipt.Code);
        await App.Post(order.Id, "ship", (await App.Shipping(OpsFixture.Start)) with { ChannelId = Guid.Empty }).ShouldHaveFieldError("channelId");
        var received = (await App.Receive(NewOrder("111-9"))).Result;
        await App.Post(received.Id, "ship", await App.Shipping(OpsFixture.Start)).ShouldBeProblem(409, OrderRules.NotAllocated.Code);
    }

    [Fact]
    public async Task an_order_ships_only_with_a_known_active_channel_under_contract_which_sets_the_promised_delivery()
    {
        var (order, _) = await App.Allocated();
        var shipping = await App.Shipping(OpsFixture.Start);

        await App.Post(order.Id, "ship", shipping with { ChannelId = Guid.NewGuid() }).ShouldBeProblem(409, OrderRules.ChannelRequired.Code);
        var ended = await App.RegisteredChannel(ChannelScenarios.DhlExpress("DHL-2029") with
        {
            ContractStart = new DateOnly(2029, 1, 1), ContractEnd = new DateOnly(2029, 12, 31),
        });
        await App.Post(order.Id, "ship", shipping with { ChannelId = ended.Id }).ShouldBeProblem(409, OrderRules.ChannelContractNotRunning.Code);
        await (await App.Deactivate(shipping.ChannelId)).ShouldHaveStatus(200);
        await App.Post(order.Id, "ship", shipping).ShouldBeProblem(409, OrderRules.ChannelRequired.Code);
        await (await App.Reactivate(shipping.ChannelId)).ShouldHaveStatus(200);

        var (shipped, _) = await App.Act(order.Id, "ship", shipping with { PromisedDeliveryBy = null });

        // UPS Ground takes at most 5 days: due 5 days after it left.
        shipped.Shipment!.PromisedDeliveryBy.ShouldBe(OpsFixture.Start.AddDays(5));
    }

    [Fact]
    public async Task an_unknown_order_is_not_found()
    {
        await App.Post(Guid.NewGuid(), "review").ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task cancelling_an_allocated_order_gives_its_stock_back_in_the_same_write()
    {
        var (order, warehouse) = await App.Allocated();

        var (cancelled, messages) = await App.Act(order.Id, "cancel", new { reason = "Buyer cancelled" });

        (cancelled.Status, cancelled.CancelReason).ShouldBe((OrderStatus.Cancelled, "Buyer cancelled"));
        (await App.Level(warehouse.Id, Sku)).ShouldSatisfyAllConditions(l => l.Reserved.ShouldBe(0), l => l.Available.ShouldBe(10));
        messages.SingleAnnounced<Published.OrderCancelled>().ShouldSatisfyAllConditions(
            m => m.BeforeShipment.ShouldBeTrue(), m => m.Reason.ShouldBe("Buyer cancelled"));
        await App.Post(order.Id, "cancel", new { reason = "Again" }).ShouldBeProblem(409, OrderRules.AlreadyCancelled.Code);
    }

    [Fact]
    public async Task a_shipped_order_cannot_be_cancelled()
    {
        var (shipped, _) = await App.Shipped();

        await App.Post(shipped.Id, "cancel", new { reason = "Too late" }).ShouldBeProblem(409, OrderRules.CannotCancelAfterShipment.Code);
    }
}
