using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Stocktakes;

public sealed record SubmitStocktake(Guid StocktakeId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/stocktakes/{id}/submit</c>: every line counted, and every line whose variance exceeds
/// <c>varianceReviewPercent</c> of the system quantity explained; the refusal names each line that is not.
/// </summary>
public sealed class SubmitStocktakeEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, StocktakeView>
{
    public override void Configure()
    {
        Post("/stocktakes/{id}/submit");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<StocktakeView>(bus, store, expected => new SubmitStocktake(request.Id, expected), ct);
}

public static class SubmitStocktakeHandler
{
    public static Outcome Handle(SubmitStocktake command, [WriteAggregate(Required = false)] IEventStream<Stocktake> stream,
        LogisticsSettings policy, IMessageContext context, TimeProvider time) =>
        stream.Decide(command.StocktakeId, command.ExpectedVersion, s => s.Submit(policy.VarianceReviewPercent, context.Actor(), time.GetUtcNow()));
}
