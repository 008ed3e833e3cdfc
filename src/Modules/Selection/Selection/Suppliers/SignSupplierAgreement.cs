using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record SignSupplierAgreementRequest
{
    public Guid Id { get; init; }
    public string PriceTerms { get; init; } = "";
    public Money UnitPrice { get; init; } = new(0, "");
    public int LeadTimeDays { get; init; }
    public int Moq { get; init; }
    public string PaymentTerms { get; init; } = "";
    public string AfterSalesTerms { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
}

public sealed class SignSupplierAgreementValidator : Validator<SignSupplierAgreementRequest>
{
    public SignSupplierAgreementValidator()
    {
        RuleFor(r => r.PriceTerms).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.UnitPrice).NotNull().SetValidator(new MoneyValidator());
        RuleFor(r => r.LeadTimeDays).GreaterThan(0);
        RuleFor(r => r.Moq).GreaterThan(0);
        RuleFor(r => r.PaymentTerms).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.AfterSalesTerms).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.StartsOn).NotEmpty();
        RuleFor(r => r.EndsOn).GreaterThan(r => r.StartsOn)
            .WithMessage(_ => Bilingual.Pick("endsOn must be after startsOn.", "结束日期须晚于开始日期。"));
    }
}

public sealed record SignSupplierAgreement(Guid SupplierId, SupplierAgreement Agreement, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/agreements</c>: price, lead time, MOQ, payment and after-sales terms for a
/// period, with an approved or conditionally approved supplier.
/// </summary>
public sealed class SignSupplierAgreementEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<SignSupplierAgreementRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/agreements");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(SignSupplierAgreementRequest request, CancellationToken ct)
    {
        var agreement = new SupplierAgreement(Guid.CreateVersion7(), request.PriceTerms.Trim(), request.UnitPrice, request.LeadTimeDays,
            request.Moq, request.PaymentTerms.Trim(), request.AfterSalesTerms.Trim(), request.StartsOn, request.EndsOn);
        await this.UpdateAsync<SupplierDetails>(bus, store, expected => new SignSupplierAgreement(request.Id, agreement, expected), ct);
    }
}

public static class SignSupplierAgreementHandler
{
    public static Outcome Handle(SignSupplierAgreement command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.SignAgreement(command.Agreement, context.Actor(), time.GetUtcNow()));
}
