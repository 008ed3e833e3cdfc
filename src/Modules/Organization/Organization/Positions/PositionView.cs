using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Organization.Departments;
using Ops.Shared.Http;

namespace Ops.Organization.Positions;

public sealed record PositionView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Title { get; init; }
    public Guid DepartmentId { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Guid? ReportsToPositionId { get; init; }
    public string Duties { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<PositionProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PositionView>().Index(p => p.DepartmentId);
    }
}

public sealed class PositionProjection : SingleStreamProjection<PositionView, Guid>
{
    public override PositionView? Evolve(PositionView? position, Guid id, IEvent e) => (position, e.Data) switch
    {
        (null, PositionCreated c) => Show(new PositionView { Id = c.PositionId, Title = c.Definition.Title, CreatedAt = c.CreatedAt }, c.Definition),
        (not null, PositionChanged c) => Show(position, c.Definition) with { ChangedAt = c.ChangedAt },
        _ => position,
    };

    private static PositionView Show(PositionView position, PositionDefinition d) => position with
    {
        Title = d.Title, DepartmentId = d.DepartmentId, Roles = d.Roles, ReportsToPositionId = d.ReportsToPositionId, Duties = d.Duties,
    };
}

public static class PositionLookups
{
    /// <summary>Looks up what a position definition refers to, for the pure decision.</summary>
    public static async Task<PositionReferences> ReferencesOfAsync(this IQuerySession session, Guid positionId, PositionDefinition definition)
    {
        var departmentExists = await session.LoadAsync<DepartmentView>(definition.DepartmentId) is not null;
        if (definition.ReportsToPositionId is not { } reportsTo) return new(departmentExists, true, false);
        if (await session.LoadAsync<PositionView>(reportsTo) is null) return new(departmentExists, false, false);
        var loops = await ReportingLines.WouldLoopAsync(positionId, reportsTo,
            async id => (await session.LoadAsync<PositionView>(id))?.ReportsToPositionId);
        return new(departmentExists, true, loops);
    }
}
