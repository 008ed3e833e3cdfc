using Ops.Shared.Validation;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Stocktakes;

public sealed record PlanStocktakeRequest
{
    public Guid WarehouseId { get; init; }

    /// <summary>The SKUs to count; empty or absent: every SKU the warehouse holds stock of when counting starts.</summary>
    public IReadOnlyList<string>? Skus { get; init; }

    public DateOnly PlannedOn { get; init; }
}

public sealed class PlanStocktakeValidator : Validator<PlanStocktakeRequest>
{
    public const int MaxSkus = 2000;

    public PlanStocktakeValidator()
    {
        RuleFor(r => r.WarehouseId).NotEmpty();
        RuleFor(r => r.PlannedOn).NotEmpty();
        RuleFor(r => r.Skus).MaximumCount(MaxSkus);
        RuleForEach(r => r.Skus).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Skus).Must(s => s!.Distinct(StringComparer.Ordinal).Count() == s!.Count).When(r => r.Skus is not null)
            .WithMessage(_ => Bilingual.Pick("Each SKU is listed once.", "每个 SKU 只能列出一次。"));
    }
}

public sealed record PlanStocktake(Guid StocktakeId, Guid WarehouseId, IReadOnlyList<string>? Skus, DateOnly PlannedOn, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/logistics/stocktakes</c>: plans a count of a warehouse (some SKUs, or all it holds) for a date.</summary>
public sealed class PlanStocktakeEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<PlanStocktakeRequest, StocktakeView>
{
    public override void Configure()
    {
        Post("/stocktakes");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(PlanStocktakeRequest request, CancellationToken ct) =>
        this.CreateAsync<StocktakeView>(bus, store, request, "logistics.plan-stocktake",
            (id, key) => new PlanStocktake(id, request.WarehouseId, request.Skus is { Count: > 0 } skus ? [.. skus.Select(s => s.Trim())] : null,
                request.PlannedOn, key),
            id => $"/api/logistics/stocktakes/{id}", ct);
}

public static class PlanStocktakeHandler
{
    public static async Task<Outcome> Handle(PlanStocktake command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var warehouse = await session.LoadAsync<WarehouseView>(command.WarehouseId);
        var now = time.GetUtcNow();
        return session.StartStream<Stocktake>(command.StocktakeId,
            Stocktake.Plan(command.StocktakeId, command.WarehouseId, warehouse?.StoreId ?? Guid.Empty, warehouse is { Closed: false },
                command.Skus, command.PlannedOn, context.Actor(), now),
            command.Idempotency, now);
    }
}
