using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Orders;

/// <summary>Where a customer order stands (logistics.md, "Order").</summary>
public enum OrderStatus { Received, OnHold, Reviewed, Backordered, Allocated, Shipped, Exception, Delivered, Closed, Cancelled }

/// <summary>The buyer's payment as the marketplace reports it; only a captured payment lets an order through review.</summary>
public enum PaymentStatus { Captured, Pending, Failed }

/// <summary>Where one of an order's deadlines stands: running, warned, breached, met in time, or stopped (the order was cancelled).</summary>
public enum OrderDeadlineState { None, Running, Warned, Breached, Met, Stopped }

/// <summary>How a shipment exception ended (logistics.md, "Exceptions").</summary>
public enum ExceptionResolution { Reshipped, Refunded, ClaimFiled }

public sealed record BuyerAddress(string Line1, string? Line2, string City, string? Region, string PostalCode, string Country);

/// <summary>Who bought and where it goes. Email and phone are optional: marketplaces often hide them.</summary>
public sealed record Buyer(string Name, BuyerAddress Address, string? Email, string? Phone);

/// <summary>One line of an order: a SKU, how many, and the unit price the buyer paid (every line of an order in one currency).</summary>
public sealed record OrderReceiptLine(string Sku, int Quantity, Money UnitPrice);

/// <summary>
/// An order as it reached logistics (API or bulk import). <see cref="ShipBy"/> is the marketplace's own ship-by date, if it
/// gave one; logistics works to the earlier of it and <c>shipWithinWorkingDays</c> of the store's calendar. Every line is
/// priced in Money, all in one currency (ADR 0025).
/// </summary>
public sealed record OrderReceipt(
    Guid StoreId, string Marketplace, string OrderNumber, Buyer Buyer, IReadOnlyList<OrderReceiptLine> Lines, PaymentStatus Payment,
    DateTimeOffset PurchasedAt, DateTimeOffset? ShipBy)
{
    /// <summary>The order's currency: every line's price is in it (the request is validated so; an order has at least one line).</summary>
    public string Currency() => Lines[0].UnitPrice.Currency;

    /// <summary>Sum of quantity × unit price, unrounded, in the order's currency.</summary>
    public Money Total() => new(Lines.Sum(l => l.Quantity * l.UnitPrice.Amount), Currency());

    /// <summary>The lines as other modules hear them: the unit price's amount, in <see cref="Currency"/>.</summary>
    public IReadOnlyList<OrderLine> PublishedLines() => [.. Lines.Select(l => new OrderLine(l.Sku, l.Quantity, l.UnitPrice.Amount))];

    /// <summary>The receipt's content, so a second receipt of the same order number is recognised as the same order or not.</summary>
    public string Fingerprint() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with { Lines = [.. Lines] }))));

    /// <summary>The units of each SKU (lines of the same SKU added up), in SKU order: the order stock is reserved in.</summary>
    public IReadOnlyList<(string Sku, int Quantity)> UnitsBySku() =>
        [.. Lines.GroupBy(l => l.Sku, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(l => l.Quantity))).OrderBy(s => s.Key, StringComparer.Ordinal)];
}

/// <summary>One reason review put an order on hold: the rule's code and, for an item, its SKU.</summary>
public sealed record HoldReason(string Code, string? Sku = null);

/// <summary>
/// What left the warehouse, with which channel and carrier, what it cost (when known) and when the channel promised it
/// delivered (if said).
/// </summary>
// Stored in every OrderShipped, for good: shipments stored before the cost was Money (a bare shippingCost and its
// costCurrency beside it) are read by StoredShipmentConverter (ADR 0025).
public sealed record Shipment(
    Guid WarehouseId, Guid ChannelId, string Carrier, string TrackingNumber, DateTimeOffset ShippedAt, Money? ShippingCost,
    DateTimeOffset? PromisedDeliveryBy);

