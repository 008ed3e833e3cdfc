using Microsoft.Extensions.DependencyInjection;
using Ops.Organization;
using Ops.Organization.Employees;
using Ops.Shared.Paging;
using Wolverine.Tracking;

namespace Organization.Tests;

public sealed class EmployeeDemoDataTests(OrganizationApp app) : OrganizationTest(app)
{
    [Fact]
    public async Task demo_employees_fill_every_position_of_the_demo_store_once_however_often_they_are_seeded()
    {
        var seed = ActivatorUtilities.CreateInstance<EmployeeDemoData>(Host.Services);

        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var first = await AllEmployees();
        await Host.ExecuteAndWaitAsync(_ => seed.SeedAsync(CancellationToken.None), 60_000);
        var second = await AllEmployees();

        second.Select(e => (e.Id, e.Version)).ShouldBe(first.Select(e => (e.Id, e.Version)));
        var positions = (await App.Get("/api/org/positions?pageSize=200").Ok<Page<Ops.Organization.Positions.PositionView>>()).Items;
        first.Select(e => e.PositionId).ShouldBe(positions.Select(p => p.Id), ignoreOrder: true);
        var manager = first.Single(e => e.Id == EmployeeDemoData.EmployeeId("operations-manager"));
        first.ShouldAllBe(e => e.Status == EmployeeStatus.Active && e.StoreIds.SequenceEqual(new[] { OrganizationStructureSeed.DemoStoreId })
                               && e.UserAccountId == null);
        first.Where(e => e != manager).ShouldAllBe(e => e.ManagerEmployeeId == manager.Id);
        manager.ManagerEmployeeId.ShouldBeNull();
        (await App.Get($"/api/org/employees/{manager.Id}/history").Ok<IReadOnlyList<Ops.Shared.Audit.HistoryEntry>>())
            .Select(e => e.Actor).ShouldBe([EmployeeDemoData.Actor]);
    }

    private async Task<IReadOnlyList<EmployeeView>> AllEmployees() =>
        (await App.Get("/api/org/employees?pageSize=200").Ok<Page<EmployeeView>>()).Items
        .Where(e => EmployeeDemoData.Employees.Any(d => EmployeeDemoData.EmployeeId(d.Position) == e.Id)).OrderBy(e => e.Name).ToList();
}
