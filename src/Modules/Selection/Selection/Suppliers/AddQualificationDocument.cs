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

/// <summary>
/// A qualification document as a client sends it (alone, or in a registration's <c>documents</c>). Not sealed: the
/// request to add one to a supplier extends it with the supplier's id and includes its validator.
/// </summary>
public record QualificationDocumentRequest
{
    public QualificationDocumentKind? Kind { get; init; }
    public string Name { get; init; } = "";
    public string Number { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public DateOnly ExpiresOn { get; init; }

    /// <summary>The document to file, with a new id; call it on a validated request.</summary>
    public QualificationDocument ToDocument() => new(Guid.CreateVersion7(), Kind!.Value, Name.Trim(), Number.Trim(), IssuedOn, ExpiresOn);
}

public sealed class QualificationDocumentValidator : AbstractValidator<QualificationDocumentRequest>
{
    public QualificationDocumentValidator()
    {
        RuleFor(d => d.Kind).NotNull().IsInEnum();
        RuleFor(d => d.Name).NotEmpty().MaximumLength(200);
        RuleFor(d => d.Number).NotEmpty().MaximumLength(100);
        RuleFor(d => d.IssuedOn).NotEmpty();
        RuleFor(d => d.ExpiresOn).GreaterThan(d => d.IssuedOn)
            .WithMessage(_ => Bilingual.Pick("expiresOn must be after issuedOn.", "到期日须晚于签发日。"));
    }
}

public sealed record AddQualificationDocumentRequest : QualificationDocumentRequest
{
    public Guid Id { get; init; }
}

public sealed class AddQualificationDocumentValidator : Validator<AddQualificationDocumentRequest>
{
    public AddQualificationDocumentValidator() => Include(new QualificationDocumentValidator());
}

public sealed record AddQualificationDocument(Guid SupplierId, QualificationDocument Document, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/documents</c>: files a qualification document (replacing one of the same kind
/// and number) and schedules its expiry warning and its expiry.
/// </summary>
public sealed class AddQualificationDocumentEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<AddQualificationDocumentRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/documents");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin, Role.Integration);
    }

    public override Task HandleAsync(AddQualificationDocumentRequest request, CancellationToken ct) =>
        this.UpdateAsync<SupplierDetails>(bus, store,
            expected => new AddQualificationDocument(request.Id, request.ToDocument(), expected), ct);
}

public static class AddQualificationDocumentHandler
{
    public static (Outcome, OutgoingMessages) Handle(AddQualificationDocument command,
        [WriteAggregate(Required = false)] IEventStream<Supplier> supplier, SelectionSettings policy, IMessageContext context,
        TimeProvider time)
    {
        var outcome = supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.AddDocument(command.Document, context.Actor(), time.GetUtcNow()));
        return (outcome, QualificationDocumentExpiry.Schedule(outcome.Appended(), policy.WarnDaysBeforeExpiry));
    }
}
