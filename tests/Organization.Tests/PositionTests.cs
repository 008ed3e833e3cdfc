using Ops.Organization;
using Ops.Organization.Positions;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Organization.Tests;

public sealed class PositionTests(OrganizationApp app) : OrganizationTest(app)
{
    private static readonly Guid OperationsManager = OrganizationStructureSeed.PositionId("operations-manager");
    private static readonly Guid ProductManager = OrganizationStructureSeed.PositionId("product-manager");
    private static readonly Guid Operations = OrganizationStructureSeed.DepartmentId("operations");

    [Fact]
    public async Task the_policy_positions_are_seeded_with_their_roles_and_duties()
    {
        var positions = await App.Get("/api/org/positions?pageSize=50").Ok<Page<PositionView>>();

        positions.Items.Select(p => (p.Title, Roles: string.Join(",", p.Roles))).ShouldBe(
        [
            ("Customer Service Agent", Role.Service),
            ("Finance Specialist", Role.Finance),
            ("Logistics Specialist", Role.Logistics),
            ("Operations Manager", Role.OpsManager),
            ("Product Manager", Role.Product),
            ("Sales/Listing Operator", Role.Listing),
            ("Staff", Role.Staff),
            ("Trainer", Role.Trainer),
        ]);
        positions.Items.ShouldAllBe(p => p.Duties.Length > 100);
        var manager = positions.Items.Single(p => p.Id == OperationsManager);
        manager.ReportsToPositionId.ShouldBeNull();
        manager.DepartmentId.ShouldBe(Operations);
        positions.Items.Where(p => p.Id != OperationsManager).ShouldAllBe(p => p.ReportsToPositionId == OperationsManager);
    }

    [Fact]
    public async Task a_position_is_created_changed_and_read_as_it_was()
    {
        var created = await App.CreatePosition(OrganizationScenarios.Position("Listing Supervisor", Operations, Role.Listing, Role.Staff));
        await created.ShouldHaveStatus(201);
        created.ETag().ShouldBe("\"1\"");
        var position = (await created.ReadAsJsonAsync<PositionView>())!;
        position.Roles.ShouldBe([Role.Listing, Role.Staff]);

        var changed = await App.Replace($"/api/org/positions/{position.Id}", new ChangePositionRequest
        {
            Title = "Listing Lead", DepartmentId = Operations, Roles = [Role.Listing], ReportsToPositionId = OperationsManager, Duties = "Leads listing.",
        }, ifMatch: "\"1\"").Ok<PositionView>();
        changed.Title.ShouldBe("Listing Lead");
        changed.ReportsToPositionId.ShouldBe(OperationsManager);

        var before = await App.Get($"/api/org/positions/{position.Id}?version=1").Ok<PositionView>();
        before.Title.ShouldBe("Listing Supervisor");
        before.Roles.ShouldBe([Role.Listing, Role.Staff]);
        var history = await App.Get($"/api/org/positions/{position.Id}/history", Role.Auditor).Ok<List<HistoryEntry>>();
        history.Select(h => (h.Type, h.Actor)).ShouldBe([("position_created", "admin@demo.ops"), ("position_changed", "admin@demo.ops")]);
        var asOf = Uri.EscapeDataString(history[0].Timestamp.ToString("O"));
        (await App.Get($"/api/org/positions/{position.Id}?asOf={asOf}").Ok<PositionView>()).Title.ShouldBe("Listing Supervisor");
    }

    [Fact]
    public async Task positions_are_listed_by_department_role_and_title()
    {
        await App.CreatePosition(OrganizationScenarios.Position("Listing Supervisor", Operations, Role.Listing)).Ok<PositionView>(201);

        var listing = await App.Get($"/api/org/positions?role={Role.Listing}&sort=-title").Ok<Page<PositionView>>();
        listing.Items.Select(p => p.Title).ShouldBe(["Sales/Listing Operator", "Listing Supervisor"]);
        var inOperations = await App.Get($"/api/org/positions?departmentId={Operations}").Ok<Page<PositionView>>();
        inOperations.Items.Select(p => p.Title).ShouldBe(["Listing Supervisor", "Operations Manager", "Staff"]);
        (await App.Get("/api/org/positions?search=supervis").Ok<Page<PositionView>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task a_position_belongs_to_an_existing_department()
    {
        await App.CreatePosition(OrganizationScenarios.Position("Ghost", Guid.NewGuid(), Role.Staff))
            .ShouldBeProblem(409, PositionRules.DepartmentMustExist.Code);
    }

    [Fact]
    public async Task a_position_reports_to_an_existing_position()
    {
        await App.CreatePosition(OrganizationScenarios.Position("Orphan", Operations, Role.Staff) with { ReportsToPositionId = Guid.NewGuid() })
            .ShouldBeProblem(409, PositionRules.ReportsToMustExist.Code);
    }

    [Fact]
    public async Task a_reporting_line_cannot_loop()
    {
        var manager = await App.Get($"/api/org/positions/{OperationsManager}").Ok<PositionView>();
        ChangePositionRequest ReportingTo(Guid superior) => new()
        {
            Id = manager.Id, Title = manager.Title, DepartmentId = manager.DepartmentId, Roles = manager.Roles,
            ReportsToPositionId = superior, Duties = manager.Duties,
        };

        await App.Replace($"/api/org/positions/{OperationsManager}", ReportingTo(ProductManager))
            .ShouldBeProblem(409, PositionRules.ReportingLineCannotLoop.Code);
        await App.Replace($"/api/org/positions/{OperationsManager}", ReportingTo(OperationsManager))
            .ShouldBeProblem(409, PositionRules.ReportingLineCannotLoop.Code);
    }

    [Fact]
    public async Task a_position_grants_only_roles_people_can_hold()
    {
        await App.CreatePosition(OrganizationScenarios.Position("Wizard", Operations, "wizard")).ShouldHaveFieldError("roles[0]");
        await App.CreatePosition(OrganizationScenarios.Position("Robot", Operations, Role.Integration)).ShouldHaveFieldError("roles[0]");
        var problem = await App.CreatePosition(new CreatePositionRequest()).ShouldHaveFieldError("title");
        problem.Errors!.Keys.ShouldBe(["title", "departmentId", "roles"], ignoreOrder: true);
    }

    [Fact]
    public async Task only_an_admin_writes_positions()
    {
        var request = OrganizationScenarios.Position("Listing Supervisor", Operations, Role.Listing);
        await App.CreatePosition(request, Role.OpsManager).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.CreatePosition(request, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var position = await App.CreatePosition(OrganizationScenarios.Position("Supervisor", Operations, Role.Staff)).Ok<PositionView>(201);
        var change = new ChangePositionRequest { Title = "Lead", DepartmentId = Operations, Roles = [Role.Staff], Duties = "" };
        await App.Replace($"/api/org/positions/{position.Id}", change).Ok<PositionView>();

        await App.Replace($"/api/org/positions/{position.Id}", change with { Title = "Chief" }, ifMatch: "\"1\"")
            .ShouldBeProblem(412, ProblemCodes.VersionMismatch);
    }
}
