using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Organization.Positions;
using Ops.Organization.Stores;
using Ops.Shared.Http;

namespace Ops.Organization.Employees;

public sealed record EmployeeView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public Guid PositionId { get; init; }
    public Guid? ManagerEmployeeId { get; init; }
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];
    public IReadOnlyList<string> Skus { get; init; } = [];
    public EmployeeStatus Status { get; init; }

    /// <summary>The account the employee logs in with, if one was created at hiring; deactivated when they leave.</summary>
    public Guid? UserAccountId { get; init; }

    public DateTimeOffset HiredAt { get; init; }
    public DateTimeOffset? LeftAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<EmployeeProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<EmployeeView>().Index(e => e.Email);
    }
}

public sealed class EmployeeProjection : SingleStreamProjection<EmployeeView, Guid>
{
    public override EmployeeView? Evolve(EmployeeView? employee, Guid id, IEvent e) => (employee, e.Data) switch
    {
        (null, EmployeeHired h) => Show(new EmployeeView
        {
            Id = h.EmployeeId, Name = h.Profile.Name, Email = h.Email, Status = EmployeeStatus.Active, UserAccountId = h.UserAccountId,
            HiredAt = h.HiredAt,
        }, h.Profile),
        (not null, EmployeeProfileChanged c) => Show(employee, c.Profile),
        (not null, EmployeeWentOnLeave) => employee with { Status = EmployeeStatus.OnLeave },
        (not null, EmployeeReturnedFromLeave) => employee with { Status = EmployeeStatus.Active },
        (not null, EmployeeLeftCompany l) => employee with { Status = EmployeeStatus.Left, LeftAt = l.LeftAt },
        _ => employee,
    };

    private static EmployeeView Show(EmployeeView employee, EmployeeProfile p) => employee with
    {
        Name = p.Name, PositionId = p.PositionId, ManagerEmployeeId = p.ManagerEmployeeId, StoreIds = p.StoreIds, Skus = p.Skus,
    };
}

public static class EmployeeLookups
{
    /// <summary>True for no employee at all (an optional reference left empty) and for one who has not left.</summary>
    public static async Task<bool> IsCurrentEmployeeOrNoneAsync(this IQuerySession session, Guid? id) =>
        id is not { } employeeId || await session.LoadAsync<EmployeeView>(employeeId) is { Status: not EmployeeStatus.Left };

    /// <summary>Looks up what a profile refers to, for the pure decision; the position comes back for the roles it grants.</summary>
    public static async Task<(EmployeeReferences References, PositionView? Position)> ReferencesOfAsync(this IQuerySession session,
        Guid employeeId, EmployeeProfile profile)
    {
        var position = await session.LoadAsync<PositionView>(profile.PositionId);
        var managerIsCurrent = await session.IsCurrentEmployeeOrNoneAsync(profile.ManagerEmployeeId);
        var loops = managerIsCurrent && await ReportingLines.WouldLoopAsync(employeeId, profile.ManagerEmployeeId,
            async id => (await session.LoadAsync<EmployeeView>(id))?.ManagerEmployeeId);
        var storesExist = profile.StoreIds.Count == 0 || (await session.LoadManyAsync<StoreView>(profile.StoreIds)).Count == profile.StoreIds.Count;
        return (new EmployeeReferences(position is not null, managerIsCurrent, loops, storesExist), position);
    }
}
