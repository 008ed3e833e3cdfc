using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Research;

public sealed record ArchiveMarketResearch(Guid MarketResearchId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/research/{id}/archive</c>: the study is kept, read-only, with why it was archived. Archiving an
/// archived study is refused.
/// </summary>
public sealed class ArchiveMarketResearchEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ReasonRequest, MarketResearchDetails>
{
    public override void Configure()
    {
        Post("/research/{id}/archive");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<MarketResearchDetails>(bus, store, expected => new ArchiveMarketResearch(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ArchiveMarketResearchHandler
{
    public static Outcome Handle(ArchiveMarketResearch command, [WriteAggregate(Required = false)] IEventStream<MarketResearch> research,
        IMessageContext context, TimeProvider time) =>
        research.Decide(command.MarketResearchId, command.ExpectedVersion,
            r => r.Archive(command.Reason, context.Actor(), time.GetUtcNow()));
}
