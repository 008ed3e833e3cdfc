using JasperFx.Events;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

/// <summary>The buyer and/or the payment status as they are now (null: unchanged).</summary>
public sealed record CorrectOrderRequest
{
    public Guid Id { get; init; }
    public BuyerRequest? Buyer { get; init; }
    public PaymentStatus? PaymentStatus { get; init; }
}

public sealed class CorrectOrderValidator : Validator<CorrectOrderRequest>
{
    public CorrectOrderValidator()
    {
        RuleFor(r => r.Buyer!).SetValidator(new BuyerRequestValidator()); // a child validator leaves an absent buyer alone
        RuleFor(r => r.PaymentStatus).IsInEnum();
        RuleFor(r => r).Must(r => r.Buyer is not null || r.PaymentStatus is not null).OverridePropertyName("buyer")
            .WithMessage(_ => Bilingual.Pick("Give the buyer or the payment status.", "请填写买家或付款状态。"));
    }
}

public sealed record CorrectOrder(Guid OrderId, Buyer? Buyer, PaymentStatus? Payment, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/correction</c>: fixes what review held the order for (buyer details, payment
/// captured since); review it again to release the hold.
/// </summary>
public sealed class CorrectOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<CorrectOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/correction");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(CorrectOrderRequest request, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new CorrectOrder(request.Id, request.Buyer?.ToBuyer(), request.PaymentStatus, expected), ct);
}

public static class CorrectOrderHandler
{
    public static Outcome Handle(CorrectOrder command, [WriteAggregate(Required = false)] IEventStream<Order> order, IMessageContext context,
        TimeProvider time) =>
        order.Decide(command.OrderId, command.ExpectedVersion, o => o.Correct(command.Buyer, command.Payment, context.Actor(), time.GetUtcNow()));
}
