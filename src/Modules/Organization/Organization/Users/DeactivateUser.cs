using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Users;

public sealed record DeactivateUser(Guid UserAccountId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/org/users/{id}/deactivate</c> by <c>admin</c>: the account can no longer log in.</summary>
public sealed class DeactivateUserEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ReasonRequest, UserAccountView>
{
    public override void Configure()
    {
        Post("/users/{id}/deactivate");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<UserAccountView>(bus, store, expected => new DeactivateUser(request.Id, request.Reason, expected), ct);
}

public static class DeactivateUserHandler
{
    public static Outcome Handle(DeactivateUser command, [WriteAggregate(Required = false)] IEventStream<UserAccount> account,
        IMessageContext context, TimeProvider time) =>
        account.Decide(command.UserAccountId, command.ExpectedVersion,
            user => user.Deactivate(command.Reason, context.Actor(), time.GetUtcNow()));
}