/// <summary>An exception's open state: what its decisions need.</summary>
public sealed record OpenException(ShipmentExceptionKind Kind, DateTimeOffset ContactCarrierBy, bool Contacted, bool Resolved);

public static class OrderRules
{
    public static readonly Rule NumberMustBeUnique = new("order.number_must_be_unique",
        "This marketplace already sent an order with this number, with different content.", "该站点已有相同订单号但内容不同的订单。");
    public static readonly Rule StoreMustExist = new("order.store_must_exist",
        "The order's store is not known to logistics.", "物流模块中不存在该订单所属的店铺。");
    public static readonly Rule NotAwaitingReview = new("order.not_awaiting_review",
        "Only a received order or one on hold is reviewed.", "只有已接收或暂停处理的订单可以审核。");
    public static readonly Rule CorrectedOnlyBeforeReviewPassed = new("order.corrected_only_before_review_passed",
        "Buyer and payment are corrected while the order is received or on hold.", "只有已接收或暂停处理的订单可以更正买家和付款信息。");
    public static readonly Rule NotReadyForAllocation = new("order.not_ready_for_allocation",
        "Only a reviewed or backordered order is allocated.", "只有已审核或缺货待发的订单可以分配库存。");
    public static readonly Rule WarehouseMustBeOpen = new("order.warehouse_must_be_open",
        "The warehouse is unknown, closed or holds another store's stock.", "该仓库不存在、已停用或属于其他店铺。");
    public static readonly Rule WarehouseLacksStock = new("order.warehouse_lacks_stock",
        "The warehouse has not enough available stock for every line of the order.", "该仓库的可用库存不足以满足订单的全部商品。");
    public static readonly Rule NotAllocated = new("order.not_allocated",
        "Only an allocated order is shipped.", "只有已分配库存的订单可以发货。");
    public static readonly Rule ChannelRequired = new("order.channel_must_be_active",
        "The logistics channel is unknown or inactive.", "物流渠道不存在或已停用。");
    public static readonly Rule ChannelContractNotRunning = new("order.channel_contract_not_running",
        "The logistics channel's contract does not run on the ship date.", "物流渠道的合同在发货日期不在有效期内。");
    public static readonly Rule ShipDateInFuture = new("order.ship_date_in_future",
        "The ship date cannot be later than now.", "发货时间不能晚于当前时间。");
    public static readonly Rule ShipDateBeforeReceipt = new("order.ship_date_before_receipt",
        "The ship date cannot be before the order was received.", "发货时间不能早于接单时间。");
    public static readonly Rule NotInTransit = new("order.not_in_transit",
        "Tracking and delivery are recorded for a shipped order that is not delivered yet.", "只有已发货且未签收的订单可以记录物流跟踪和签收。");
    public static readonly Rule EventTimeInFuture = new("order.event_time_in_future",
        "The time of a tracking event or delivery cannot be later than now.", "物流事件或签收时间不能晚于当前时间。");
    public static readonly Rule EventBeforeShipment = new("order.event_before_shipment",
        "The time of a tracking event or delivery cannot be before the shipment.", "物流事件或签收时间不能早于发货时间。");
    public static readonly Rule NotShipped = new("order.not_shipped",
        "A shipment exception is raised on a shipped order.", "只有已发货的订单可以登记物流异常。");
    public static readonly Rule ExceptionNotFound = new("order.exception_not_found",
        "This order has no such shipment exception.", "该订单没有此物流异常。");
    public static readonly Rule ExceptionAlreadyResolved = new("order.exception_already_resolved",
        "This shipment exception is already resolved.", "该物流异常已处理完毕。");
    public static readonly Rule CannotCancelAfterShipment = new("order.cannot_cancel_after_shipment",
        "A shipped order cannot be cancelled; handle it as a return.", "已发货的订单不能取消，请按退货处理。");
    public static readonly Rule AlreadyCancelled = new("order.already_cancelled", "This order is already cancelled.", "该订单已取消。");
    public static readonly Rule NotDelivered = new("order.not_delivered",
        "Only a delivered order without open exceptions is closed.", "只有已签收且无未处理异常的订单可以关闭。");

