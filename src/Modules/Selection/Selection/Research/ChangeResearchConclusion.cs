using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Research;

public sealed record ChangeResearchConclusionRequest
{
    public Guid Id { get; init; }
    public ResearchConclusion? Conclusion { get; init; }

    /// <summary>Why the study concludes so.</summary>
    public string Note { get; init; } = "";
}

public sealed class ChangeResearchConclusionValidator : Validator<ChangeResearchConclusionRequest>
{
    public ChangeResearchConclusionValidator()
    {
        RuleFor(r => r.Conclusion).NotNull().IsInEnum();
        RuleFor(r => r.Note).NotEmpty().MaximumLength(2000);
    }
}

public sealed record ChangeResearchConclusion(Guid MarketResearchId, ResearchConclusion Conclusion, string Note, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/selection/research/{id}/conclusion</c>: promising, not promising or open again, with a note. The same
/// conclusion with the same note changes nothing; an archived study keeps the conclusion it has.
/// </summary>
public sealed class ChangeResearchConclusionEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<ChangeResearchConclusionRequest, MarketResearchDetails>
{
    public override void Configure()
    {
        Put("/research/{id}/conclusion");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(ChangeResearchConclusionRequest request, CancellationToken ct) =>
        this.UpdateAsync<MarketResearchDetails>(bus, store,
            expected => new ChangeResearchConclusion(request.Id, request.Conclusion!.Value, request.Note.Trim(), expected), ct);
}

public static class ChangeResearchConclusionHandler
{
    public static Outcome Handle(ChangeResearchConclusion command, [WriteAggregate(Required = false)] IEventStream<MarketResearch> research,
        IMessageContext context, TimeProvider time) =>
        research.Decide(command.MarketResearchId, command.ExpectedVersion,
            r => r.ChangeConclusion(command.Conclusion, command.Note, context.Actor(), time.GetUtcNow()));
}
