using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record EvaluateSupplierRequest
{
    public Guid Id { get; init; }
    public SupplierScores? Scores { get; init; }
    public string? Notes { get; init; }
}

public sealed class EvaluateSupplierValidator : Validator<EvaluateSupplierRequest>
{
    public EvaluateSupplierValidator()
    {
        RuleFor(r => r.Scores!).NotNull().SetValidator(new SupplierScoresValidator());
        RuleFor(r => r.Notes).MaximumLength(2000);
    }

    private sealed class SupplierScoresValidator : AbstractValidator<SupplierScores>
    {
        public SupplierScoresValidator()
        {
            RuleFor(s => s.Qualification).InclusiveBetween(0, 100);
            RuleFor(s => s.Reputation).InclusiveBetween(0, 100);
            RuleFor(s => s.Capacity).InclusiveBetween(0, 100);
            RuleFor(s => s.Quality).InclusiveBetween(0, 100);
            RuleFor(s => s.Price).InclusiveBetween(0, 100);
            RuleFor(s => s.LeadTime).InclusiveBetween(0, 100);
            RuleFor(s => s.AfterSales).InclusiveBetween(0, 100);
        }
    }
}

public sealed record EvaluateSupplier(Guid SupplierId, Guid EvaluationId, SupplierScores Scores, string? Notes, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/evaluations</c>: scores weighed with the settings in force into a weighted
/// score and a grade. A changed grade is published as <c>SupplierGradeChanged</c>.
/// </summary>
public sealed class EvaluateSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<EvaluateSupplierRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/evaluations");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(EvaluateSupplierRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store,
            expected => new EvaluateSupplier(request.Id, Guid.CreateVersion7(), request.Scores!, request.Notes?.Trim(), expected), ct);
}

public static class EvaluateSupplierHandler
{
    public static (Outcome, OutgoingMessages) Handle(EvaluateSupplier command,
        [WriteAggregate(Required = false)] IEventStream<Supplier> supplier, SelectionSettings policy, IMessageContext context,
        TimeProvider time)
    {
        var outcome = supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.Evaluate(command.EvaluationId, command.Scores, command.Notes, policy, context.Actor(), time.GetUtcNow()));
        return (outcome, SupplierMessages.PublishedBy(supplier.Aggregate, outcome));
    }
}
