using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Organization.Users;

public sealed record ChangeUserRolesRequest
{
    public Guid Id { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed class ChangeUserRolesValidator : Validator<ChangeUserRolesRequest>
{
    public ChangeUserRolesValidator()
    {
        RuleFor(r => r.Roles).NotEmpty().MaximumCount(Role.All.Count);
        RuleForEach(r => r.Roles).MaximumLength(50).Must(Role.IsKnown).WithMessage(_ => Role.MustBeKnown);
    }
}

public sealed record ChangeUserRoles(Guid UserAccountId, IReadOnlyList<string> Roles, long? ExpectedVersion);

/// <summary><c>PUT /api/org/users/{id}/roles</c> by <c>admin</c>: replaces the account's roles (takes effect at next login).</summary>
public sealed class ChangeUserRolesEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangeUserRolesRequest, UserAccountView>
{
    public override void Configure()
    {
        Put("/users/{id}/roles");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(ChangeUserRolesRequest request, CancellationToken ct) =>
        this.UpdateAsync<UserAccountView>(bus, store,
            expected => new ChangeUserRoles(request.Id, request.Roles.Distinct().ToList(), expected), ct);
}

public static class ChangeUserRolesHandler
{
    public static Outcome Handle(ChangeUserRoles command, [WriteAggregate(Required = false)] IEventStream<UserAccount> account,
        IMessageContext context, TimeProvider time) =>
        account.Decide(command.UserAccountId, command.ExpectedVersion,
            user => user.ChangeRoles(command.Roles, context.Actor(), time.GetUtcNow()));
}
