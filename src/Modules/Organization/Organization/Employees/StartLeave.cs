using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Employees;

public sealed record StartLeave(Guid EmployeeId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/org/employees/{id}/start-leave</c> by <c>admin</c> or <c>ops-manager</c>: Active → OnLeave.</summary>
public sealed class StartLeaveEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<EmployeeStatusRequest, EmployeeView>
{
    public override void Configure()
    {
        Post("/employees/{id}/start-leave");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override Task HandleAsync(EmployeeStatusRequest request, CancellationToken ct) =>
        this.UpdateAsync<EmployeeView>(bus, store, expected => new StartLeave(request.Id, request.Reason.Trim(), expected), ct);
}

public static class StartLeaveHandler
{
    public static Outcome Handle(StartLeave command, [WriteAggregate(Required = false)] IEventStream<Employee> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.EmployeeId, command.ExpectedVersion,
            employee => employee.StartLeave(command.Reason, context.Actor(), time.GetUtcNow()));
}
