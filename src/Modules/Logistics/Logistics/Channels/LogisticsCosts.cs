using System.Globalization;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Kpis;

namespace Ops.Logistics.Channels;

public sealed record LogisticsCostsRequest
{
    /// <summary>First month (<c>yyyy-MM</c>, inclusive); by default five months before <c>to</c>.</summary>
    [QueryParam] public string? From { get; init; }

    /// <summary>Last month (<c>yyyy-MM</c>, inclusive); by default the current month (UTC).</summary>
    [QueryParam] public string? To { get; init; }
}

public sealed class LogisticsCostsValidator : Validator<LogisticsCostsRequest>
{
    /// <summary>The most months one report covers.</summary>
    public const int MaxMonths = 24;

    public LogisticsCostsValidator()
    {
        RuleFor(r => r.From!).Month().When(r => r.From is not null);
        RuleFor(r => r.To!).Month().When(r => r.To is not null);
        RuleFor(r => r.From).Must((r, _) => Range(r) is var (from, to) && from <= to)
            .When(r => Valid(r.From) && Valid(r.To)).WithMessage(_ => Bilingual.Pick("from must not be after to.", "开始月份不能晚于结束月份。"));
        RuleFor(r => r.From).Must((r, _) => Range(r) is var (from, to) && MonthsBetween(from, to) <= MaxMonths)
            .When(r => Valid(r.From) && Valid(r.To)).WithMessage(_ => Bilingual.Pick($"A report covers at most {MaxMonths} months.", $"报表最多覆盖 {MaxMonths} 个月。"));
    }

    private static bool Valid(string? month) => month is null || System.Text.RegularExpressions.Regex.IsMatch(month, Months.Pattern);

    private (DateOnly From, DateOnly To) Range(LogisticsCostsRequest r) => LogisticsCostsEndpoint.Range(r, Resolve<TimeProvider>().GetUtcNow());

    internal static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
}

/// <summary>The costs of the months asked for, oldest first.</summary>
public sealed record LogisticsCostReport(string From, string To, IReadOnlyList<MonthCosts> Months);

/// <summary>
/// One month's logistics cost (shipments by the month they shipped, UTC): per channel and currency, and in total per
/// currency against sales.
/// </summary>
public sealed record MonthCosts(string Month, IReadOnlyList<ChannelMonthCost> Channels, IReadOnlyList<MonthCostTotal> Totals,
    IReadOnlyList<CostSavingNoteView> Notes);

/// <summary>
/// A channel's shipments in a month in one currency: their summed cost (unrounded), how many there were and how many of
/// those costs were estimated from the channel's cost model (the carrier's cost was not given).
/// </summary>
public sealed record ChannelMonthCost(Guid ChannelId, string? Code, string? Name, Money Cost, long Shipments, long EstimatedShipments);

/// <summary>
/// A month's totals in one currency (cost and sales both in it). <see cref="Sales"/>: the value of the shipped orders'
/// lines (quantity × unit price) in that currency, as logistics saw them shipped; until the data module reports sales, that is what "sales" means here.
/// <see cref="CostOfSalesPercent"/> = cost / sales × 100, two decimals (half away from zero); null without sales.
/// </summary>
public sealed record MonthCostTotal(Money Cost, Money Sales, decimal? CostOfSalesPercent);

