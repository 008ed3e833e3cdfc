using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Logistics.Inventory;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Stocktakes;

public sealed record StartStocktake(Guid StocktakeId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/stocktakes/{id}/start</c>: counting begins; each line's system quantity is frozen at the
/// warehouse's on-hand stock of this moment (a chosen SKU the warehouse never held counts from 0).
/// </summary>
public sealed class StartStocktakeEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RecordRequest, StocktakeView>
{
    public override void Configure()
    {
        Post("/stocktakes/{id}/start");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<StocktakeView>(bus, store, expected => new StartStocktake(request.Id, expected), ct);
}

public static class StartStocktakeHandler
{
    public static async Task<Outcome> Handle(StartStocktake command, [WriteAggregate(Required = false)] IEventStream<Stocktake> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var lines = stream.Aggregate is { Status: StocktakeStatus.Planned } stocktake ? await FreezeAsync(session, stocktake, ct) : [];
        return stream.Decide(command.StocktakeId, command.ExpectedVersion, s => s.Start(lines, context.Actor(), time.GetUtcNow()));
    }

    private static async Task<IReadOnlyList<FrozenLine>> FreezeAsync(IDocumentSession session, Stocktake stocktake, CancellationToken ct)
    {
        var levels = session.Query<StockLevel>().Where(l => l.WarehouseId == stocktake.WarehouseId);
        if (stocktake.Skus is { } chosen)
        {
            var known = (await levels.Where(l => chosen.Contains(l.Sku)).ToListAsync(ct)).ToDictionary(l => l.Sku, l => l.OnHand);
            return [.. chosen.Select(s => new FrozenLine(s, known.GetValueOrDefault(s)))];
        }
        var held = await levels.Where(l => l.OnHand > 0).OrderBy(l => l.Sku).ToListAsync(ct);
        return [.. held.Select(l => new FrozenLine(l.Sku, l.OnHand))];
    }
}
