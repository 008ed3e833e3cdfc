using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Research;

public sealed record RecordResearchFindingRequest
{
    public Guid Id { get; init; }
    public string Text { get; init; } = "";

    /// <summary>Where the finding comes from: a report, a tool, a marketplace page.</summary>
    public string Source { get; init; } = "";
}

public sealed class RecordResearchFindingValidator : Validator<RecordResearchFindingRequest>
{
    public RecordResearchFindingValidator()
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(4000);
        RuleFor(r => r.Source).NotEmpty().MaximumLength(500);
    }
}

public sealed record RecordResearchFinding(Guid MarketResearchId, ResearchFinding Finding, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/research/{id}/findings</c>: appends a finding with who recorded it and when. Findings are never
/// edited; an archived study takes none.
/// </summary>
public sealed class RecordResearchFindingEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<RecordResearchFindingRequest, MarketResearchDetails>
{
    public override void Configure()
    {
        Post("/research/{id}/findings");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordResearchFindingRequest request, CancellationToken ct)
    {
        var finding = new ResearchFinding(Guid.CreateVersion7(), request.Text.Trim(), request.Source.Trim());
        return this.UpdateAsync<MarketResearchDetails>(bus, store, expected => new RecordResearchFinding(request.Id, finding, expected), ct);
    }
}

public static class RecordResearchFindingHandler
{
    public static Outcome Handle(RecordResearchFinding command, [WriteAggregate(Required = false)] IEventStream<MarketResearch> research,
        IMessageContext context, TimeProvider time) =>
        research.Decide(command.MarketResearchId, command.ExpectedVersion,
            r => r.RecordFinding(command.Finding, context.Actor(), time.GetUtcNow()));
}