    // Review findings (reasons for a hold), not refusals of the command.
    public static readonly Rule BuyerNameMissing = new("order.buyer_name_missing", "The buyer's name is missing.", "缺少买家姓名。");
    public static readonly Rule AddressIncomplete = new("order.address_incomplete",
        "The delivery address needs a street line, city, postal code and country.", "收货地址须有街道、城市、邮编和国家。");
    public static readonly Rule SkuUnknown = new("order.sku_unknown", "The SKU is not known to logistics.", "物流模块中不存在该 SKU。");
    public static readonly Rule SkuNotLive = new("order.sku_not_live", "The SKU's listing is not live.", "该 SKU 的商品尚未上架。");
    public static readonly Rule PaymentNotCaptured = new("order.payment_not_captured", "The payment is not captured.", "付款尚未确认到账。");
}

/// <summary>
/// What an order's decisions need. One stream per order, its id following from the marketplace and order number
/// (<see cref="IdFor"/>), so a second receipt of the same number finds the first.
/// </summary>
public sealed record Order(
    Guid Id, OrderReceipt Receipt, string Fingerprint, OrderStatus Status, DateTimeOffset ReceivedAt,
    DateTimeOffset ReviewDueAt, OrderDeadlineState ReviewDeadline, DateTimeOffset ShipBy, OrderDeadlineState ShipDeadline,
    Guid? WarehouseId, Shipment? Shipment, DateTimeOffset? TrackingDueAt, DateTimeOffset? DeliveredAt,
    ImmutableDictionary<Guid, OpenException> Exceptions)
{
    public static Guid IdFor(string marketplace, string orderNumber) =>
        DeterministicGuid.From($"ops.logistics.order.{marketplace.ToUpperInvariant()}.{orderNumber}");

    public Guid StoreId => Receipt.StoreId;
    private bool ExceptionsOpen => Exceptions.Values.Any(e => !e.Resolved);
    private static bool Open(OrderDeadlineState state) => state is OrderDeadlineState.Running or OrderDeadlineState.Warned;

    public static Order Create(OrderReceived e) => new(e.OrderId, e.Receipt, e.Receipt.Fingerprint(), OrderStatus.Received, e.ReceivedAt,
        e.ReviewDueAt, OrderDeadlineState.Running, e.ShipBy, OrderDeadlineState.Running, null, null, null, null,
        ImmutableDictionary<Guid, OpenException>.Empty);

    public Order Apply(OrderCorrected e) => this with
    {
        Receipt = Receipt with { Buyer = e.Buyer ?? Receipt.Buyer, Payment = e.Payment ?? Receipt.Payment },
    };
    public Order Apply(OrderReviewed _) => this with { Status = OrderStatus.Reviewed, ReviewDeadline = ReviewClosed() };
    public Order Apply(OrderHeld _) => this with { Status = OrderStatus.OnHold, ReviewDeadline = ReviewClosed() };
    public Order Apply(OrderReviewWarned _) => this with { ReviewDeadline = OrderDeadlineState.Warned };
    public Order Apply(OrderReviewBreached _) => this with { ReviewDeadline = OrderDeadlineState.Breached };
    public Order Apply(OrderAllocated e) => this with { Status = OrderStatus.Allocated, WarehouseId = e.WarehouseId };
    public Order Apply(OrderBackordered _) => this with { Status = OrderStatus.Backordered };
    public Order Apply(ShipByWarned _) => this with { ShipDeadline = OrderDeadlineState.Warned };
    public Order Apply(ShipByBreached _) => this with { ShipDeadline = OrderDeadlineState.Breached };
    public Order Apply(OrderShipped e) => this with
    {
        Status = OrderStatus.Shipped, Shipment = e.Shipment, TrackingDueAt = e.TrackingDueAt,
        ShipDeadline = Open(ShipDeadline) ? (e.OnTime ? OrderDeadlineState.Met : OrderDeadlineState.Breached) : ShipDeadline,
    };
    public Order Apply(TrackingUpdated e) => this with { TrackingDueAt = e.NextDueAt };
    public Order Apply(TrackingUpdateMissed e) => this with { TrackingDueAt = e.NextDueAt };
    public Order Apply(OrderDelivered e) => this with
    {
        DeliveredAt = e.DeliveredAt, TrackingDueAt = null, Status = ExceptionsOpen ? OrderStatus.Exception : OrderStatus.Delivered,
    };
    public Order Apply(OrderExceptionRaised e) => this with
    {
        Exceptions = Exceptions.SetItem(e.ExceptionId, new OpenException(e.Kind, e.ContactCarrierBy, false, false)),
        Status = OrderStatus.Exception,
    };
    public Order Apply(CarrierContacted e) => this with { Exceptions = Exceptions.SetItem(e.ExceptionId, Exceptions[e.ExceptionId] with { Contacted = true }) };
    public Order Apply(CarrierContactBreached _) => this;
    public Order Apply(OrderExceptionResolved e)
    {
        var exceptions = Exceptions.SetItem(e.ExceptionId, Exceptions[e.ExceptionId] with { Resolved = true });
        var open = exceptions.Values.Any(x => !x.Resolved);
        return this with
        {
            Exceptions = exceptions,
            Status = open ? OrderStatus.Exception : DeliveredAt is null ? OrderStatus.Shipped : OrderStatus.Delivered,
        };
    }
    public Order Apply(OrderCancelled _) => this with
    {
        Status = OrderStatus.Cancelled, ShipDeadline = Open(ShipDeadline) ? OrderDeadlineState.Stopped : ShipDeadline,
        ReviewDeadline = Open(ReviewDeadline) ? OrderDeadlineState.Stopped : ReviewDeadline,
    };
    public Order Apply(OrderClosed _) => this with { Status = OrderStatus.Closed };

    private OrderDeadlineState ReviewClosed() => Open(ReviewDeadline) ? OrderDeadlineState.Met : ReviewDeadline;

    /// <summary>Same content again: the same order, nothing new. Different content under the same number: refused.</summary>
    public Decision ReceiveAgain(OrderReceipt receipt) =>
        receipt.Fingerprint() == Fingerprint ? Decision.Accept() : OrderRules.NumberMustBeUnique;

    public Decision Correct(Buyer? buyer, PaymentStatus? payment, string by, DateTimeOffset now) =>
        Status is not (OrderStatus.Received or OrderStatus.OnHold) ? OrderRules.CorrectedOnlyBeforeReviewPassed
        : (buyer is null || buyer == Receipt.Buyer) && (payment is null || payment == Receipt.Payment) ? Decision.Accept()
        : Decision.Accept(new OrderCorrected(Id, buyer, payment, by, now));

    /// <summary>
    /// Buyer info complete, every SKU known and live, payment captured: reviewed. Otherwise on hold with every reason found.
    /// A held order is reviewed again once fixed; the same reasons again record nothing new.
    /// </summary>
    public Decision Review(IReadOnlyDictionary<string, Products.LogisticsProduct> products, string by, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Received or OrderStatus.OnHold)) return OrderRules.NotAwaitingReview;
        var reasons = new List<HoldReason>();
        var buyer = Receipt.Buyer;
        if (string.IsNullOrWhiteSpace(buyer.Name)) reasons.Add(new(OrderRules.BuyerNameMissing.Code));
        if (string.IsNullOrWhiteSpace(buyer.Address.Line1) || string.IsNullOrWhiteSpace(buyer.Address.City)
            || string.IsNullOrWhiteSpace(buyer.Address.PostalCode) || string.IsNullOrWhiteSpace(buyer.Address.Country))
            reasons.Add(new(OrderRules.AddressIncomplete.Code));
        foreach (var (sku, _) in Receipt.UnitsBySku())
        {
            if (!products.TryGetValue(sku, out var product) || product.ApprovedAt is null) reasons.Add(new(OrderRules.SkuUnknown.Code, sku));
            else if (!product.Live) reasons.Add(new(OrderRules.SkuNotLive.Code, sku));
        }
        if (Receipt.Payment != PaymentStatus.Captured) reasons.Add(new(OrderRules.PaymentNotCaptured.Code));

        return reasons.Count == 0 ? Decision.Accept(new OrderReviewed(Id, by, now))
            : Decision.Accept(new OrderHeld(Id, reasons, by, now));
    }

    public Rule? RefusalToAllocate() => Status is OrderStatus.Reviewed or OrderStatus.Backordered ? null : OrderRules.NotReadyForAllocation;

    public Decision Allocate(Guid warehouseId, string by, DateTimeOffset now) =>
        RefusalToAllocate() is { } refusal ? refusal : Decision.Accept(new OrderAllocated(Id, warehouseId, by, now));

    /// <summary>No warehouse holds the stock: backordered (once; trying again while still short records nothing).</summary>
    public Decision Backorder(IReadOnlyList<string> shortSkus, DateOnly? expectedShipOn, string by, DateTimeOffset now) =>
        RefusalToAllocate() is { } refusal ? refusal
        : Status == OrderStatus.Backordered ? Decision.Accept()
        : Decision.Accept(new OrderBackordered(Id, shortSkus, expectedShipOn, by, now));

    public Rule? RefusalToShip(DateTimeOffset shippedAt, DateTimeOffset now) =>
        Status != OrderStatus.Allocated ? OrderRules.NotAllocated
        : shippedAt > now ? OrderRules.ShipDateInFuture
        : shippedAt < ReceivedAt ? OrderRules.ShipDateBeforeReceipt
        : null;

    /// <summary>On time when shipped by the ship-by deadline; the tracking clock starts at the ship date.</summary>
    public Decision Ship(Shipment shipment, LogisticsSettings policy, string by, DateTimeOffset now) =>
        RefusalToShip(shipment.ShippedAt, now) is { } refusal ? refusal
        : Decision.Accept(new OrderShipped(Id, shipment, shipment.ShippedAt <= ShipBy,
            shipment.ShippedAt.AddHours(policy.TrackingUpdateHours), by, now));

    private Rule? RefusalOfTransitEvent(DateTimeOffset at, DateTimeOffset now) =>
        Status is not (OrderStatus.Shipped or OrderStatus.Exception) || DeliveredAt is not null ? OrderRules.NotInTransit
        : at > now ? OrderRules.EventTimeInFuture
        : at < Shipment!.ShippedAt ? OrderRules.EventBeforeShipment
        : null;

    /// <summary>A tracking update restarts the <c>trackingUpdateHours</c> clock from now.</summary>
    public Decision Track(string status, string? location, DateTimeOffset at, LogisticsSettings policy, string by, DateTimeOffset now) =>
        RefusalOfTransitEvent(at, now) is { } refusal ? refusal
        : Decision.Accept(new TrackingUpdated(Id, status, location, at, now.AddHours(policy.TrackingUpdateHours), by, now));

    /// <summary>On time when delivered by the promised date; with no promise given, nothing was broken.</summary>
    public Decision Deliver(DateTimeOffset deliveredAt, bool damaged, string by, DateTimeOffset now) =>
        RefusalOfTransitEvent(deliveredAt, now) is { } refusal ? refusal
        : Decision.Accept(new OrderDelivered(Id, deliveredAt, damaged,
            Shipment!.PromisedDeliveryBy is not { } promised || deliveredAt <= promised, by, now));

    /// <summary>The tracking clock fell due without an update: a breach, and the clock runs on until delivery.</summary>
    public Decision MissTrackingUpdate(DateTimeOffset dueAt, LogisticsSettings policy, DateTimeOffset now) =>
        DeliveredAt is null && Status is (OrderStatus.Shipped or OrderStatus.Exception) && TrackingDueAt == dueAt
            ? Decision.Accept(new TrackingUpdateMissed(Id, dueAt, dueAt.AddHours(policy.TrackingUpdateHours), now))
            : Decision.Accept();

    public Decision RaiseException(Guid exceptionId, ShipmentExceptionKind kind, string description, LogisticsSettings policy, string by,
        DateTimeOffset now) =>
        Shipment is null || Status is OrderStatus.Cancelled or OrderStatus.Closed ? OrderRules.NotShipped
        : Decision.Accept(new OrderExceptionRaised(Id, exceptionId, kind, description, now.AddHours(policy.ExceptionContactHours), by, now));

    /// <summary>Contacting the carrier again records nothing new.</summary>
    public Decision RecordCarrierContact(Guid exceptionId, string? note, string by, DateTimeOffset now) =>
        !Exceptions.TryGetValue(exceptionId, out var exception) ? OrderRules.ExceptionNotFound
        : exception.Contacted ? Decision.Accept()
        : Decision.Accept(new CarrierContacted(Id, exceptionId, note, now <= exception.ContactCarrierBy, by, now));

    public Decision BreachCarrierContact(Guid exceptionId, DateTimeOffset dueAt, DateTimeOffset now) =>
        Exceptions.TryGetValue(exceptionId, out var exception) && !exception.Contacted && !exception.Resolved && exception.ContactCarrierBy == dueAt
            ? Decision.Accept(new CarrierContactBreached(Id, exceptionId, dueAt, now))
            : Decision.Accept();

    public Decision ResolveException(Guid exceptionId, ExceptionResolution resolution, string? note, string by, DateTimeOffset now) =>
        !Exceptions.TryGetValue(exceptionId, out var exception) ? OrderRules.ExceptionNotFound
        : exception.Resolved ? OrderRules.ExceptionAlreadyResolved
        : Decision.Accept(new OrderExceptionResolved(Id, exceptionId, resolution, note, by, now));

    public Rule? RefusalToCancel() =>
        Status == OrderStatus.Cancelled ? OrderRules.AlreadyCancelled
        : Shipment is not null ? OrderRules.CannotCancelAfterShipment
        : null;

    public Decision Cancel(string reason, string by, DateTimeOffset now) =>
        RefusalToCancel() is { } refusal ? refusal : Decision.Accept(new OrderCancelled(Id, reason, by, now));

    public Decision Close(string by, DateTimeOffset now) =>
        Status != OrderStatus.Delivered || ExceptionsOpen ? OrderRules.NotDelivered : Decision.Accept(new OrderClosed(Id, by, now));

    public Decision WarnReview(DateTimeOffset dueAt, DateTimeOffset now) =>
        ReviewDeadline == OrderDeadlineState.Running && ReviewDueAt == dueAt ? Decision.Accept(new OrderReviewWarned(Id, dueAt, now)) : Decision.Accept();

    public Decision BreachReview(DateTimeOffset dueAt, DateTimeOffset now) =>
        Open(ReviewDeadline) && ReviewDueAt == dueAt ? Decision.Accept(new OrderReviewBreached(Id, dueAt, now)) : Decision.Accept();

    public Decision WarnShipBy(DateTimeOffset dueAt, DateTimeOffset now) =>
        ShipDeadline == OrderDeadlineState.Running && ShipBy == dueAt ? Decision.Accept(new ShipByWarned(Id, dueAt, now)) : Decision.Accept();

    public Decision BreachShipBy(DateTimeOffset dueAt, DateTimeOffset now) =>
        Open(ShipDeadline) && ShipBy == dueAt ? Decision.Accept(new ShipByBreached(Id, dueAt, now)) : Decision.Accept();
}
