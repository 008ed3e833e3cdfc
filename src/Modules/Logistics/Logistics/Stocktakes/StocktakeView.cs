using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Logistics.Stocktakes;

/// <summary>One line of the counting sheet: the frozen system quantity, the count, the variance and its share of the system quantity.</summary>
public sealed record StocktakeLineView
{
    public required string Sku { get; init; }
    public int SystemQuantity { get; init; }
    public int? CountedQuantity { get; init; }

    /// <summary>Counted − system; null until counted.</summary>
    public int? Variance { get; init; }

    /// <summary>Variance as a percentage of the system quantity, unrounded; 100 when the system held none and some were counted.</summary>
    public decimal? VariancePercent { get; init; }

    public string? Reason { get; init; }

    /// <summary>What approval did to on hand (by the variance, against the stock at approval): set once approved with a variance.</summary>
    public int? OnHandBefore { get; init; }
    public int? OnHandAfter { get; init; }
}

public sealed record StocktakeView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid WarehouseId { get; init; }
    public Guid StoreId { get; init; }
    public StocktakeStatus Status { get; init; }

    /// <summary>The SKUs chosen when planned; null: every SKU the warehouse held stock of when counting started.</summary>
    public IReadOnlyList<string>? Skus { get; init; }

    public DateOnly PlannedOn { get; init; }
    public IReadOnlyList<StocktakeLineView> Lines { get; init; } = [];
    public int LinesCounted { get; init; }
    public int LinesWithVariance { get; init; }

    /// <summary>How many times it was sent back for a recount.</summary>
    public int Recounts { get; init; }

    public required string PlannedBy { get; init; }
    public DateTimeOffset PlannedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<StocktakeProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<StocktakeView>().Index(s => s.WarehouseId).Index(s => s.Status).Index(s => s.PlannedOn);
    }
}

public sealed class StocktakeProjection : SingleStreamProjection<StocktakeView, Guid>
{
    public override StocktakeView? Evolve(StocktakeView? view, Guid id, IEvent e) => (view, e.Data) switch
    {
        (null, StocktakePlanned p) => new StocktakeView
        {
            Id = p.StocktakeId, WarehouseId = p.WarehouseId, StoreId = p.StoreId, Status = StocktakeStatus.Planned, Skus = p.Skus,
            PlannedOn = p.PlannedOn, PlannedBy = p.PlannedBy, PlannedAt = p.PlannedAt,
        },
        (not null, StocktakeStarted s) => Tally(view with
        {
            Status = StocktakeStatus.Counting, StartedAt = s.StartedAt, ChangedAt = s.StartedAt,
            Lines = [.. s.Lines.Select(l => new StocktakeLineView { Sku = l.Sku, SystemQuantity = l.SystemQuantity })],
        }),
        (not null, StocktakeCountsEntered c) => Tally(view with
        {
            ChangedAt = c.CountedAt,
            Lines = [.. view.Lines.Select(l => c.Counts.LastOrDefault(x => x.Sku == l.Sku) is { } count ? Counted(l, count) : l)],
        }),
        (not null, StocktakeSubmitted s) => view with { Status = StocktakeStatus.Submitted, SubmittedAt = s.SubmittedAt, ChangedAt = s.SubmittedAt },
        (not null, StocktakeApproved a) => view with
        {
            Status = StocktakeStatus.Approved, ApprovedBy = a.ApprovedBy, ApprovedAt = a.ApprovedAt, ChangedAt = a.ApprovedAt,
            Lines = [.. view.Lines.Select(l => a.Adjustments.FirstOrDefault(x => x.Sku == l.Sku) is { } adj
                ? l with { OnHandBefore = adj.OnHandBefore, OnHandAfter = adj.OnHandAfter } : l)],
        },
        (not null, StocktakeRecountOrdered r) => Tally(view with
        {
            Status = StocktakeStatus.Counting, Recounts = view.Recounts + 1, SubmittedAt = null, ChangedAt = r.OrderedAt,
            Lines = [.. view.Lines.Select(l => r.Skus.Contains(l.Sku)
                ? l with { CountedQuantity = null, Variance = null, VariancePercent = null, Reason = null } : l)],
        }),
        _ => view,
    };

    private static StocktakeLineView Counted(StocktakeLineView line, LineCount count) => line with
    {
        CountedQuantity = count.CountedQuantity, Reason = count.Reason,
        Variance = Stocktake.Variance(line.SystemQuantity, count.CountedQuantity),
        VariancePercent = Stocktake.VariancePercent(line.SystemQuantity, count.CountedQuantity),
    };

    private static StocktakeView Tally(StocktakeView view) => view with
    {
        LinesCounted = view.Lines.Count(l => l.CountedQuantity is not null),
        LinesWithVariance = view.Lines.Count(l => l.Variance is not null and not 0),
    };
}
