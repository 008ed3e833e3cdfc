using Marten;
using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Service.FollowUps;
using Ops.Service.Inquiries;
using Ops.Shared.Kpis;

namespace Ops.Service;

/// <summary>
/// The quality KPIs of service (service.md, "KPIs"; seed 003 §2(三)), in SQL over the read models, each counted in the
/// period of the fact it measures:
/// <list type="bullet">
/// <item>Answer accuracy: responses quality assurance reviewed in the period that it found accurate; parts per agent.</item>
/// <item>Customer satisfaction: ratings recorded in the period of 4 or 5 out of 5.</item>
/// <item>Complaint timeliness: complaints whose latest resolution fell in the period and came within
/// <c>complaintResolutionHours</c>; and the complaints registered in the period.</item>
/// <item>Collaboration timeliness, cooperation and effect: requests confirmed in the period, answered within
/// <c>collaborationResponseHours</c>, and their two ratings (1–5) on average; parts per helping department.</item>
/// <item>Follow-up plan completion: this month's follow-ups over the plans' targets (each plan counted up to its target).</item>
/// </list>
/// Null while there is nothing to measure.
/// </summary>
public static class ServiceQualityKpis
{
    private static readonly KpiList Inquiries = new("/api/service/inquiries", new Dictionary<string, string>());
    private static readonly KpiList Complaints = new("/api/service/complaints", new Dictionary<string, string>());
    private static readonly KpiList Collaboration = new("/api/service/collaboration-requests", new Dictionary<string, string>());
    private static readonly KpiList FollowUpPlans = new("/api/service/follow-up-plans", new Dictionary<string, string>());

    internal sealed record Figures(int Back, long Reviewed, long Accurate, long Rated, long Satisfied, long Resolved, long ResolvedInTime,
        long Registered, long Confirmed, long ConfirmedInTime, decimal Cooperation, decimal Effect);

    internal sealed record Group(string Key, long Count, long Good);

