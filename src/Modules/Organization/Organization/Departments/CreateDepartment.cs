using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Organization.Employees;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Departments;

public sealed record CreateDepartmentRequest(string Code, string Name, Guid? HeadEmployeeId);

public sealed class CreateDepartmentValidator : Validator<CreateDepartmentRequest>
{
    public CreateDepartmentValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(50).Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
            .WithMessage(_ => Bilingual.Pick(
                "Code is lower-case words joined by hyphens, e.g. customer-service.", "代码为用连字符连接的小写单词，例如 customer-service。"));
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
    }
}

public sealed record CreateDepartment(Guid DepartmentId, string Code, string Name, Guid? HeadEmployeeId, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/org/departments</c> by <c>admin</c>.</summary>
public sealed class CreateDepartmentEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<CreateDepartmentRequest, DepartmentView>
{
    public override void Configure()
    {
        Post("/departments");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(CreateDepartmentRequest request, CancellationToken ct) =>
        this.CreateAsync<DepartmentView>(bus, store, request, "org.create-department",
            (id, key) => new CreateDepartment(id, request.Code, request.Name.Trim(), request.HeadEmployeeId, key),
            id => $"/api/org/departments/{id}", ct);
}

public static class CreateDepartmentHandler
{
    public static async Task<Outcome> Handle(CreateDepartment command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var codeTaken = await session.Query<DepartmentView>().AnyAsync(d => d.Code == command.Code);
        var headIsCurrent = await session.IsCurrentEmployeeOrNoneAsync(command.HeadEmployeeId);
        var now = time.GetUtcNow();
        return session.StartStream<Department>(command.DepartmentId,
            Department.Open(command.DepartmentId, command.Code, command.Name, command.HeadEmployeeId, codeTaken, headIsCurrent,
                context.Actor(), now),
            command.Idempotency, now);
    }
}
