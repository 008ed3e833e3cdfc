using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;

namespace Ops.Logistics.Orders;

public sealed record BuyerAddressRequest
{
    public string Line1 { get; init; } = "";
    public string? Line2 { get; init; }
    public string City { get; init; } = "";
    public string? Region { get; init; }
    public string PostalCode { get; init; } = "";

    /// <summary>ISO 3166-1 alpha-2, e.g. US.</summary>
    public string Country { get; init; } = "";
}

/// <summary>The buyer as the marketplace sent it; review holds the order while the name or address is incomplete.</summary>
public sealed record BuyerRequest
{
    public string Name { get; init; } = "";
    public BuyerAddressRequest Address { get; init; } = new();
    public string? Email { get; init; }
    public string? Phone { get; init; }

    public Buyer ToBuyer() => new(Name.Trim(), new BuyerAddress(Address.Line1.Trim(), Blank(Address.Line2), Address.City.Trim(),
        Blank(Address.Region), Address.PostalCode.Trim(), Address.Country), Blank(Email), Blank(Phone));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record OrderLineRequest
{
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }

    /// <summary>What the buyer paid per unit; every line of an order in the same currency.</summary>
    public Money UnitPrice { get; init; } = null!;
}

public sealed record ReceiveOrderRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    /// <summary>The marketplace's order number: unique per marketplace.</summary>
    public string OrderNumber { get; init; } = "";

    public BuyerRequest Buyer { get; init; } = new();
    public IReadOnlyList<OrderLineRequest> Lines { get; init; } = [];

    public PaymentStatus? PaymentStatus { get; init; }
    public DateTimeOffset? PurchasedAt { get; init; }

    /// <summary>The marketplace's ship-by date, if it gives one; logistics works to the earlier of it and its own policy.</summary>
    public DateTimeOffset? ShipBy { get; init; }

    public OrderReceipt ToReceipt() => new(StoreId, Marketplace, OrderNumber.Trim(), Buyer.ToBuyer(),
        [.. Lines.Select(l => new OrderReceiptLine(l.Sku.Trim(), l.Quantity, l.UnitPrice))], PaymentStatus!.Value, PurchasedAt!.Value, ShipBy);
}

public sealed class BuyerAddressRequestValidator : AbstractValidator<BuyerAddressRequest>
{
    public BuyerAddressRequestValidator()
    {
        RuleFor(a => a.Line1).NotNull().MaximumLength(200);
        RuleFor(a => a.Line2).MaximumLength(200);
        RuleFor(a => a.City).NotNull().MaximumLength(100);
        RuleFor(a => a.Region).MaximumLength(100);
        RuleFor(a => a.PostalCode).NotNull().MaximumLength(20);
        RuleFor(a => a.Country).NotEmpty().Country();
    }
}

public sealed class BuyerRequestValidator : AbstractValidator<BuyerRequest>
{
    public BuyerRequestValidator()
    {
        RuleFor(b => b.Name).NotNull().MaximumLength(200);
        RuleFor(b => b.Email).MaximumLength(200);
        RuleFor(b => b.Email).EmailAddress().When(b => !string.IsNullOrWhiteSpace(b.Email));
        RuleFor(b => b.Phone).MaximumLength(40);
        RuleFor(b => b.Address).NotNull().SetValidator(new BuyerAddressRequestValidator());
    }
}

public sealed class ReceiveOrderValidator : Validator<ReceiveOrderRequest>
{
    public const int MaxLines = 100;
    public const decimal MaxUnitPrice = 1_000_000m;

    public ReceiveOrderValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.OrderNumber).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Buyer).NotNull().SetValidator(new BuyerRequestValidator());
        RuleFor(r => r.Lines).NotEmpty().MaximumCount(MaxLines);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(64);
            line.RuleFor(l => l.Quantity).GreaterThan(0).LessThanOrEqualTo(100_000);
            line.RuleFor(l => l.UnitPrice).NotNull().SetValidator(new MoneyValidator(allowZero: true, decimals: 4));
            // On the member, not on Money: the OpenAPI document would give every Money this request's maximum.
            line.RuleFor(l => l.UnitPrice.Amount).LessThanOrEqualTo(MaxUnitPrice).When(l => l.UnitPrice is not null);
        });
        // One currency per order: its total, and every module that hears of it, count in it.
        RuleFor(r => r.Lines).Custom((lines, context) =>
        {
            var currency = lines.FirstOrDefault()?.UnitPrice?.Currency;
            for (var i = 1; i < lines.Count; i++)
                if (currency is not null && lines[i]?.UnitPrice?.Currency is { } other && other != currency)
                    context.AddFailure($"Lines[{i}].UnitPrice.Currency", Bilingual.Pick(
                        $"Every line of an order is priced in one currency: the first line's is {currency}.",
                        $"同一订单的各行须使用同一币种：第一行为 {currency}。"));
        });
        RuleFor(r => r.PaymentStatus).NotNull().IsInEnum();
        RuleFor(r => r.PurchasedAt).NotNull();
        RuleFor(r => r.ShipBy).GreaterThanOrEqualTo(r => r.PurchasedAt).When(r => r.ShipBy is not null && r.PurchasedAt is not null);
    }
}

