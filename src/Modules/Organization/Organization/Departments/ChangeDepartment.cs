using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Organization.Employees;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Departments;

public sealed record ChangeDepartmentRequest
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public Guid? HeadEmployeeId { get; init; }
}

public sealed class ChangeDepartmentValidator : Validator<ChangeDepartmentRequest>
{
    public ChangeDepartmentValidator() => RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
}

public sealed record ChangeDepartment(Guid DepartmentId, string Name, Guid? HeadEmployeeId, long? ExpectedVersion);

/// <summary><c>PUT /api/org/departments/{id}</c> by <c>admin</c>: its name and head.</summary>
public sealed class ChangeDepartmentEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangeDepartmentRequest, DepartmentView>
{
    public override void Configure()
    {
        Put("/departments/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(ChangeDepartmentRequest request, CancellationToken ct) =>
        this.UpdateAsync<DepartmentView>(bus, store,
            expected => new ChangeDepartment(request.Id, request.Name.Trim(), request.HeadEmployeeId, expected), ct);
}

public static class ChangeDepartmentHandler
{
    public static async Task<Outcome> Handle(ChangeDepartment command, [WriteAggregate(Required = false)] IEventStream<Department> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var headIsCurrent = await session.IsCurrentEmployeeOrNoneAsync(command.HeadEmployeeId);
        return stream.Decide(command.DepartmentId, command.ExpectedVersion, department =>
            department.Change(command.Name, command.HeadEmployeeId, headIsCurrent, context.Actor(), time.GetUtcNow()));
    }
}
