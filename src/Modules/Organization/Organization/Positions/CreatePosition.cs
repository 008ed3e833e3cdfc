using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Positions;

public sealed record CreatePositionRequest : IPositionFields
{
    public string Title { get; init; } = "";
    public Guid DepartmentId { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Guid? ReportsToPositionId { get; init; }
    public string Duties { get; init; } = "";
}

public sealed class CreatePositionValidator : PositionFieldsValidator<CreatePositionRequest>;

public sealed record CreatePosition(Guid PositionId, PositionDefinition Definition, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/org/positions</c> by <c>admin</c>: a position and the roles it grants whoever holds it.</summary>
public sealed class CreatePositionEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<CreatePositionRequest, PositionView>
{
    public override void Configure()
    {
        Post("/positions");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(CreatePositionRequest request, CancellationToken ct) =>
        this.CreateAsync<PositionView>(bus, store, request, "org.create-position",
            (id, key) => new CreatePosition(id, request.ToDefinition(), key), id => $"/api/org/positions/{id}", ct);
}

public static class CreatePositionHandler
{
    public static async Task<Outcome> Handle(CreatePosition command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var references = await session.ReferencesOfAsync(command.PositionId, command.Definition);
        var now = time.GetUtcNow();
        return session.StartStream<Position>(command.PositionId,
            Position.Define(command.PositionId, command.Definition, references, context.Actor(), now), command.Idempotency, now);
    }
}
