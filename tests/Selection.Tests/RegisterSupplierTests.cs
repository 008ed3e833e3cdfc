using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class RegisterSupplierTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_product_user_registers_a_supplier_with_its_documents()
    {
        var result = await As(Role.Product, x => x.Post.Json(NewSupplier(documents: Licence())).ToUrl(Suppliers));
        await result.ShouldHaveStatus(201);
        var supplier = (await result.ReadAsJsonAsync<SupplierDetails>())!;

        result.Context.Response.Headers.Location.ToString().ShouldBe($"{Suppliers}/{supplier.Id}");
        result.ETag().ShouldBe("\"2\"");
        supplier.Name.ShouldBe("Shenzhen Bright Electronics");
        supplier.Contact.ShouldBe(new SupplierContact("Li Wei", "li.wei@bright.example", "+86 755 1234 5678"));
        supplier.Country.ShouldBe("CN");
        supplier.MonthlyCapacityUnits.ShouldBe(20_000);
        supplier.Status.ShouldBe(SupplierStatus.Registered);
        supplier.Grade.ShouldBeNull();
        supplier.RegisteredBy.ShouldBe("product@demo.ops");
        supplier.RegisteredAt.ShouldBe(OpsFixture.Start);
        var document = supplier.Documents.ShouldHaveSingleItem();
        (document.Kind, document.Number, document.ExpiresOn, document.Status)
            .ShouldBe((QualificationDocumentKind.BusinessLicence, "BL-001", FarExpiry, DocumentStatus.Valid));
    }

    [Fact]
    public async Task an_integrators_retry_with_the_same_idempotency_key_returns_the_first_result_and_registers_once()
    {
        var key = await App.IntegratorKey("selection:write");
        var first = await App.WithKey(key, x =>
        {
            x.Post.Json(NewSupplier()).ToUrl(Suppliers);
            x.WithRequestHeader("Idempotency-Key", "erp-import-42");
        });
        var retry = await App.WithKey(key, x =>
        {
            x.Post.Json(NewSupplier()).ToUrl(Suppliers);
            x.WithRequestHeader("Idempotency-Key", "erp-import-42");
        });

        await first.ShouldHaveStatus(201);
        await retry.ShouldHaveStatus(201);
        (await retry.ReadAsJsonAsync<SupplierDetails>())!.RegisteredBy.ShouldBe("api-client:ERP import");
        (await retry.ReadAsTextAsync()).ShouldBe(await first.ReadAsTextAsync());
        retry.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        var all = await As(Role.Product, x => x.Get.Url(Suppliers)).Ok<Page<SupplierDetails>>();
        all.TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_same_idempotency_key_with_a_different_body_is_refused()
    {
        var key = await App.IntegratorKey("selection:write");
        await App.WithKey(key, x =>
        {
            x.Post.Json(NewSupplier()).ToUrl(Suppliers);
            x.WithRequestHeader("Idempotency-Key", "erp-import-42");
        });

        await App.WithKey(key, x =>
        {
            x.Post.Json(NewSupplier(name: "Another Supplier")).ToUrl(Suppliers);
            x.WithRequestHeader("Idempotency-Key", "erp-import-42");
        }).ShouldBeProblem(422, "idempotency_key_reused");
    }

    [Fact]
    public async Task an_anonymous_caller_is_refused()
    {
        await Anonymous(x => x.Post.Json(NewSupplier()).ToUrl(Suppliers)).ShouldBeProblem(401, "unauthenticated");
        await Anonymous(x => x.Get.Url(Suppliers)).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task a_listing_user_cannot_register_a_supplier_but_can_read_them()
    {
        await As(Role.Listing, x => x.Post.Json(NewSupplier()).ToUrl(Suppliers)).ShouldBeProblem(403, "forbidden");

        var supplier = await App.Registered();
        await As(Role.Listing, x => x.Get.Url($"{Suppliers}/{supplier.Id}")).Ok<SupplierDetails>();
    }

    [Fact]
    public async Task registration_names_each_invalid_field_as_sent()
    {
        var request = NewSupplier(country: "China", documents: Licence(expiresOn: new DateOnly(2023, 1, 1))) with
        {
            Name = "",
            Contact = new SupplierContact("", "not-an-email", null),
            MonthlyCapacityUnits = 0,
        };

        var problem = await As(Role.Product, x => x.Post.Json(request).ToUrl(Suppliers)).ShouldHaveFieldError("contact.email");

        problem.Errors!.Keys.ShouldBe(
            ["name", "contact.person", "contact.email", "country", "monthlyCapacityUnits", "documents[0].expiresOn"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("XX")]
    [InlineData("CHN")]
    public async Task the_country_must_be_an_upper_case_iso_3166_alpha_2_code(string country)
    {
        await As(Role.Product, x => x.Post.Json(NewSupplier(country: country)).ToUrl(Suppliers)).ShouldHaveFieldError("country");
    }

    [Fact]
    public async Task a_document_may_be_given_once_per_registration()
    {
        await As(Role.Product, x => x.Post.Json(NewSupplier(documents: [Licence("BL-1"), Licence(" bl-1")])).ToUrl(Suppliers))
            .ShouldHaveFieldError("documents");
    }

    [Fact]
    public async Task a_missing_document_is_a_validation_error_not_a_failure()
    {
        await As(Role.Product, x => x.Post.Json(NewSupplier(documents: [null!])).ToUrl(Suppliers)).ShouldHaveFieldError("documents[0]");
    }

    [Fact]
    public async Task a_supplier_cannot_be_registered_with_an_expired_document()
    {
        var expiredToday = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);

        await As(Role.Product, x => x.Post.Json(NewSupplier(documents: Licence(expiresOn: expiredToday))).ToUrl(Suppliers))
            .ShouldBeProblem(409, SupplierRules.ExpiredDocumentCannotBeAdded.Code);

        var all = await As(Role.Product, x => x.Get.Url(Suppliers)).Ok<Page<SupplierDetails>>();
        all.TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task an_unknown_supplier_is_not_found()
    {
        await As(Role.Product, x => x.Get.Url($"{Suppliers}/{Guid.CreateVersion7()}")).ShouldBeProblem(404, "not_found");
    }
}
