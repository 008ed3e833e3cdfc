using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Employees;

/// <summary>The whole profile; the email (the login) is fixed at hiring.</summary>
public sealed record ChangeEmployeeRequest : IEmployeeProfileFields
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public Guid PositionId { get; init; }
    public Guid? ManagerEmployeeId { get; init; }
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];
    public IReadOnlyList<string> Skus { get; init; } = [];
}

public sealed class ChangeEmployeeValidator : EmployeeProfileValidator<ChangeEmployeeRequest>;

public sealed record ChangeEmployee(Guid EmployeeId, EmployeeProfile Profile, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/org/employees/{id}</c> by <c>admin</c> or <c>ops-manager</c>: name, position, manager, stores and SKUs. A new
/// position does not change the roles of the employee's account; an admin does that on the account.
/// </summary>
public sealed class ChangeEmployeeEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangeEmployeeRequest, EmployeeView>
{
    public override void Configure()
    {
        Put("/employees/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override Task HandleAsync(ChangeEmployeeRequest request, CancellationToken ct) =>
        this.UpdateAsync<EmployeeView>(bus, store, expected => new ChangeEmployee(request.Id, request.ToProfile(), expected), ct);
}

public static class ChangeEmployeeHandler
{
    public static async Task<Outcome> Handle(ChangeEmployee command, [WriteAggregate(Required = false)] IEventStream<Employee> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var (references, _) = await session.ReferencesOfAsync(command.EmployeeId, command.Profile);
        return stream.Decide(command.EmployeeId, command.ExpectedVersion,
            employee => employee.ChangeProfile(command.Profile, references, context.Actor(), time.GetUtcNow()));
    }
}
