using Marten;
using Ops.Shared.Kpis;

namespace Ops.Service.Inquiries;

/// <summary>
/// The response KPIs (service.md, "KPIs"; seed 003 §2(三)), over the period and each period of the trend, in SQL over the
/// inquiry read model. A first response counts in its period (a reopened inquiry's next first response counts again):
/// <list type="bullet">
/// <item>Timely response rate: first responses before our business-hours deadline; its parts, the same rate per agent.</item>
/// <item>Amazon timely response rate: Amazon buyer messages first answered within Amazon's 24 hours; parts per agent.</item>
/// <item>Average response time: calendar minutes from the customer's message (the inquiry's or a reopening's) to the first
/// response (nights and weekends count, as the customer waits through them).</item>
/// <item>Inquiries received in the period.</item>
/// </list>
/// Null while there is nothing to measure.
/// </summary>
public static class InquiryKpis
{
    internal static readonly KpiList Inquiries = new("/api/service/inquiries", new Dictionary<string, string>());

    /// <summary>The answered inquiries, which the response rates and times count (the list does not filter by period yet).</summary>
    internal static readonly KpiList Answered = Inquiries.With("status", nameof(InquiryStatus.Responded));

    internal sealed record PeriodFigures(int Back, long Received, long Responded, long RespondedInTime, long AmazonResponded,
        long AmazonInTime, decimal ResponseMinutes);

    internal sealed record AgentFigures(string Agent, long Responded, long RespondedInTime, long AmazonResponded, long AmazonInTime);

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, ServiceKpiTargets targets, CancellationToken ct)
    {
        var inquiries = await session.TableOfAsync<InquiryDetails>(ct);
        var items = $"""
            select 'receive' as kind, (data->>'receivedAt')::timestamptz as at, null::text as agent, null::boolean as in_time,
              null::boolean as amazon_in_time, null::numeric as minutes
            from {inquiries}
            union all
            select 'respond', (r->>'respondedAt')::timestamptz, r->>'respondedBy', (r->'timing'->>'onOurTime')::boolean,
              (r->'timing'->>'onAmazonTime')::boolean,
              extract(epoch from (r->>'respondedAt')::timestamptz - (r->'timing'->>'waitingSince')::timestamptz) / 60
            from {inquiries}, jsonb_array_elements(data->'responses') r where r->'timing' is not null
            """;
        var rows = (await session.RowsAsync<PeriodFigures>($"""
            select jsonb_build_object('back', back,
              'received', count(*) filter (where kind = 'receive'),
              'responded', count(*) filter (where kind = 'respond'),
              'respondedInTime', count(*) filter (where kind = 'respond' and in_time),
              'amazonResponded', count(*) filter (where kind = 'respond' and amazon_in_time is not null),
              'amazonInTime', count(*) filter (where kind = 'respond' and amazon_in_time),
              'responseMinutes', coalesce(sum(minutes) filter (where kind = 'respond'), 0))
            from (select {period.PeriodsBackSql("item.at")} as back, item.* from ({items}) item where {period.InTrendSql("item.at")}) figures
            group by back
            """, ct)).ToDictionary(r => r.Back);
        PeriodFigures? Back(int back) => rows.GetValueOrDefault(back);

        var agents = await session.RowsAsync<AgentFigures>($"""
            select jsonb_build_object('agent', agent, 'responded', count(*), 'respondedInTime', count(*) filter (where in_time),
              'amazonResponded', count(*) filter (where amazon_in_time is not null), 'amazonInTime', count(*) filter (where amazon_in_time))
            from ({items}) item
            where kind = 'respond' and item.at >= ? and item.at < ?
            group by agent order by agent
            """, ct, period.From, period.To);

        return
        [
            Kpi.Over(period, "service.timely_response_rate", "Timely response rate", "及时回复率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.RespondedInTime, r.Responded) : null)
                .HigherIsBetter(targets.TimelyResponsePercent).ListedAt(Answered) with
            {
                Parts = [.. agents.Where(a => a.Responded > 0).Select(a => new KpiPart(a.Agent, Kpi.Percent(a.RespondedInTime, a.Responded)!.Value))],
            },
            Kpi.Over(period, "service.amazon_timely_response_rate", "Answered within Amazon's 24 hours", "亚马逊 24 小时内回复率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.AmazonInTime, r.AmazonResponded) : null)
                .HigherIsBetter(targets.AmazonTimelyResponsePercent).ListedAt(Answered.With("channel", nameof(InquiryChannel.AmazonBuyerMessage))) with
            {
                Parts = [.. agents.Where(a => a.AmazonResponded > 0).Select(a => new KpiPart(a.Agent, Kpi.Percent(a.AmazonInTime, a.AmazonResponded)!.Value))],
            },
            Kpi.Over(period, "service.average_response_minutes", "Average response time", "平均回复时长", KpiUnit.Minutes,
                    back => Back(back) is { } r ? Kpi.Average(r.ResponseMinutes, r.Responded) : null)
                .LowerIsBetter().ListedAt(Answered),
            Kpi.Over(period, "service.inquiries_received", "Inquiries received", "收到的咨询", KpiUnit.Count,
                    back => Back(back) is { } r ? r.Received : 0)
                .ListedAt(Inquiries),
        ];
    }
}
