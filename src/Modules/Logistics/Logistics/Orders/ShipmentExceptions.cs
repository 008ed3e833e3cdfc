using JasperFx.Events;
using FastEndpoints;
using FluentValidation;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Orders;

// Shipment exceptions (logistics.md, "Exceptions"): raised, the carrier contacted within exceptionContactHours (breach
// otherwise), resolved. Three small use cases of one record, kept together.

public sealed record RaiseExceptionRequest
{
    public Guid Id { get; init; }
    public ShipmentExceptionKind? Kind { get; init; }
    public string Description { get; init; } = "";
}

public sealed class RaiseExceptionValidator : Validator<RaiseExceptionRequest>
{
    public RaiseExceptionValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Description).NotEmpty().MaximumLength(1000);
    }
}

public sealed record RaiseShipmentException(Guid OrderId, Guid ExceptionId, ShipmentExceptionKind Kind, string Description, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/orders/{id}/exceptions</c>: publishes <c>ShipmentExceptionRaised</c> (service informs the
/// buyer); the carrier must be contacted by <c>exceptionContactHours</c> after detection.
/// </summary>
public sealed class RaiseShipmentExceptionEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RaiseExceptionRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/exceptions");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RaiseExceptionRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new RaiseShipmentException(r.Id, Guid.CreateVersion7(), r.Kind!.Value,
            r.Description.Trim(), expected), ct);
}

public static class RaiseShipmentExceptionHandler
{
    public static (Outcome, OutgoingMessages) Handle(RaiseShipmentException command, [WriteAggregate(Required = false)] IEventStream<Order> order,
        LogisticsSettings policy, IMessageContext context, TimeProvider time)
    {
        var outcome = order.Decide(command.OrderId, command.ExpectedVersion,
            o => o.RaiseException(command.ExceptionId, command.Kind, command.Description, policy, context.Actor(), time.GetUtcNow()));
        return (outcome, OrderAnnouncements.For(order.Aggregate, outcome));
    }
}

public sealed record ExceptionRequest
{
    public Guid Id { get; init; }
    public Guid ExceptionId { get; init; }

    /// <summary>What the carrier said, or how it was resolved.</summary>
    public string? Note { get; init; }
}

public sealed class CarrierContactedValidator : Validator<ExceptionRequest>
{
    public CarrierContactedValidator() => RuleFor(r => r.Note).MaximumLength(1000);
}

public sealed record RecordCarrierContact(Guid OrderId, Guid ExceptionId, string? Note, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/orders/{id}/exceptions/{exceptionId}/carrier-contacted</c>.</summary>
public sealed class RecordCarrierContactEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ExceptionRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/exceptions/{exceptionId}/carrier-contacted");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ExceptionRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new RecordCarrierContact(r.Id, r.ExceptionId, r.Note?.Trim(), expected), ct);
}

public static class RecordCarrierContactHandler
{
    public static Outcome Handle(RecordCarrierContact command, [WriteAggregate(Required = false)] IEventStream<Order> order, IMessageContext context,
        TimeProvider time) =>
        order.Decide(command.OrderId, command.ExpectedVersion,
            o => o.RecordCarrierContact(command.ExceptionId, command.Note, context.Actor(), time.GetUtcNow()));
}

public sealed record ResolveExceptionRequest
{
    public Guid Id { get; init; }
    public Guid ExceptionId { get; init; }
    public ExceptionResolution? Resolution { get; init; }
    public string? Note { get; init; }
}

public sealed class ResolveExceptionValidator : Validator<ResolveExceptionRequest>
{
    public ResolveExceptionValidator()
    {
        RuleFor(r => r.Resolution).NotNull().IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

public sealed record ResolveShipmentException(Guid OrderId, Guid ExceptionId, ExceptionResolution Resolution, string? Note, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/orders/{id}/exceptions/{exceptionId}/resolve</c>: reshipped, refunded or claim filed.</summary>
public sealed class ResolveShipmentExceptionEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ResolveExceptionRequest, OrderDetails>
{
    public override void Configure()
    {
        Post("/orders/{id}/exceptions/{exceptionId}/resolve");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ResolveExceptionRequest r, CancellationToken ct) =>
        this.UpdateAsync<OrderDetails>(bus, store, expected => new ResolveShipmentException(r.Id, r.ExceptionId, r.Resolution!.Value, r.Note?.Trim(),
            expected), ct);
}

public static class ResolveShipmentExceptionHandler
{
    public static Outcome Handle(ResolveShipmentException command, [WriteAggregate(Required = false)] IEventStream<Order> order,
        IMessageContext context, TimeProvider time) =>
        order.Decide(command.OrderId, command.ExpectedVersion,
            o => o.ResolveException(command.ExceptionId, command.Resolution, command.Note, context.Actor(), time.GetUtcNow()));
}
