using Ops.Organization;
using Ops.Organization.Departments;
using Ops.Organization.Positions;
using Ops.Organization.Stores;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Organization.Tests;

public sealed class SeedTests(OrganizationApp app) : OrganizationTest(app)
{
    [Fact]
    public async Task seeding_again_leaves_existing_records_alone()
    {
        var operations = OrganizationStructureSeed.DepartmentId("operations");
        await App.Replace($"/api/org/departments/{operations}", new ChangeDepartmentRequest { Name = "Store Operations" }).Ok<DepartmentView>();

        await ModuleSeeds.RunAllAsync(Host.Services, CancellationToken.None);

        (await App.Get("/api/org/stores").Ok<Page<StoreView>>()).TotalItems.ShouldBe(1);
        (await App.Get("/api/org/departments").Ok<Page<DepartmentView>>()).TotalItems.ShouldBe(8);
        (await App.Get("/api/org/positions").Ok<Page<PositionView>>()).TotalItems.ShouldBe(8);
        var renamed = await App.Get($"/api/org/departments/{operations}").Ok<DepartmentView>();
        (renamed.Name, renamed.Version).ShouldBe(("Store Operations", 2L));
    }
}
