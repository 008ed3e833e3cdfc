using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Service.Contracts;
using Ops.Service.Customers;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;

namespace Ops.Service.Returns;

public sealed record RequestReturnRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    /// <summary>The marketplace's order number the item came with.</summary>
    public string OrderNumber { get; init; } = "";

    public string Sku { get; init; } = "";
    public int? Quantity { get; init; }
    public ReturnKind? Kind { get; init; }
    public ReturnReason? Reason { get; init; }

    /// <summary>What the customer said about it, if anything.</summary>
    public string? Comment { get; init; }

    /// <summary>
    /// The delivery date the customer names (the store's local date). Used only while service has not heard of the
    /// order's delivery from logistics; without either the request is refused (<c>return.delivery_unknown</c>).
    /// </summary>
    public DateOnly? DeliveredOn { get; init; }

    public ReturnIntake ToIntake() => new(StoreId, Marketplace.Trim().ToUpperInvariant(), OrderNumber.Trim(), Sku.Trim(), Quantity!.Value, Kind!.Value,
        Reason!.Value, string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(), DeliveredOn);
}

public sealed class RequestReturnValidator : Validator<RequestReturnRequest>
{
    public RequestReturnValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.OrderNumber).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Sku).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, 10_000);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Reason).NotNull().IsInEnum();
        RuleFor(r => r.Comment).MaximumLength(2000);
    }
}

public sealed record RequestReturn(Guid ReturnId, ReturnIntake Intake, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/returns</c>: an agent records a customer's return or exchange request. Accepted up to and including
/// day <c>returnWindowDays</c> after delivery (the store's local dates): the delivery logistics reported
/// (<c>OrderDelivered</c>), else the <c>deliveredOn</c> the agent gives; with neither it is refused
/// (<c>return.delivery_unknown</c>), after the window too (<c>return.outside_return_window</c>). When service knows the
/// order's shipments, only a SKU they carried, and no more units, can come back (<c>return.sku_not_shipped</c>,
/// <c>return.more_than_shipped</c>). The request is <c>Requested</c> until approved or rejected. Honours
/// <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class RequestReturnEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RequestReturnRequest, CustomerReturnDetails>
{
    public override void Configure()
    {
        Post("/returns");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RequestReturnRequest request, CancellationToken ct) =>
        this.CreateAsync<CustomerReturnDetails>(bus, store, request, "service.request-return",
            (id, key) => new RequestReturn(id, request.ToIntake(), key), id => $"/api/service/returns/{id}", ct);
}

public static class RequestReturnHandler
{
    public static async Task<Outcome> Handle(RequestReturn command, IDocumentSession session, ServiceSettings policy, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var intake = command.Intake;
        if (await session.LoadAsync<StoreCalendarCopy>(intake.StoreId, ct) is not { } calendar)
            return new Outcome.Refused(ReturnRules.StoreMustExist);

        var order = await session.LoadAsync<OrderTimelineView>(OrderTimeline.IdFor(intake.Marketplace, intake.OrderNumber), ct);
        var now = time.GetUtcNow();
        var decision = CustomerReturn.Request(command.ReturnId, intake, order, calendar.ToWorkingCalendar(), policy, context.Actor(), now);
        return session.StartStream<CustomerReturn>(command.ReturnId, decision, command.Idempotency, now);
    }
}