public sealed record ReceiveOrder(OrderReceipt Receipt, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/logistics/orders</c>: an order reaches logistics. The order number is unique per marketplace: the same
/// order sent again (same content) answers the order already received and records nothing; a different order under the
/// same number is refused (<c>order.number_must_be_unique</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class ReceiveOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReceiveOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ReceiveOrderRequest request, CancellationToken ct) =>
        this.CreateAsync<OrderDetails>(bus, store, request, "logistics.receive-order",
            (_, key) => new ReceiveOrder(request.ToReceipt(), key), id => $"/api/logistics/orders/{id}", ct);
}

public static class ReceiveOrderHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ReceiveOrder command, IDocumentSession session, LogisticsSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct) =>
        await OrderIntake.ReceiveAsync(session, command.Receipt, policy, context.Actor(), time.GetUtcNow(), command.Idempotency, ct);
}

/// <summary>
/// Receiving one order, for every way orders arrive (the API now, the bulk import per row later): the outcome (the order's
/// id, or the rule refusing it) and the messages to send with the write — the review and ship-by timers and
/// <c>OrderReceived</c>. Appends to the caller's session; the caller commits.
/// </summary>
public static class OrderIntake
{
    public static async Task<(Outcome Outcome, OutgoingMessages Messages)> ReceiveAsync(IDocumentSession session, OrderReceipt receipt,
        LogisticsSettings policy, string by, DateTimeOffset now, IdempotencyKey? key = null, CancellationToken ct = default)
    {
        var id = Order.IdFor(receipt.Marketplace, receipt.OrderNumber);
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            var known = await session.Events.AggregateStreamAsync<Order>(id, token: ct);
            var again = known!.ReceiveAgain(receipt);
            return (again.Refusal is { } rule ? new Outcome.Refused(rule) : new Outcome.Accepted(id), []);
        }

        if (await session.LoadAsync<StoreCalendarCopy>(receipt.StoreId, ct) is not { } calendarCopy)
            return (new Outcome.Refused(OrderRules.StoreMustExist), []);
        var outcome = Start(session, receipt, calendarCopy, policy, by, now, key);
        return (outcome, OrderAnnouncements.For(null, outcome));
    }

    /// <summary>
    /// Starts the stream of an order the caller knows to be new, in a store whose calendar it has loaded (the batch import
    /// asks both once per batch instead of once per order); the caller sends the timers and announcements it starts.
    /// </summary>
    public static Outcome Start(IDocumentSession session, OrderReceipt receipt,
        StoreCalendarCopy calendarCopy, LogisticsSettings policy, string by, DateTimeOffset now, IdempotencyKey? key = null)
    {
        var id = Order.IdFor(receipt.Marketplace, receipt.OrderNumber);
        var calendar = calendarCopy.ToWorkingCalendar();
        var policyDue = calendar.AddWorkingDays(now, policy.ShipWithinWorkingDays);
        var shipBy = receipt.ShipBy is { } marketplaceDue && marketplaceDue < policyDue ? marketplaceDue : policyDue;
        var shipWarnAt = calendar.SubtractWorkingDays(shipBy, policy.ShipWarnWorkingDaysBefore);
        if (shipWarnAt < now) shipWarnAt = now;
        var reviewDueAt = now.AddHours(policy.ConfirmOrderHours);
        var received = new OrderReceived(id, receipt, calendarCopy.TimeZone, now.AddHours(policy.ConfirmOrderHours / 2.0), reviewDueAt,
            shipWarnAt, shipBy, by, now);

        return session.StartStream<Order>(id, Decision.Accept(received), key, now);
    }
}
