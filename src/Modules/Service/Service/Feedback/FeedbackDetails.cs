using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Contracts;
using Ops.Shared.Http;

namespace Ops.Service.Feedback;

/// <summary>A piece of customer feedback as the API shows it: what was said, where it is routed and what became of it.</summary>
public sealed record FeedbackDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StoreId { get; init; }
    public required string Marketplace { get; init; }
    public FeedbackCategory Category { get; init; }
    public FeedbackSource Source { get; init; }

    /// <summary>The inquiry, complaint or follow-up it came from, when it came from one.</summary>
    public Guid? SourceId { get; init; }

    public string? Sku { get; init; }
    public required string Text { get; init; }
    public FeedbackStatus Status { get; init; }

    /// <summary>The department the feedback is routed to (its organisation code, e.g. product), and the person there, if named.</summary>
    public string? Department { get; init; }

    public string? Owner { get; init; }
    public DateTimeOffset? RoutedAt { get; init; }

    /// <summary>What the department changed, once done; or why nothing needs to change, once dismissed.</summary>
    public string? Outcome { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
    public required string CapturedBy { get; init; }
    public DateTimeOffset CapturedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<FeedbackDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<FeedbackDetails>().Index(f => f.StoreId).Index(f => f.Status).Index(f => f.CapturedAt);
    }
}

public sealed class FeedbackDetailsProjection : SingleStreamProjection<FeedbackDetails, Guid>
{
    public override FeedbackDetails? Evolve(FeedbackDetails? item, Guid id, IEvent e) => (item, e.Data) switch
    {
        (null, FeedbackItemCaptured c) => new FeedbackDetails
        {
            Id = c.FeedbackId, StoreId = c.StoreId, Marketplace = c.Marketplace, Category = c.Category, Source = c.Source, SourceId = c.SourceId,
            Sku = c.Sku, Text = c.Text, Status = FeedbackStatus.Captured, CapturedBy = c.CapturedBy, CapturedAt = c.CapturedAt,
        },
        (not null, FeedbackRouted r) => item with { Status = FeedbackStatus.Routed, Department = r.Department, Owner = r.Owner, RoutedAt = r.RoutedAt },
        (not null, FeedbackImprovementDone d) => item with { Status = FeedbackStatus.Done, Outcome = d.Improvement, ClosedAt = d.DoneAt },
        (not null, FeedbackDismissed d) => item with { Status = FeedbackStatus.Dismissed, Outcome = d.Reason, ClosedAt = d.DismissedAt },
        _ => item,
    };
}
