using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Organization.Users;

public sealed record CreateUserRequest(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

public sealed class CreateUserValidator : Validator<CreateUserRequest>
{
    public const int MinPasswordLength = 8;

    public CreateUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Password).NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(200);
        RuleFor(r => r.Roles).NotEmpty().MaximumCount(Role.All.Count);
        RuleForEach(r => r.Roles).MaximumLength(50).Must(Role.IsKnown).WithMessage(_ => Role.MustBeKnown);
    }
}

public sealed record CreateUser(Guid UserAccountId, string Email, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles,
    IdempotencyKey? Idempotency);

public static class CreateUserRules
{
    public static readonly Rule EmailMustBeUnique = new("user.email_must_be_unique", "Another account already uses this email.", "该邮箱已被其他账号使用。");
}

/// <summary><c>POST /api/org/users</c> by <c>admin</c>: an account that can log in with the given roles.</summary>
public sealed class CreateUserEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<CreateUserRequest, UserAccountView>
{
    public override void Configure()
    {
        Post("/users");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(CreateUserRequest request, CancellationToken ct) =>
        this.CreateAsync<UserAccountView>(bus, store, request, "org.create-user",
            (id, key) => new CreateUser(id, request.Email, request.DisplayName.Trim(), LogInEndpoint.Hash(request.Password),
                request.Roles.Distinct().ToList(), key),
            id => $"/api/org/users/{id}", ct);
}

public static class CreateUserHandler
{
    public static async Task<Outcome> Handle(CreateUser command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var email = UserAccountView.NormaliseEmail(command.Email);
        var now = time.GetUtcNow();
        Decision decision = await session.Query<UserCredentials>().AnyAsync(c => c.Email == email)
            ? CreateUserRules.EmailMustBeUnique
            : Decision.Accept(new UserAccountCreated(command.UserAccountId, email, command.DisplayName, command.Roles, context.Actor(), now));
        var outcome = session.StartStream<UserAccount>(command.UserAccountId, decision, command.Idempotency, now);
        if (outcome is Outcome.Accepted) session.Store(UserCredentials.For(decision.Events.OfType<UserAccountCreated>().Single(), command.PasswordHash));
        return outcome;
    }
}