/// <summary>
/// <c>GET /api/logistics/costs?from=yyyy-MM&amp;to=yyyy-MM</c>: monthly logistics cost per channel, logistics cost as a
/// percentage of sales (sales = shipped order lines' value, since the data module does not report sales yet), and the
/// cost-saving notes of each month.
/// </summary>
public sealed class LogisticsCostsEndpoint(ILogisticsStore store, TimeProvider time) : Endpoint<LogisticsCostsRequest, LogisticsCostReport>
{
    public override void Configure()
    {
        Get("/costs");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    internal static (DateOnly From, DateOnly To) Range(LogisticsCostsRequest request, DateTimeOffset now)
    {
        var to = request.To is { } t ? Parse(t) : new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        var from = request.From is { } f ? Parse(f) : to.AddMonths(-5);
        return (from, to);
    }

    private static DateOnly Parse(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public override async Task HandleAsync(LogisticsCostsRequest request, CancellationToken ct)
    {
        var (fromMonth, toMonth) = Range(request, time.GetUtcNow());
        string from = Format(fromMonth), to = Format(toMonth);
        await using var session = store.QuerySession();
        var shipments = await session.TableOfAsync<ChannelShipment>(ct);
        var costs = await session.RowsAsync<CostRow>($"""
            select jsonb_build_object('month', data->>'month', 'channelId', data->>'channelId', 'currency', data->>'costCurrency',
              'cost', sum((data->>'cost')::numeric), 'shipments', count(*),
              'estimated', count(*) filter (where (data->>'costEstimated')::boolean))
            from {shipments}
            where data->>'month' >= ? and data->>'month' <= ? and data->>'channelId' is not null and data->>'cost' is not null
            group by data->>'month', data->>'channelId', data->>'costCurrency'
            """, ct, from, to);
        var sales = await session.RowsAsync<SalesRow>($"""
            select jsonb_build_object('month', data->>'month', 'currency', data->>'salesCurrency', 'sales', sum((data->>'salesAmount')::numeric))
            from {shipments}
            where data->>'month' >= ? and data->>'month' <= ? and data->>'salesCurrency' is not null and data->>'salesAmount' is not null
            group by data->>'month', data->>'salesCurrency'
            """, ct, from, to);
        var channelIds = costs.Select(c => c.ChannelId).Distinct().ToArray();
        var channels = (await session.LoadManyAsync<ChannelView>(ct, channelIds)).ToDictionary(c => c.Id);
        var notes = (await session.Query<CostSavingNoteView>().Where(n => n.Month.CompareTo(from) >= 0 && n.Month.CompareTo(to) <= 0)
            .OrderBy(n => n.WrittenAt).Take(1000).ToListAsync(ct)).ToLookup(n => n.Month);

        var months = Enumerable.Range(0, LogisticsCostsValidator.MonthsBetween(fromMonth, toMonth)).Select(i => Format(fromMonth.AddMonths(i)));
        var report = months.Select(month =>
        {
            var monthCosts = costs.Where(c => c.Month == month).ToList();
            var monthSales = sales.Where(s => s.Month == month).ToList();
            var currencies = monthCosts.Select(c => c.Currency).Concat(monthSales.Select(s => s.Currency)).Distinct().Order(StringComparer.Ordinal);
            var totals = currencies.Select(currency =>
            {
                var cost = monthCosts.Where(c => c.Currency == currency).Sum(c => c.Cost);
                var sold = monthSales.Where(s => s.Currency == currency).Sum(s => s.Sales);
                return new MonthCostTotal(new Money(cost, currency), new Money(sold, currency), sold == 0 ? null : Math.Round(cost * 100m / sold, 2, MidpointRounding.AwayFromZero));
            }).ToList();
            var perChannel = monthCosts.Select(c => new ChannelMonthCost(c.ChannelId, channels.GetValueOrDefault(c.ChannelId)?.Code,
                    channels.GetValueOrDefault(c.ChannelId)?.Name, new Money(c.Cost, c.Currency), c.Shipments, c.Estimated))
                .OrderBy(c => c.Code ?? "~", StringComparer.Ordinal).ThenBy(c => c.Cost.Currency, StringComparer.Ordinal).ToList();
            return new MonthCosts(month, perChannel, totals, [.. notes[month]]);
        }).ToList();
        await Send.OkAsync(new LogisticsCostReport(from, to, report), ct);
    }

    internal sealed record CostRow(string Month, Guid ChannelId, string Currency, decimal Cost, long Shipments, long Estimated);

    internal sealed record SalesRow(string Month, string Currency, decimal Sales);
}

/// <summary>
/// The cost indicator of the logistics KPIs: logistics cost as a percentage of sales over the period, from the shipments
/// shipped in it (sales = their lines' value; the data module does not report sales yet). Only costs and sales in the same
/// currency are compared; the value is given while all of them share one currency, and broken down by currency.
/// </summary>
public static class ChannelCostKpis
{
    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, LogisticsKpiTargets targets, CancellationToken ct)
    {
        var shipments = await session.TableOfAsync<ChannelShipment>(ct);
        const string shippedAt = "(data->>'shippedAt')::timestamptz";
        var rows = (await session.RowsAsync<Totals>($"""
            select jsonb_build_object('back', {period.PeriodsBackSql(shippedAt)}, 'currency', data->>'costCurrency',
              'cost', sum((data->>'cost')::numeric), 'sales', sum((data->>'salesAmount')::numeric))
            from {shipments}
            where data->>'shippedAt' is not null and data->>'cost' is not null and data->>'salesAmount' is not null
              and data->>'costCurrency' = data->>'salesCurrency' and {period.InTrendSql(shippedAt)}
            group by {period.PeriodsBackSql(shippedAt)}, data->>'costCurrency'
            """, ct)).ToLookup(t => t.Back);
        List<Totals> Currencies(int back) => [.. rows[back].OrderBy(t => t.Currency, StringComparer.Ordinal)];
        return
        [
            (Kpi.Over(period, "costs.cost_of_sales", "Logistics cost as % of sales", "物流成本占销售额比例", KpiUnit.Percent,
                    back => Currencies(back) is [var only] ? only.Percent : null) with
                {
                    Parts = [.. Currencies(0).Where(t => t.Percent is not null).Select(t => new KpiPart(t.Currency, t.Percent!.Value))],
                })
                .LowerIsBetter(targets.CostOfSalesPercent),
        ];
    }

    internal sealed record Totals(int Back, string Currency, decimal Cost, decimal Sales)
    {
        public decimal? Percent => Kpi.Percent(Cost, Sales);
    }
}
