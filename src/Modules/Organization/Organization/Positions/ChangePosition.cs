using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Positions;

public sealed record ChangePositionRequest : IPositionFields
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public Guid DepartmentId { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Guid? ReportsToPositionId { get; init; }
    public string Duties { get; init; } = "";
}

public sealed class ChangePositionValidator : PositionFieldsValidator<ChangePositionRequest>;

public sealed record ChangePosition(Guid PositionId, PositionDefinition Definition, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/org/positions/{id}</c> by <c>admin</c>: the whole definition. New roles apply to employees hired into it
/// afterwards; existing accounts keep theirs until an admin changes them.
/// </summary>
public sealed class ChangePositionEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangePositionRequest, PositionView>
{
    public override void Configure()
    {
        Put("/positions/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(ChangePositionRequest request, CancellationToken ct) =>
        this.UpdateAsync<PositionView>(bus, store, expected => new ChangePosition(request.Id, request.ToDefinition(), expected), ct);
}

public static class ChangePositionHandler
{
    public static async Task<Outcome> Handle(ChangePosition command, [WriteAggregate(Required = false)] IEventStream<Position> stream,
        IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var references = await session.ReferencesOfAsync(command.PositionId, command.Definition);
        return stream.Decide(command.PositionId, command.ExpectedVersion,
            position => position.Change(command.Definition, references, context.Actor(), time.GetUtcNow()));
    }
}
