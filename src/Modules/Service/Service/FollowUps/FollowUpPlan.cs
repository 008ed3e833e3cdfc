using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Contracts;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;

namespace Ops.Service.FollowUps;

/// <summary>How the agent reached the customer.</summary>
public enum FollowUpMethod { Phone, Email, Chat }

public static class FollowUpRules
{
    public static readonly Rule StoreMustExist = new("follow_up.store_must_exist",
        "The plan's store is not known to service.", "客服模块中不存在该计划所属的店铺。");
    public static readonly Rule PlanExists = new("follow_up.plan_exists",
        "This agent already has a follow-up plan for this store and month.", "该客服在此店铺本月已有回访计划。");
    public static readonly Rule OutsideMonth = new("follow_up.outside_month",
        "A follow-up is recorded within its plan's month.", "回访须在计划所属月份内记录。");
}

// The facts of a follow-up plan's month. Never renamed once stored. A plan lives one month: its stream stays short.

/// <summary>A monthly follow-up plan: the agent means to follow up <paramref name="TargetCustomers"/> customers in <paramref name="Month"/> (yyyy-MM).</summary>
[History("Follow-up plan made", "回访计划已制定")]
public sealed record FollowUpPlanned(
    Guid PlanId, Guid StoreId, string Marketplace, string Agent, string Month, int TargetCustomers, string PlannedBy, DateTimeOffset PlannedAt);

/// <summary>What the customer said of the product they bought.</summary>
public sealed record CustomerSuggestion(FeedbackCategory Category, string Text);

/// <summary>
/// A customer was followed up: how, their experience with the product, their satisfaction with our service (1–5), other
/// needs, and a suggestion, which became the feedback item <paramref name="FeedbackId"/>.
/// </summary>
[History("Customer followed up", "已回访客户")]
public sealed record FollowUpRecorded(
    Guid PlanId, Guid FollowUpId, string Customer, string? OrderNumber, string? Sku, FollowUpMethod Method, string ProductExperience,
    int ServiceSatisfaction, string? OtherNeeds, CustomerSuggestion? Suggestion, Guid? FeedbackId, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>What plan decisions need. Every decide method is a pure function of state, input and now.</summary>
public sealed record FollowUpPlan
{
    public Guid Id { get; init; }
    public required string Month { get; init; }

    public static FollowUpPlan Create(FollowUpPlanned e) => new() { Id = e.PlanId, Month = e.Month };

    /// <summary>The plan's month, as a UTC period start (the first of the month).</summary>
    public static bool InMonth(string month, DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == month;

    public Decision Record(FollowUpRecorded followUp) =>
        InMonth(Month, followUp.RecordedAt) ? Decision.Accept(followUp) : FollowUpRules.OutsideMonth;
}

/// <summary>One follow-up as the plan shows it.</summary>
public sealed record FollowUpEntry(
    Guid Id, string Customer, string? OrderNumber, string? Sku, FollowUpMethod Method, string ProductExperience, int ServiceSatisfaction,
    string? OtherNeeds, CustomerSuggestion? Suggestion, Guid? FeedbackId, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A follow-up plan as the API shows it: its target, the follow-ups so far, how far it is done (completion: follow-ups
/// over the target, in percent, at most 100) and the customers' average satisfaction.
/// </summary>
public sealed record FollowUpPlanDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }

    /// <summary>The agent (their e-mail) whose plan it is.</summary>
    public required string Agent { get; init; }

    /// <summary>The plan's month, yyyy-MM (UTC).</summary>
    public required string Month { get; init; }

    public int TargetCustomers { get; init; }
    public IReadOnlyList<FollowUpEntry> FollowUps { get; init; } = [];
    public int Done { get; init; }
    public decimal CompletionPercent { get; init; }
    public decimal? AverageSatisfaction { get; init; }
    public required string PlannedBy { get; init; }
    public DateTimeOffset PlannedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<FollowUpPlanDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<FollowUpPlanDetails>().Index(p => p.Agent).Index(p => p.Month);
    }
}

public sealed class FollowUpPlanDetailsProjection : SingleStreamProjection<FollowUpPlanDetails, Guid>
{
    public override FollowUpPlanDetails? Evolve(FollowUpPlanDetails? plan, Guid id, IEvent e) => (plan, e.Data) switch
    {
        (null, FollowUpPlanned p) => new FollowUpPlanDetails
        {
            Id = p.PlanId, StoreId = p.StoreId, Marketplace = p.Marketplace, Agent = p.Agent, Month = p.Month, TargetCustomers = p.TargetCustomers,
            PlannedBy = p.PlannedBy, PlannedAt = p.PlannedAt,
        },
        (not null, FollowUpRecorded r) => Counted(plan with
        {
            FollowUps = [.. plan.FollowUps, new FollowUpEntry(r.FollowUpId, r.Customer, r.OrderNumber, r.Sku, r.Method, r.ProductExperience,
                r.ServiceSatisfaction, r.OtherNeeds, r.Suggestion, r.FeedbackId, r.RecordedBy, r.RecordedAt)],
        }),
        _ => plan,
    };

    private static FollowUpPlanDetails Counted(FollowUpPlanDetails plan) => plan with
    {
        Done = plan.FollowUps.Count,
        CompletionPercent = Math.Min(100m, Math.Round(plan.FollowUps.Count * 100m / plan.TargetCustomers, 1, MidpointRounding.AwayFromZero)),
        AverageSatisfaction = Math.Round((decimal)plan.FollowUps.Average(f => f.ServiceSatisfaction), 1, MidpointRounding.AwayFromZero),
    };
}
