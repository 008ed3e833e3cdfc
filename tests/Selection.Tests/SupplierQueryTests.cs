using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class SupplierQueryTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task a_supplier_is_read_with_its_version_as_etag()
    {
        var supplier = await App.Evaluated(GradeB);

        var result = await As(Role.Auditor, x => x.Get.Url($"{Suppliers}/{supplier.Id}"));

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"2\"");
        (await result.ReadAsJsonAsync<SupplierDetails>()).ShouldBeEquivalentTo(supplier);
    }

    [Fact]
    public async Task history_lists_the_events_in_order_with_who_did_them()
    {
        var supplier = await App.Approved();

        var history = await App.History(supplier.Id);

        history.Select(e => (e.Version, e.Type, e.Actor)).ShouldBe([
            (1, "supplier_registered", "product@demo.ops"),
            (2, "supplier_evaluated", "product@demo.ops"),
            (3, "supplier_approved", "ops-manager@demo.ops"),
        ]);
    }

    [Fact]
    public async Task a_supplier_is_read_as_it_was_at_an_earlier_version_or_time()
    {
        var supplier = await App.Approved();
        var registeredAt = (await App.History(supplier.Id))[0].Timestamp;

        var atVersion = await As(Role.Auditor, x => x.Get.Url($"{Suppliers}/{supplier.Id}?version=2")).Ok<SupplierDetails>();
        var atTime = await As(Role.Auditor, x => x.Get.Url($"{Suppliers}/{supplier.Id}?asOf={Uri.EscapeDataString(registeredAt.ToString("O"))}"))
            .Ok<SupplierDetails>();

        (atVersion.Version, atVersion.Status, atVersion.Grade).ShouldBe((2, SupplierStatus.Evaluated, SupplierGrade.A));
        (atTime.Version, atTime.Status, atTime.Grade).ShouldBe((1, SupplierStatus.Registered, (SupplierGrade?)null));
    }

    [Fact]
    public async Task suppliers_are_listed_by_page_and_sorted_by_name_by_default()
    {
        foreach (var name in new[] { "Cedar", "Alder", "Birch" }) await App.Registered(NewSupplier(name));

        var first = await List("pageSize=2");
        var second = await List("pageSize=2&page=2");

        first.Items.Select(s => s.Name).ShouldBe(["Alder", "Birch"]);
        (first.TotalItems, first.TotalPages, first.PageNumber).ShouldBe((3, 2, 1));
        second.Items.Select(s => s.Name).ShouldBe(["Cedar"]);
    }

    [Fact]
    public async Task suppliers_are_filtered_by_grade_status_country_and_name()
    {
        var alder = await App.Evaluate((await App.Registered(NewSupplier("Alder Plastics", "CN"))).Id, GradeA);
        var birch = await App.Evaluate((await App.Registered(NewSupplier("Birch Textiles", "VN"))).Id, GradeB);
        var cedar = await App.Registered(NewSupplier("Cedar Plastics", "VN"));

        (await List("grade=A")).Items.Select(s => s.Id).ShouldBe([alder.Id]);
        (await List("status=Registered")).Items.Select(s => s.Id).ShouldBe([cedar.Id]);
        (await List("country=vn")).Items.Select(s => s.Id).ShouldBe([birch.Id, cedar.Id]);
        (await List("search=plastics")).Items.Select(s => s.Id).ShouldBe([alder.Id, cedar.Id]);
    }

    [Fact]
    public async Task suppliers_are_sorted_by_grade_weighted_score_or_registration()
    {
        var high = await App.Evaluate((await App.Registered(NewSupplier("High"))).Id, AllScores(95));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var low = await App.Evaluate((await App.Registered(NewSupplier("Low"))).Id, AllScores(72));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var middle = await App.Evaluate((await App.Registered(NewSupplier("Middle"))).Id, AllScores(88));

        (await List("sort=-weightedScore")).Items.Select(s => s.Id).ShouldBe([high.Id, middle.Id, low.Id]);
        (await List("sort=grade")).Items.Select(s => s.Grade).ShouldBe([SupplierGrade.A, SupplierGrade.A, SupplierGrade.B]);
        (await List("sort=-registeredAt")).Items.Select(s => s.Id).ShouldBe([middle.Id, low.Id, high.Id]);
    }

    [Fact]
    public async Task an_unknown_sort_or_page_size_is_a_validation_error()
    {
        await As(Role.Product, x => x.Get.Url($"{Suppliers}?sort=colour")).ShouldHaveFieldError("sort");
        await As(Role.Product, x => x.Get.Url($"{Suppliers}?pageSize=500")).ShouldHaveFieldError("pageSize");
    }

    private Task<Page<SupplierDetails>> List(string query) => As(Role.Product, x => x.Get.Url($"{Suppliers}?{query}")).Ok<Page<SupplierDetails>>();
}
