using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Employees;

public sealed record ReturnFromLeave(Guid EmployeeId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/org/employees/{id}/return-from-leave</c> by <c>admin</c> or <c>ops-manager</c>: OnLeave → Active.</summary>
public sealed class ReturnFromLeaveEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<EmployeeStatusRequest, EmployeeView>
{
    public override void Configure()
    {
        Post("/employees/{id}/return-from-leave");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override Task HandleAsync(EmployeeStatusRequest request, CancellationToken ct) =>
        this.UpdateAsync<EmployeeView>(bus, store, expected => new ReturnFromLeave(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ReturnFromLeaveHandler
{
    public static Outcome Handle(ReturnFromLeave command, [WriteAggregate(Required = false)] IEventStream<Employee> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.EmployeeId, command.ExpectedVersion,
            employee => employee.ReturnFromLeave(command.Reason, context.Actor(), time.GetUtcNow()));
}
