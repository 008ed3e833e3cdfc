using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared.Http;

namespace Ops.Organization.Departments;

public sealed record DepartmentView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public Guid? HeadEmployeeId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<DepartmentProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<DepartmentView>().UniqueIndex(d => d.Code);
    }
}

public sealed class DepartmentProjection : SingleStreamProjection<DepartmentView, Guid>
{
    public override DepartmentView? Evolve(DepartmentView? department, Guid id, IEvent e) => (department, e.Data) switch
    {
        (null, DepartmentCreated c) => new DepartmentView
        {
            Id = c.DepartmentId, Code = c.Code, Name = c.Name, HeadEmployeeId = c.HeadEmployeeId, CreatedAt = c.CreatedAt,
        },
        (not null, DepartmentChanged c) => department with { Name = c.Name, HeadEmployeeId = c.HeadEmployeeId, ChangedAt = c.ChangedAt },
        _ => department,
    };
}
