using Ops.Shared.Validation;
using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Stocktakes;

public sealed record OrderStocktakeRecountRequest
{
    public Guid Id { get; init; }

    /// <summary>The lines to count again: their counts are cleared.</summary>
    public IReadOnlyList<string> Skus { get; init; } = [];

    public string Reason { get; init; } = "";
}

public sealed class OrderStocktakeRecountValidator : Validator<OrderStocktakeRecountRequest>
{
    public OrderStocktakeRecountValidator()
    {
        RuleFor(r => r.Skus).NotEmpty();
        RuleFor(r => r.Skus).MaximumCount(PlanStocktakeValidator.MaxSkus);
        RuleForEach(r => r.Skus).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed record OrderStocktakeRecount(Guid StocktakeId, IReadOnlyList<string> Skus, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/stocktakes/{id}/recount</c> by the operations manager: back to counting, the chosen lines cleared.</summary>
public sealed class OrderStocktakeRecountEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<OrderStocktakeRecountRequest, StocktakeView>
{
    public override void Configure()
    {
        Post("/stocktakes/{id}/recount");
        Group<LogisticsGroup>();
        Roles(Role.OpsManager);
    }

    public override Task HandleAsync(OrderStocktakeRecountRequest request, CancellationToken ct) =>
        this.UpdateAsync<StocktakeView>(bus, store,
            expected => new OrderStocktakeRecount(request.Id, [.. request.Skus.Select(s => s.Trim()).Distinct()], request.Reason.Trim(), expected), ct);
}

public static class OrderStocktakeRecountHandler
{
    public static Outcome Handle(OrderStocktakeRecount command, [WriteAggregate(Required = false)] IEventStream<Stocktake> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.StocktakeId, command.ExpectedVersion, s => s.OrderRecount(command.Skus, command.Reason, context.Actor(), time.GetUtcNow()));
}
