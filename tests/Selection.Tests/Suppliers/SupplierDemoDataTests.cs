using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class SupplierDemoDataTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task demo_suppliers_cover_every_grade_and_decision_once_however_often_they_are_seeded()
    {
        var seed = ActivatorUtilities.CreateInstance<SupplierDemoData>(App.Host.Services);

        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var first = await AllSuppliers();
        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var second = await AllSuppliers();

        second.Items.Select(s => (s.Name, s.Grade, s.Status, s.Version)).ShouldBe(first.Items.Select(s => (s.Name, s.Grade, s.Status, s.Version)));
        first.Items.Select(s => (s.Name, s.Grade, s.Status)).ShouldBe([
            ("Dongguan Quickmold Plastics Factory", SupplierGrade.D, SupplierStatus.Rejected),
            ("Hanoi Greenweave Textiles JSC", SupplierGrade.C, SupplierStatus.Conditional),
            ("Ningbo Homecraft Housewares Ltd.", SupplierGrade.B, SupplierStatus.Approved),
            ("Shenzhen Brightway Lighting Co., Ltd.", SupplierGrade.A, SupplierStatus.Approved),
            ("Yiwu Packright Packaging Co., Ltd.", SupplierGrade.B, SupplierStatus.Suspended),
        ]);
    }

    [Fact]
    public async Task demo_suppliers_have_documents_agreements_incidents_and_deliveries_recorded_by_the_seed()
    {
        var seed = ActivatorUtilities.CreateInstance<SupplierDemoData>(App.Host.Services);

        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);

        var suppliers = (await AllSuppliers()).Items.ToDictionary(s => s.Name.Split(' ')[1]);
        suppliers["Greenweave"].ShouldSatisfyAllConditions(
            s => s.QualityIncidents.Count.ShouldBe(3),
            s => s.ReviewRequired.ShouldBeTrue(),
            s => s.Deliveries.ShouldBe(s.Deliveries with { Count = 3, OnTimeCount = 1, OnTimePercent = 33.33m }));
        suppliers.Values.Where(s => s.Status is SupplierStatus.Approved or SupplierStatus.Conditional or SupplierStatus.Suspended)
            .ShouldAllBe(s => s.Agreements.Count == 1 && s.Deliveries.Count == 3);
        var warnings = await As(Role.OpsManager, x => x.Get.Url($"{Suppliers}/document-warnings")).Ok<Page<DocumentWarning>>();
        warnings.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            w => w.SupplierName.ShouldBe("Ningbo Homecraft Housewares Ltd."),
            w => w.ExpiresOn.ShouldBe(DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime).AddDays(20)),
            w => w.Expired.ShouldBeFalse());
        (await App.History(SupplierDemoData.SupplierId("packright"))).Select(e => e.Actor).Distinct().ShouldBe([SupplierDemoData.Actor]);
    }

    private Task<Page<SupplierDetails>> AllSuppliers() =>
        As(Role.Auditor, x => x.Get.Url($"{Suppliers}?pageSize=200&sort=name")).Ok<Page<SupplierDetails>>();
}
