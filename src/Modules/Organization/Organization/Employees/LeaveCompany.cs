using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Organization.Contracts;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Employees;

public sealed record LeaveCompany(Guid EmployeeId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/org/employees/{id}/leave-company</c> by <c>admin</c> or <c>ops-manager</c>: the employee leaves (final), their
/// account is deactivated and <c>EmployeeLeft</c> is announced.
/// </summary>
public sealed class LeaveCompanyEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<EmployeeStatusRequest, EmployeeView>
{
    public override void Configure()
    {
        Post("/employees/{id}/leave-company");
        Group<OrganizationGroup>();
        Roles(Role.Admin, Role.OpsManager);
    }

    public override Task HandleAsync(EmployeeStatusRequest request, CancellationToken ct) =>
        this.UpdateAsync<EmployeeView>(bus, store, expected => new LeaveCompany(request.Id, request.Reason.Trim(), expected), ct);
}

public static class LeaveCompanyHandler
{
    /// <summary>
    /// The account is deactivated in the same transaction as the departure, not by a handler of <c>EmployeeLeft</c>:
    /// account and employee live in this module's store, and revoking access must not wait for a queue or depend on a
    /// retry. Other modules still learn of it through the outbox.
    /// </summary>
    public static async Task<(Outcome, OutgoingMessages)> Handle(LeaveCompany command, [WriteAggregate(Required = false)] IEventStream<Employee> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var outcome = stream.Decide(command.EmployeeId, command.ExpectedVersion, employee => employee.Leave(command.Reason, by, now));

        var messages = new OutgoingMessages();
        if (outcome.Appended().OfType<EmployeeLeftCompany>().SingleOrDefault() is not { } left) return (outcome, messages);

        if (stream.Aggregate!.UserAccountId is { } accountId)
        {
            var account = await session.Events.FetchForWriting<UserAccount>(accountId);
            var reason = command.Reason.Length > 0 ? $"Left the company: {command.Reason}" : "Left the company.";
            account.AppendMany([.. account.Aggregate?.Deactivate(reason, by, now).Events ?? []]);
        }
        messages.Add(new EmployeeLeft(left.EmployeeId, left.LeftAt));
        return (outcome, messages);
    }
}
