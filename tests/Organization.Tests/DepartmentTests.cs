using Ops.Organization;
using Ops.Organization.Departments;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Organization.Tests;

public sealed class DepartmentTests(OrganizationApp app) : OrganizationTest(app)
{
    [Fact]
    public async Task the_policy_departments_are_seeded()
    {
        var departments = await App.Get("/api/org/departments?pageSize=50&sort=code").Ok<Page<DepartmentView>>();

        departments.Items.Select(d => d.Code).ShouldBe(
            ["customer-service", "finance", "logistics", "marketing", "operations", "product", "sales-listing", "training"]);
        departments.Items.Single(d => d.Code == "operations").Id.ShouldBe(OrganizationStructureSeed.DepartmentId("operations"));
    }

    [Fact]
    public async Task a_department_is_created_changed_and_read_as_it_was()
    {
        var created = await App.CreateDepartment(new CreateDepartmentRequest("research", "Research", null));
        await created.ShouldHaveStatus(201);
        created.ETag().ShouldBe("\"1\"");
        var department = (await created.ReadAsJsonAsync<DepartmentView>())!;
        department.Code.ShouldBe("research");

        var head = await App.GivenEmployee(OrganizationScenarios.Hiring("Dana Head"));
        var changed = await App.Replace($"/api/org/departments/{department.Id}",
            new ChangeDepartmentRequest { Name = "Research & Development", HeadEmployeeId = head.Id }, ifMatch: "\"1\"").Ok<DepartmentView>();
        changed.Name.ShouldBe("Research & Development");
        changed.HeadEmployeeId.ShouldBe(head.Id);
        changed.Code.ShouldBe("research");

        (await App.Get($"/api/org/departments/{department.Id}?version=1").Ok<DepartmentView>()).Name.ShouldBe("Research");
        var history = await App.Get($"/api/org/departments/{department.Id}/history", Role.Auditor).Ok<List<HistoryEntry>>();
        history.Select(h => (h.Type, h.Actor)).ShouldBe([("department_created", "admin@demo.ops"), ("department_changed", "admin@demo.ops")]);
        var asOf = Uri.EscapeDataString(history[0].Timestamp.ToString("O"));
        (await App.Get($"/api/org/departments/{department.Id}?asOf={asOf}").Ok<DepartmentView>()).HeadEmployeeId.ShouldBeNull();

        var found = await App.Get("/api/org/departments?search=develop").Ok<Page<DepartmentView>>();
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(department.Id);
        (await App.Get("/api/org/departments?code=research").Ok<Page<DepartmentView>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task a_department_code_is_unique()
    {
        await App.CreateDepartment(new CreateDepartmentRequest("operations", "Operations again", null))
            .ShouldBeProblem(409, DepartmentRules.CodeMustBeUnique.Code);
    }

    [Fact]
    public async Task the_head_of_a_department_must_be_a_current_employee()
    {
        await App.CreateDepartment(new CreateDepartmentRequest("research", "Research", Guid.NewGuid()))
            .ShouldBeProblem(409, DepartmentRules.HeadMustBeCurrentEmployee.Code);

        var departed = await App.GivenEmployee(OrganizationScenarios.Hiring("Gone Person"));
        await App.LeaveCompany(departed.Id);
        var operations = OrganizationStructureSeed.DepartmentId("operations");
        await App.Replace($"/api/org/departments/{operations}", new ChangeDepartmentRequest { Name = "Operations", HeadEmployeeId = departed.Id })
            .ShouldBeProblem(409, DepartmentRules.HeadMustBeCurrentEmployee.Code);
    }

    [Fact]
    public async Task renaming_a_department_whose_head_has_left_is_allowed()
    {
        var head = await App.GivenEmployee(OrganizationScenarios.Hiring("Former Head"));
        var department = await App.CreateDepartment(new CreateDepartmentRequest("research", "Research", head.Id)).Ok<DepartmentView>(201);
        await App.LeaveCompany(head.Id);

        var renamed = await App.Replace($"/api/org/departments/{department.Id}", new ChangeDepartmentRequest { Name = "R&D", HeadEmployeeId = head.Id })
            .Ok<DepartmentView>();

        renamed.Name.ShouldBe("R&D");
    }

    [Fact]
    public async Task department_fields_are_validated()
    {
        var problem = await App.CreateDepartment(new CreateDepartmentRequest("Customer Service", "", null)).ShouldHaveFieldError("code");
        problem.Errors!.Keys.ShouldContain("name");
    }

    [Fact]
    public async Task only_an_admin_writes_departments()
    {
        await App.CreateDepartment(new CreateDepartmentRequest("research", "Research", null), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.CreateDepartment(new CreateDepartmentRequest("research", "Research", null), Role.Staff).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.Get("/api/org/departments", Role.Auditor).Ok<Page<DepartmentView>>()).TotalItems.ShouldBe(8);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var department = await App.GivenDepartment();
        await App.Replace($"/api/org/departments/{department.Id}", new ChangeDepartmentRequest { Name = "First" }).Ok<DepartmentView>();

        await App.Replace($"/api/org/departments/{department.Id}", new ChangeDepartmentRequest { Name = "Second" }, ifMatch: "\"1\"")
            .ShouldBeProblem(412, ProblemCodes.VersionMismatch);
    }
}
