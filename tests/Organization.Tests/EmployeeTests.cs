using Ops.Organization;
using Ops.Organization.Contracts;
using Ops.Organization.Employees;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using static Organization.Tests.OrganizationScenarios;

namespace Organization.Tests;

public sealed class EmployeeTests(OrganizationApp app) : OrganizationTest(app)
{
    private static readonly Guid ProductManager = OrganizationStructureSeed.PositionId("product-manager");
    private static readonly Guid Staff = OrganizationStructureSeed.PositionId("staff");

    [Fact]
    public async Task hiring_announces_employee_joined_with_the_roles_of_the_position()
    {
        var store = await App.GivenStore();
        var request = Hiring("Lin Wei", ProductManager) with { StoreIds = [store.Id], Skus = ["SKU-2", "SKU-1", "SKU-2"] };

        var (hired, messages) = await App.Tracking(() => App.GivenEmployee(request));

        hired.ShouldBe(new EmployeeView
        {
            Id = hired.Id, Version = 1, Name = "Lin Wei", Email = "lin.wei@example.com", PositionId = ProductManager,
            StoreIds = hired.StoreIds, Skus = hired.Skus, Status = EmployeeStatus.Active, HiredAt = OpsFixture.Start,
        });
        hired.StoreIds.ShouldBe([store.Id]);
        hired.Skus.ShouldBe(["SKU-1", "SKU-2"]);
        var joined = messages.Sent.SingleMessage<EmployeeJoined>();
        (joined.EmployeeId, joined.Name, joined.Email, joined.PositionId, joined.JoinedAt)
            .ShouldBe((hired.Id, "Lin Wei", "lin.wei@example.com", (Guid?)ProductManager, OpsFixture.Start));
        joined.Roles.ShouldBe([Role.Product]);
    }

    [Fact]
    public async Task an_employee_is_changed_listed_and_read_as_they_were()
    {
        var manager = await App.GivenEmployee(Hiring("Mia Manager", OrganizationStructureSeed.PositionId("operations-manager")));
        var employee = await App.GivenEmployee(Hiring("Sam Staff", Staff));

        var changed = await App.Replace($"/api/org/employees/{employee.Id}", new ChangeEmployeeRequest
        {
            Name = "Sam Staff", PositionId = ProductManager, ManagerEmployeeId = manager.Id, Skus = ["B0-1"],
        }, Role.OpsManager, ifMatch: "\"1\"").Ok<EmployeeView>();
        changed.PositionId.ShouldBe(ProductManager);
        changed.ManagerEmployeeId.ShouldBe(manager.Id);
        changed.Version.ShouldBe(2);

        (await App.Get($"/api/org/employees/{employee.Id}?version=1").Ok<EmployeeView>()).PositionId.ShouldBe(Staff);
        var history = await App.Get($"/api/org/employees/{employee.Id}/history", Role.Auditor).Ok<List<HistoryEntry>>();
        history.Select(h => (h.Type, h.Actor)).ShouldBe([("employee_hired", "admin@demo.ops"), ("employee_profile_changed", "ops-manager@demo.ops")]);
        var asOf = Uri.EscapeDataString(history[0].Timestamp.ToString("O"));
        (await App.Get($"/api/org/employees/{employee.Id}?asOf={asOf}").Ok<EmployeeView>()).ManagerEmployeeId.ShouldBeNull();

        (await App.Get($"/api/org/employees?managerEmployeeId={manager.Id}").Ok<Page<EmployeeView>>())
            .Items.ShouldHaveSingleItem().Id.ShouldBe(employee.Id);
        (await App.Get($"/api/org/employees?positionId={ProductManager}").Ok<Page<EmployeeView>>()).TotalItems.ShouldBe(1);
        (await App.Get("/api/org/employees?search=mia").Ok<Page<EmployeeView>>()).Items.ShouldHaveSingleItem().Id.ShouldBe(manager.Id);
        (await App.Get("/api/org/employees?sort=-name").Ok<Page<EmployeeView>>()).Items.Select(e => e.Name).ShouldBe(["Sam Staff", "Mia Manager"]);
    }

