using FastEndpoints;
using Marten;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Settings;

namespace Ops.Logistics.Stocktakes;

/// <summary>Whether a warehouse's next stocktake is due: not yet, today, or past its date.</summary>
public enum StocktakeDueState { NotDue, Due, Overdue }

/// <summary>
/// A warehouse's stocktake rhythm: every <c>stocktakeEveryDays</c> after its last approved stocktake (or after it was
/// registered, when it never had one) the next is due, by the warehouse's own date. An open stocktake (planned or being
/// counted) is shown beside it.
/// </summary>
public sealed record StocktakeScheduleRow(
    Guid WarehouseId, string WarehouseCode, string WarehouseName, DateOnly? LastApprovedOn, DateOnly NextDueOn, StocktakeDueState DueState,
    int DaysOverdue, Guid? OpenStocktakeId, StocktakeStatus? OpenStocktakeStatus, DateOnly? OpenStocktakePlannedOn);

/// <summary><c>GET /api/logistics/stocktakes/schedule</c>: every open warehouse, most overdue first.</summary>
public sealed class GetStocktakeScheduleEndpoint(ILogisticsStore store, TimeProvider time) : EndpointWithoutRequest<IReadOnlyList<StocktakeScheduleRow>>
{
    public override void Configure()
    {
        Get("/stocktakes/schedule");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var every = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings.StocktakeEveryDays;
        var warehouses = await session.Query<WarehouseView>().Where(w => !w.Closed).ToListAsync(ct);
        var table = await session.TableOfAsync<StocktakeView>(ct);
        var last = (await session.RowsAsync<LastApproved>($"""
            select jsonb_build_object('warehouseId', data->>'warehouseId', 'approvedAt', max((data->>'approvedAt')::timestamptz))
            from {table} where data->>'status' = 'Approved' group by data->>'warehouseId'
            """, ct)).ToDictionary(l => l.WarehouseId, l => l.ApprovedAt);
        var open = (await session.Query<StocktakeView>()
                .Where(s => s.Status != StocktakeStatus.Approved).OrderBy(s => s.PlannedOn).ToListAsync(ct))
            .GroupBy(s => s.WarehouseId).ToDictionary(g => g.Key, g => g.First());
        var now = time.GetUtcNow();

        var rows = warehouses.Select(w =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(w.TimeZone);
            DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
            var today = Local(now);
            DateOnly? lastOn = last.TryGetValue(w.Id, out var at) ? Local(at) : null;
            var due = (lastOn ?? Local(w.RegisteredAt)).AddDays(every);
            var state = today < due ? StocktakeDueState.NotDue : today == due ? StocktakeDueState.Due : StocktakeDueState.Overdue;
            var current = open.GetValueOrDefault(w.Id);
            return new StocktakeScheduleRow(w.Id, w.Code, w.Name, lastOn, due, state, Math.Max(0, today.DayNumber - due.DayNumber),
                current?.Id, current?.Status, current?.PlannedOn);
        });
        await Send.OkAsync([.. rows.OrderBy(r => r.NextDueOn).ThenBy(r => r.WarehouseCode, StringComparer.Ordinal)], ct);
    }

    private sealed record LastApproved(Guid WarehouseId, DateTimeOffset ApprovedAt);
}
