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

public sealed record CountedLineRequest
{
    public string Sku { get; init; } = "";
    public int? CountedQuantity { get; init; }

    /// <summary>Why the count differs; required at submission when the variance exceeds <c>varianceReviewPercent</c>.</summary>
    public string? Reason { get; init; }
}

public sealed record EnterStocktakeCountsRequest
{
    public Guid Id { get; init; }
    public IReadOnlyList<CountedLineRequest> Lines { get; init; } = [];
}

public sealed class EnterStocktakeCountsValidator : Validator<EnterStocktakeCountsRequest>
{
    public EnterStocktakeCountsValidator()
    {
        RuleFor(r => r.Lines).NotEmpty();
        RuleFor(r => r.Lines).MaximumCount(PlanStocktakeValidator.MaxSkus);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(64);
            line.RuleFor(l => l.CountedQuantity).NotNull().InclusiveBetween(0, 10_000_000);
            line.RuleFor(l => l.Reason).MaximumLength(500);
        });
        RuleFor(r => r.Lines).Must(l => l.Select(x => x.Sku).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithMessage(_ => Bilingual.Pick("Each SKU is counted once per request.", "每次请求中每个 SKU 只能出现一次。"));
    }
}

public sealed record EnterStocktakeCounts(Guid StocktakeId, IReadOnlyList<LineCount> Counts, long? ExpectedVersion);

/// <summary><c>PUT /api/logistics/stocktakes/{id}/counts</c>: the counting sheet: counted quantities (and reasons) of some or all lines.</summary>
public sealed class EnterStocktakeCountsEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<EnterStocktakeCountsRequest, StocktakeView>
{
    public override void Configure()
    {
        Put("/stocktakes/{id}/counts");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(EnterStocktakeCountsRequest request, CancellationToken ct) =>
        this.UpdateAsync<StocktakeView>(bus, store, expected => new EnterStocktakeCounts(request.Id,
            [.. request.Lines.Select(l => new LineCount(l.Sku.Trim(), l.CountedQuantity!.Value, string.IsNullOrWhiteSpace(l.Reason) ? null : l.Reason.Trim()))],
            expected), ct);
}

public static class EnterStocktakeCountsHandler
{
    public static Outcome Handle(EnterStocktakeCounts command, [WriteAggregate(Required = false)] IEventStream<Stocktake> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.StocktakeId, command.ExpectedVersion, s => s.EnterCounts(command.Counts, context.Actor(), time.GetUtcNow()));
}
