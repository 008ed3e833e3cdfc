using JasperFx.Events;
using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

public sealed record TrackOrderRequest
{
    public Guid Id { get; init; }

    /// <summary>The carrier's status text, e.g. "In transit", "Out for delivery".</summary>
    public string Status { get; init; } = "";
    public string? Location { get; init; }
    public DateTimeOffset? At { get; init; }

    /// <summary>This event is the delivery: the order is delivered at <see cref="At"/>.</summary>
    public bool Delivered { get; init; }

    /// <summary>With <see cref="Delivered"/>: the goods arrived damaged.</summary>
    public bool Damaged { get; init; }
}

public sealed class TrackOrderValidator : Validator<TrackOrderRequest>
{
    public TrackOrderValidator()
    {
        RuleFor(r => r.Status).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Location).MaximumLength(200);
        RuleFor(r => r.At).NotNull();
        RuleFor(r => r.Damaged).Equal(false).When(r => !r.Delivered)
            .WithMessage(_ => Bilingual.Pick("Damage is recorded with the delivery.", "破损须在签收时登记。"));
    }
}

public sealed record TrackOrder(Guid OrderId, string Status, string? Location, DateTimeOffset At, bool Delivered, bool Damaged, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/tracking</c>: a tracking update restarts the <c>trackingUpdateHours</c> clock; an
/// update marked delivered also delivers the order (as <c>/deliver</c> does), which ends the clock.
/// </summary>
public sealed class TrackOrderEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<TrackOrderRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/tracking");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(TrackOrderRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new TrackOrder(r.Id, r.Status.Trim(), r.Location?.Trim(), r.At!.Value, r.Delivered,
            r.Damaged, expected), ct);
}

public static class TrackOrderHandler
{
    public static (Outcome, OutgoingMessages) Handle(TrackOrder command, [WriteAggregate(Required = false)] IEventStream<Order> order,
        LogisticsSettings policy, IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var outcome = order.Decide(command.OrderId, command.ExpectedVersion, o =>
        {
            var tracked = o.Track(command.Status, command.Location, command.At, policy, by, now);
            if (tracked.IsRefused || !command.Delivered) return tracked;
            var updated = o.Apply((TrackingUpdated)tracked.Events[0]);
            var delivered = updated.Deliver(command.At, command.Damaged, by, now);
            return delivered.IsRefused ? delivered : Decision.Accept([.. tracked.Events, .. delivered.Events]);
        });
        return (outcome, OrderAnnouncements.For(order.Aggregate, outcome));
    }
}
