using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Organization.Contracts;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Employees;

/// <summary>
/// A new employee. With <c>createAccount</c> the employee gets a login (their email and <c>initialPassword</c>) holding
/// the roles of their position, created in the same transaction.
/// </summary>
public sealed record HireEmployeeRequest : IEmployeeProfileFields
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public Guid PositionId { get; init; }
    public Guid? ManagerEmployeeId { get; init; }
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];
    public IReadOnlyList<string> Skus { get; init; } = [];
    public bool CreateAccount { get; init; }
    public string? InitialPassword { get; init; }
}

public sealed class HireEmployeeValidator : EmployeeProfileValidator<HireEmployeeRequest>
{
    public HireEmployeeValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.InitialPassword).NotEmpty().MinimumLength(CreateUserValidator.MinPasswordLength).MaximumLength(200)
            .When(r => r.CreateAccount);
        RuleFor(r => r.InitialPassword).Empty().When(r => !r.CreateAccount)
            .WithMessage(_ => Bilingual.Pick("An initial password is only given with createAccount.", "只有 createAccount 为 true 时才能提供初始密码。"));
    }
}

/// <summary>The login to create with the employee: a fresh account id and the password's hash (never the password).</summary>
public sealed record NewAccount(Guid UserAccountId, string PasswordHash);

public sealed record HireEmployee(Guid EmployeeId, string Email, EmployeeProfile Profile, NewAccount? Account, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/org/employees</c> by <c>admin</c> or <c>ops-manager</c>: hiring announces <c>EmployeeJoined</c>.</summary>
public sealed class HireEmployeeEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<HireEmployeeRequest, EmployeeView>
{
    public override void Configure()
    {
        Post("/employees");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override Task HandleAsync(HireEmployeeRequest request, CancellationToken ct) =>
        this.CreateAsync<EmployeeView>(bus, store, request, "org.hire-employee",
            (id, key) => new HireEmployee(id, UserAccountView.NormaliseEmail(request.Email), request.ToProfile(),
                request.CreateAccount ? new NewAccount(Guid.CreateVersion7(), LogInEndpoint.Hash(request.InitialPassword!)) : null, key),
            id => $"/api/org/employees/{id}", ct);
}

public static class HireEmployeeHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(HireEmployee command, IDocumentSession session, IMessageContext context,
        TimeProvider time)
    {
        var messages = new OutgoingMessages();
        if (command.Account is not null && await session.Query<UserCredentials>().AnyAsync(c => c.Email == command.Email))
            return (new Outcome.Refused(CreateUserRules.EmailMustBeUnique), messages);

        var emailTaken = await session.Query<EmployeeView>().AnyAsync(e => e.Email == command.Email && e.Status != EmployeeStatus.Left);
        var (references, position) = await session.ReferencesOfAsync(command.EmployeeId, command.Profile);
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var outcome = session.StartStream<Employee>(command.EmployeeId,
            Employee.Hire(command.EmployeeId, command.Email, command.Profile, command.Account?.UserAccountId, emailTaken, references, by, now),
            command.Idempotency, now);
        if (outcome is not Outcome.Accepted) return (outcome, messages);

        var roles = position!.Roles;
        if (command.Account is { } account)
            session.Open(new UserAccountCreated(account.UserAccountId, command.Email, command.Profile.Name, roles, by, now), account.PasswordHash);
        messages.Add(new EmployeeJoined(command.EmployeeId, command.Profile.Name, command.Email, command.Profile.PositionId, roles, now));
        return (outcome, messages);
    }
}
