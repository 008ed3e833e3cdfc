using Ops.Service.Contracts;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Service.Feedback;

/// <summary>
/// <c>Captured → Routed → Done</c>, or <c>Dismissed</c> from either open state: a piece of customer feedback is routed to
/// the department that can act on it and tracked until its improvement is done (service.md, "Follow-up plan", "Customer
/// feedback").
/// </summary>
public enum FeedbackStatus { Captured, Routed, Done, Dismissed }

public static class FeedbackRules
{
    public static readonly Rule StoreMustExist = new("feedback.store_must_exist",
        "The feedback's store is not known to service.", "客服模块中不存在该反馈所属的店铺。");
    public static readonly Rule Closed = new("feedback.closed",
        "The feedback is done or dismissed; nothing more can happen to it.", "该反馈已完成或已驳回，不能再处理。");
    public static readonly Rule MustBeRouted = new("feedback.must_be_routed",
        "Route the feedback to a department before recording its improvement as done.", "请先将反馈分派给部门，再记录改进完成。");
}

// The facts of a feedback item's life. Never renamed once stored.

/// <summary>A customer's feedback was captured: what they said, about what, from where.</summary>
[History("Feedback captured", "客户反馈已记录")]
public sealed record FeedbackItemCaptured(
    Guid FeedbackId, Guid StoreId, string Marketplace, FeedbackCategory Category, FeedbackSource Source, Guid? SourceId, string? Sku,
    string Text, string CapturedBy, DateTimeOffset CapturedAt);

/// <summary>The feedback went to the department that can act on it (again, when it is routed elsewhere).</summary>
[History("Feedback routed to a department", "反馈已分派给部门")]
public sealed record FeedbackRouted(Guid FeedbackId, string Department, string? Owner, string RoutedBy, DateTimeOffset RoutedAt);

/// <summary>The department's improvement is done: what changed.</summary>
[History("Improvement done", "改进已完成")]
public sealed record FeedbackImprovementDone(Guid FeedbackId, string Improvement, string DoneBy, DateTimeOffset DoneAt);

/// <summary>The feedback needs no change, and why.</summary>
[History("Feedback dismissed", "反馈已驳回")]
public sealed record FeedbackDismissed(Guid FeedbackId, string Reason, string DismissedBy, DateTimeOffset DismissedAt);

/// <summary>What feedback decisions need. Every decide method is a pure function of state, input and now.</summary>
public sealed record FeedbackItem
{
    public Guid Id { get; init; }
    public FeedbackStatus Status { get; init; }

    public static FeedbackItem Create(FeedbackItemCaptured e) => new() { Id = e.FeedbackId, Status = FeedbackStatus.Captured };
    public FeedbackItem Apply(FeedbackRouted _) => this with { Status = FeedbackStatus.Routed };
    public FeedbackItem Apply(FeedbackImprovementDone _) => this with { Status = FeedbackStatus.Done };
    public FeedbackItem Apply(FeedbackDismissed _) => this with { Status = FeedbackStatus.Dismissed };

    private bool IsClosed => Status is FeedbackStatus.Done or FeedbackStatus.Dismissed;

    /// <summary>Routes (or re-routes) the feedback to a department, optionally to one person there.</summary>
    public Decision Route(string department, string? owner, string by, DateTimeOffset now) =>
        IsClosed ? FeedbackRules.Closed : Decision.Accept(new FeedbackRouted(Id, department, owner, by, now));

    /// <summary>The improvement is done; only a routed item has a department that made it.</summary>
    public Decision Done(string improvement, string by, DateTimeOffset now) => Status switch
    {
        FeedbackStatus.Routed => Decision.Accept(new FeedbackImprovementDone(Id, improvement, by, now)),
        FeedbackStatus.Captured => FeedbackRules.MustBeRouted,
        _ => FeedbackRules.Closed,
    };

    public Decision Dismiss(string reason, string by, DateTimeOffset now) =>
        IsClosed ? FeedbackRules.Closed : Decision.Accept(new FeedbackDismissed(Id, reason, by, now));
}