    public static async Task<IReadOnlyList<Kpi>> ComputeAsync(IQuerySession session, KpiPeriod period, ServiceKpiTargets targets, DateTimeOffset now,
        CancellationToken ct)
    {
        var inquiries = await session.TableOfAsync<InquiryDetails>(ct);
        var complaints = await session.TableOfAsync<ComplaintDetails>(ct);
        var requests = await session.TableOfAsync<CollaborationRequestDetails>(ct);
        var plans = await session.TableOfAsync<FollowUpPlanDetails>(ct);
        var items = $"""
            select 'review' as kind, (r->'review'->>'reviewedAt')::timestamptz as at, r->>'respondedBy' as key,
              (r->'review'->>'accurate')::boolean as good, null::numeric as a, null::numeric as b
            from {inquiries}, jsonb_array_elements(data->'responses') r where r->'review' is not null
            union all
            select 'rating', (data->'satisfaction'->>'recordedAt')::timestamptz, null, (data->'satisfaction'->>'score')::int >= 4, null, null
            from {inquiries} where data->'satisfaction' is not null
            union all
            select 'resolve', (data->'resolutions'->-1->>'resolvedAt')::timestamptz, null, (data->'resolutions'->-1->>'inTime')::boolean, null, null
            from {complaints} where jsonb_array_length(data->'resolutions') > 0
            union all
            select 'register', (data->>'receivedAt')::timestamptz, null, null, null, null from {complaints}
            union all
            select 'confirm', (data->'assessment'->>'confirmedAt')::timestamptz, data->>'helpingDepartment',
              (data->'assessment'->>'respondedInTime')::boolean, (data->'assessment'->>'cooperationRating')::numeric,
              (data->'assessment'->>'effectRating')::numeric
            from {requests} where data->'assessment' is not null
            """;
        var rows = (await session.RowsAsync<Figures>($"""
            select jsonb_build_object('back', back,
              'reviewed', count(*) filter (where kind = 'review'), 'accurate', count(*) filter (where kind = 'review' and good),
              'rated', count(*) filter (where kind = 'rating'), 'satisfied', count(*) filter (where kind = 'rating' and good),
              'resolved', count(*) filter (where kind = 'resolve'), 'resolvedInTime', count(*) filter (where kind = 'resolve' and good),
              'registered', count(*) filter (where kind = 'register'),
              'confirmed', count(*) filter (where kind = 'confirm'), 'confirmedInTime', count(*) filter (where kind = 'confirm' and good),
              'cooperation', coalesce(sum(a) filter (where kind = 'confirm'), 0), 'effect', coalesce(sum(b) filter (where kind = 'confirm'), 0))
            from (select {period.PeriodsBackSql("item.at")} as back, item.* from ({items}) item where {period.InTrendSql("item.at")}) figures
            group by back
            """, ct)).ToDictionary(r => r.Back);
        Figures? Back(int back) => rows.GetValueOrDefault(back);

        var groups = await session.RowsAsync<Group>($"""
            select jsonb_build_object('key', kind || ':' || key, 'count', count(*), 'good', count(*) filter (where good))
            from ({items}) item
            where kind in ('review', 'confirm') and key is not null and item.at >= ? and item.at < ?
            group by kind, key order by kind, key
            """, ct, period.From, period.To);
        List<KpiPart> PartsOf(string kind) =>
            [.. groups.Where(g => g.Key.StartsWith(kind + ":", StringComparison.Ordinal)).Select(g => new KpiPart(g.Key[(kind.Length + 1)..], Kpi.Percent(g.Good, g.Count)!.Value))];

        var month = now.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var completion = (await session.RowsAsync<Group>($"""
            select jsonb_build_object('key', 'month', 'count', coalesce(sum((data->>'targetCustomers')::int), 0),
              'good', coalesce(sum(least((data->>'done')::int, (data->>'targetCustomers')::int)), 0))
            from {plans} where data->>'month' = ?
            """, ct, month)).Single();

        return
        [
            Kpi.Over(period, "service.answer_accuracy", "Answer accuracy (quality review)", "答复准确率（质检）", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.Accurate, r.Reviewed) : null)
                .HigherIsBetter(targets.AnswerAccuracyPercent).ListedAt(Inquiries) with { Parts = PartsOf("review") },
            Kpi.Over(period, "service.satisfaction", "Customers satisfied (4 or 5 of 5)", "客户满意度（4 或 5 分）", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.Satisfied, r.Rated) : null)
                .HigherIsBetter(targets.SatisfactionPercent).ListedAt(Inquiries),
            Kpi.Over(period, "service.complaint_timeliness", "Complaints resolved in time", "投诉及时处理率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.ResolvedInTime, r.Resolved) : null)
                .HigherIsBetter(targets.ComplaintTimelinessPercent).ListedAt(Complaints),
            Kpi.Over(period, "service.complaints_registered", "Complaints registered", "登记的投诉", KpiUnit.Count,
                    back => Back(back) is { } r ? r.Registered : 0)
                .LowerIsBetter().ListedAt(Complaints),
            Kpi.Over(period, "service.collaboration_timeliness", "Collaboration answered in time", "协作响应及时率", KpiUnit.Percent,
                    back => Back(back) is { } r ? Kpi.Percent(r.ConfirmedInTime, r.Confirmed) : null)
                .HigherIsBetter().ListedAt(Collaboration) with { Parts = PartsOf("confirm") },
            Kpi.Over(period, "service.collaboration_cooperation", "Collaboration: cooperation rating", "协作配合度评分", KpiUnit.Rating,
                    back => Back(back) is { } r ? Kpi.Average(r.Cooperation, r.Confirmed) : null)
                .HigherIsBetter().ListedAt(Collaboration),
            Kpi.Over(period, "service.collaboration_effect", "Collaboration: problem-solving effect", "协作问题解决效果评分", KpiUnit.Rating,
                    back => Back(back) is { } r ? Kpi.Average(r.Effect, r.Confirmed) : null)
                .HigherIsBetter().ListedAt(Collaboration),
            Kpi.Of("service.follow_up_completion", $"Follow-up plans done this month ({month})", $"本月回访计划完成率（{month}）",
                    Kpi.Percent(completion.Good, completion.Count), KpiUnit.Percent)
                .HigherIsBetter().ListedAt(FollowUpPlans.With("month", month)),
        ];
    }
}