    [Fact]
    public async Task employees_are_listed_by_status_and_store()
    {
        var store = await App.GivenStore();
        var owner = await App.GivenEmployee(Hiring("Olga Owner") with { StoreIds = [store.Id] });
        var away = await App.GivenEmployee(Hiring("Ali Away"));
        await App.Command($"/api/org/employees/{away.Id}/start-leave", new { reason = "Parental leave" }).Ok<EmployeeView>();

        (await App.Get($"/api/org/employees?storeId={store.Id}").Ok<Page<EmployeeView>>()).Items.ShouldHaveSingleItem().Id.ShouldBe(owner.Id);
        (await App.Get("/api/org/employees?status=OnLeave").Ok<Page<EmployeeView>>()).Items.ShouldHaveSingleItem().Id.ShouldBe(away.Id);
    }

    [Fact]
    public async Task an_employee_goes_on_leave_returns_and_leaves()
    {
        var employee = await App.GivenEmployee(Hiring("Eve Worker"));

        var onLeave = await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "Parental leave" }, Role.OpsManager)
            .Ok<EmployeeView>();
        onLeave.Status.ShouldBe(EmployeeStatus.OnLeave);
        var back = await App.Command($"/api/org/employees/{employee.Id}/return-from-leave", new { reason = "" }, Role.OpsManager)
            .Ok<EmployeeView>();
        back.Status.ShouldBe(EmployeeStatus.Active);
        await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "Sick leave" }).Ok<EmployeeView>();

        var left = await App.LeaveCompany(employee.Id);

        left.Status.ShouldBe(EmployeeStatus.Left);
        left.LeftAt.ShouldBe(OpsFixture.Start);
        var history = await App.Get($"/api/org/employees/{employee.Id}/history").Ok<List<HistoryEntry>>();
        history.Select(h => h.Type).ShouldBe(
            ["employee_hired", "employee_went_on_leave", "employee_returned_from_leave", "employee_went_on_leave", "employee_left_company"]);
    }

    [Fact]
    public async Task repeating_a_status_change_changes_nothing()
    {
        var employee = await App.GivenEmployee(Hiring("Rita Repeat"));

        (await App.Command($"/api/org/employees/{employee.Id}/return-from-leave", new { reason = "" }).Ok<EmployeeView>()).Version.ShouldBe(1);
        await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "Holiday" }).Ok<EmployeeView>();
        (await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "Holiday" }).Ok<EmployeeView>()).Version.ShouldBe(2);
        await App.LeaveCompany(employee.Id);

        var (again, messages) = await App.Tracking(() => App.LeaveCompany(employee.Id));

        again.Version.ShouldBe(3);
        messages.Sent.MessagesOf<EmployeeLeft>().ShouldBeEmpty();
    }

    [Fact]
    public async Task leaving_is_final()
    {
        var employee = await App.GivenEmployee(Hiring("Leo Left"));
        await App.LeaveCompany(employee.Id);

        await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "" })
            .ShouldBeProblem(409, EmployeeRules.LeavingIsFinal.Code);
        await App.Command($"/api/org/employees/{employee.Id}/return-from-leave", new { reason = "" })
            .ShouldBeProblem(409, EmployeeRules.LeavingIsFinal.Code);
        await App.Replace($"/api/org/employees/{employee.Id}", new ChangeEmployeeRequest { Name = "Leo Back", PositionId = Staff })
            .ShouldBeProblem(409, EmployeeRules.LeavingIsFinal.Code);

        var inChinese = await App.As(Role.Admin, x =>
        {
            x.Post.Json(new { reason = "" }).ToUrl($"/api/org/employees/{employee.Id}/start-leave");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).ShouldBeProblem(409, EmployeeRules.LeavingIsFinal.Code);
        inChinese.Detail.ShouldBe(EmployeeRules.LeavingIsFinal.ChineseMessage);
    }

    [Fact]
    public async Task leaving_announces_employee_left_and_closes_the_account_and_its_tokens()
    {
        var employee = await App.GivenEmployee(Hiring("Ken Account", createAccount: true));
        var token = await App.LogInAsync(employee.Email, Password);
        await (await Bearer(token, "/api/org/me")).ShouldHaveStatus(200);

        var (left, messages) = await App.Tracking(() => App.LeaveCompany(employee.Id, "Resigned"));

        messages.Sent.SingleMessage<EmployeeLeft>().ShouldBe(new EmployeeLeft(employee.Id, OpsFixture.Start));
        var account = await App.Get($"/api/org/users/{left.UserAccountId}", Role.Admin).Ok<UserAccountView>();
        account.Status.ShouldBe(UserStatus.Deactivated);
        await Anonymous(x => x.Post.Json(new LogInRequest(employee.Email, Password)).ToUrl("/api/auth/token"))
            .ShouldBeProblem(401, UserRules.DeactivatedAccountCannotLogIn.Code);
        await Bearer(token, "/api/org/me").ShouldBeProblem(401, ProblemCodes.Unauthenticated);
    }

    [Fact]
    public async Task an_account_created_at_hiring_holds_the_roles_of_the_position()
    {
        var employee = await App.GivenEmployee(Hiring("Pat Product", ProductManager, createAccount: true));

        employee.UserAccountId.ShouldNotBeNull();
        var account = await App.Get($"/api/org/users/{employee.UserAccountId}", Role.Admin).Ok<UserAccountView>();
        (account.Email, account.DisplayName, account.Status).ShouldBe(("pat.product@example.com", "Pat Product", UserStatus.Active));
        account.Roles.ShouldBe([Role.Product]);
        var token = await Anonymous(x => x.Post.Json(new LogInRequest(employee.Email, Password)).ToUrl("/api/auth/token")).Ok<TokenResponse>();
        token.Roles.ShouldBe([Role.Product]);
    }

    [Fact]
    public async Task hiring_needs_an_existing_position_a_current_manager_and_existing_stores()
    {
        await App.Hire(Hiring("No Position", Guid.NewGuid())).ShouldBeProblem(409, EmployeeRules.PositionMustExist.Code);
        await App.Hire(Hiring("No Manager") with { ManagerEmployeeId = Guid.NewGuid() })
            .ShouldBeProblem(409, EmployeeRules.ManagerMustBeCurrentEmployee.Code);
        await App.Hire(Hiring("No Store") with { StoreIds = [Guid.NewGuid()] }).ShouldBeProblem(409, EmployeeRules.StoresMustExist.Code);

        var departed = await App.GivenEmployee(Hiring("Old Boss"));
        await App.LeaveCompany(departed.Id);
        await App.Hire(Hiring("New Hire") with { ManagerEmployeeId = departed.Id })
            .ShouldBeProblem(409, EmployeeRules.ManagerMustBeCurrentEmployee.Code);
        (await App.Get("/api/org/employees").Ok<Page<EmployeeView>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task an_email_belongs_to_one_current_employee_and_one_account()
    {
        var first = await App.GivenEmployee(Hiring("Jo Twice"));
        await App.Hire(Hiring("Jo Twice")).ShouldBeProblem(409, EmployeeRules.EmailMustBeUnique.Code);

        await App.LeaveCompany(first.Id);
        (await App.GivenEmployee(Hiring("Jo Twice"))).Id.ShouldNotBe(first.Id);

        await App.Hire(Hiring("Demo Staff", createAccount: true) with { Email = "staff@demo.ops" })
            .ShouldBeProblem(409, CreateUserRules.EmailMustBeUnique.Code);
    }

    [Fact]
    public async Task a_reporting_line_between_employees_cannot_loop()
    {
        var boss = await App.GivenEmployee(Hiring("Big Boss"));
        var report = await App.GivenEmployee(Hiring("Direct Report") with { ManagerEmployeeId = boss.Id });

        await App.Replace($"/api/org/employees/{boss.Id}", new ChangeEmployeeRequest { Name = "Big Boss", PositionId = boss.PositionId, ManagerEmployeeId = report.Id })
            .ShouldBeProblem(409, EmployeeRules.ReportingLineCannotLoop.Code);
        await App.Replace($"/api/org/employees/{boss.Id}", new ChangeEmployeeRequest { Name = "Big Boss", PositionId = boss.PositionId, ManagerEmployeeId = boss.Id })
            .ShouldBeProblem(409, EmployeeRules.ReportingLineCannotLoop.Code);
    }

    [Fact]
    public async Task hiring_validates_its_fields()
    {
        var problem = await App.Hire(new HireEmployeeRequest { Name = "", Email = "nope", CreateAccount = true }).ShouldHaveFieldError("initialPassword");
        problem.Errors!.Keys.ShouldBe(["name", "email", "positionId", "initialPassword"], ignoreOrder: true);

        await App.Hire(Hiring("Pass Without Account") with { InitialPassword = Password }).ShouldHaveFieldError("initialPassword");
        await App.Hire(Hiring("Short Password", createAccount: true) with { InitialPassword = "short" }).ShouldHaveFieldError("initialPassword");
    }

    [Fact]
    public async Task a_repeated_hire_with_the_same_idempotency_key_hires_once()
    {
        var request = Hiring("Ida Once", createAccount: true);
        async Task<(int Status, EmployeeView? Body)> HireWithKey(HireEmployeeRequest body)
        {
            var result = await App.As(Role.Admin, x =>
            {
                x.Post.Json(body).ToUrl("/api/org/employees");
                x.WithRequestHeader("Idempotency-Key", "hire-ida-1");
            });
            return (result.Context.Response.StatusCode, result.Context.Response.StatusCode == 201 ? await result.ReadAsJsonAsync<EmployeeView>() : null);
        }

        var (_, messages) = await App.Tracking(async () =>
        {
            var first = await HireWithKey(request);
            var second = await HireWithKey(request);
            first.Status.ShouldBe(201);
            second.Status.ShouldBe(201);
            second.Body!.Id.ShouldBe(first.Body!.Id);
            return first;
        });

        messages.Sent.MessagesOf<EmployeeJoined>().Count().ShouldBe(1);
        (await App.Get("/api/org/employees").Ok<Page<EmployeeView>>()).TotalItems.ShouldBe(1);
        (await HireWithKey(request with { Name = "Ida Other" })).Status.ShouldBe(422);
    }

    [Fact]
    public async Task hiring_and_leaving_are_for_admins_and_ops_managers()
    {
        await App.Hire(Hiring("By Staff"), Role.Staff).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Hire(Hiring("By Auditor"), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        var employee = await App.Hire(Hiring("By Ops Manager"), Role.OpsManager).Ok<EmployeeView>(201);

        await App.Command($"/api/org/employees/{employee.Id}/leave-company", new { reason = "" }, Role.Auditor)
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "" }, Role.Staff)
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.Command($"/api/org/employees/{employee.Id}/leave-company", new { reason = "" }, Role.OpsManager).Ok<EmployeeView>())
            .Status.ShouldBe(EmployeeStatus.Left);
        (await App.Get($"/api/org/employees/{employee.Id}", Role.Auditor).Ok<EmployeeView>()).Status.ShouldBe(EmployeeStatus.Left);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var employee = await App.GivenEmployee(Hiring("Stale Sue"));
        await App.Command($"/api/org/employees/{employee.Id}/start-leave", new { reason = "" }).Ok<EmployeeView>();

        await App.Command($"/api/org/employees/{employee.Id}/leave-company", new { reason = "" }, ifMatch: "\"1\"")
            .ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        await App.Command($"/api/org/employees/{employee.Id}/leave-company", new { reason = "" }, ifMatch: "\"2\"").Ok<EmployeeView>();
    }

    [Fact]
    public async Task an_unknown_employee_is_not_found()
    {
        await App.Get($"/api/org/employees/{Guid.NewGuid()}").ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.Command($"/api/org/employees/{Guid.NewGuid()}/start-leave", new { reason = "" }).ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.Get($"/api/org/employees/{Guid.NewGuid()}/history").ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    private Task<Alba.IScenarioResult> Bearer(string token, string url) => Anonymous(x =>
    {
        x.Get.Url(url);
        x.WithRequestHeader("Authorization", $"Bearer {token}");
    });
}
