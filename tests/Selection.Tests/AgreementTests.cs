using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class AgreementTests(SelectionApp app) : SelectionTest(app)
{
    private static SignSupplierAgreementRequest Agreement(Guid supplierId) => new()
    {
        Id = supplierId,
        PriceTerms = "FOB Shenzhen, price fixed for 12 months",
        UnitPrice = new Money(4.35m, "USD"),
        LeadTimeDays = 25,
        Moq = 500,
        PaymentTerms = "30% deposit, 70% before shipment",
        AfterSalesTerms = "Defects above 2% replaced free of charge",
        StartsOn = new DateOnly(2026, 12, 1),
        EndsOn = new DateOnly(2027, 11, 30),
    };

    [Fact]
    public async Task an_approved_supplier_signs_an_agreement()
    {
        var supplier = await App.Approved();

        var signed = await As(Role.Product, x => x.Post.Json(Agreement(supplier.Id)).ToUrl($"{Suppliers}/{supplier.Id}/agreements"))
            .Ok<SupplierDetails>();

        var agreement = signed.Agreements.ShouldHaveSingleItem();
        agreement.ShouldBe(new SupplierAgreement(agreement.AgreementId, "FOB Shenzhen, price fixed for 12 months", new Money(4.35m, "USD"),
            25, 500, "30% deposit, 70% before shipment", "Defects above 2% replaced free of charge",
            new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30)));
    }

    [Fact]
    public async Task a_conditionally_approved_supplier_signs_an_agreement()
    {
        var supplier = await App.Conditional();

        await As(Role.Product, x => x.Post.Json(Agreement(supplier.Id)).ToUrl($"{Suppliers}/{supplier.Id}/agreements")).Ok<SupplierDetails>();
    }

    [Fact]
    public async Task a_supplier_that_is_not_approved_cannot_sign_an_agreement()
    {
        var supplier = await App.Evaluated(GradeA);

        await As(Role.Product, x => x.Post.Json(Agreement(supplier.Id)).ToUrl($"{Suppliers}/{supplier.Id}/agreements"))
            .ShouldBeProblem(409, SupplierRules.OnlyApprovedSupplierCanSignAgreement.Code);
    }

    [Fact]
    public async Task an_agreement_ends_after_it_starts_and_is_priced_in_a_currency_code()
    {
        var supplier = await App.Approved();
        var request = Agreement(supplier.Id) with { UnitPrice = new Money(4.35m, "usd"), EndsOn = new DateOnly(2026, 12, 1) };

        var problem = await As(Role.Product, x => x.Post.Json(request).ToUrl($"{Suppliers}/{supplier.Id}/agreements"))
            .ShouldHaveFieldError("unitPrice.currency");

        problem.Errors!.Keys.ShouldBe(["unitPrice.currency", "endsOn"], ignoreOrder: true);
    }
}
