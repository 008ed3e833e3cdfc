using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record RegisterSupplierRequest
{
    public string Name { get; init; } = "";
    public SupplierContact Contact { get; init; } = new("", "", null);

    /// <summary>ISO 3166-1 alpha-2, upper case (<c>CN</c>).</summary>
    public string Country { get; init; } = "";

    public int MonthlyCapacityUnits { get; init; }
    public IReadOnlyList<QualificationDocumentRequest> Documents { get; init; } = [];
}

public sealed class RegisterSupplierValidator : Validator<RegisterSupplierRequest>
{
    public RegisterSupplierValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Contact).NotNull().SetValidator(new SupplierContactValidator());
        RuleFor(r => r.Country).Country();
        RuleFor(r => r.MonthlyCapacityUnits).GreaterThan(0);
        RuleFor(r => r.Documents).Cascade(CascadeMode.Stop).NotNull()
            .Must(BeDistinct)
            .WithMessage(_ => Bilingual.Pick("Each document (kind and number) may be given once.", "同一文件（类型和编号）只能提交一次。"));
        RuleFor(r => r.Documents).MaximumCount(50);
        RuleForEach(r => r.Documents).NotNull().SetValidator(new QualificationDocumentValidator());
    }

    private static bool BeDistinct(IReadOnlyList<QualificationDocumentRequest?> documents)
    {
        var identities = documents.OfType<QualificationDocumentRequest>()
            .Where(d => d is { Kind: not null, Number: not null })
            .Select(d => QualificationDocument.IdentityOf(d.Kind!.Value, d.Number))
            .ToList();
        return identities.Distinct().Count() == identities.Count;
    }

    private sealed class SupplierContactValidator : AbstractValidator<SupplierContact>
    {
        public SupplierContactValidator()
        {
            RuleFor(c => c.Person).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(254);
            RuleFor(c => c.Phone).MaximumLength(50);
        }
    }
}

public sealed record RegisterSupplier(
    Guid SupplierId, string Name, SupplierContact Contact, string Country, int MonthlyCapacityUnits,
    IReadOnlyList<QualificationDocument> Documents, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/selection/suppliers</c>: a new supplier with its contact, country, capacity and any qualification
/// documents it brings. Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class RegisterSupplierEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RegisterSupplierRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin, Role.Integration);
    }

    public override Task HandleAsync(RegisterSupplierRequest request, CancellationToken ct) =>
        this.CreateAsync<SupplierDetails>(bus, store, request, "selection.register-supplier",
            (id, key) => new RegisterSupplier(id, request.Name.Trim(), request.Contact, request.Country, request.MonthlyCapacityUnits,
                [.. request.Documents.Select(d => d.ToDocument())], key),
            id => $"/api/selection/suppliers/{id}", ct);
}

public static class RegisterSupplierHandler
{
    public static (Outcome, OutgoingMessages) Handle(RegisterSupplier command, IDocumentSession session, SelectionSettings policy,
        IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var decision = Supplier.Register(command.SupplierId, command.Name, command.Contact, command.Country, command.MonthlyCapacityUnits,
            command.Documents, context.Actor(), now);
        // A refusal decides no events, so it schedules no expiry timers either.
        return (session.StartStream<Supplier>(command.SupplierId, decision, command.Idempotency, now),
            QualificationDocumentExpiry.Schedule(decision.Events, policy.WarnDaysBeforeExpiry));
    }
}
