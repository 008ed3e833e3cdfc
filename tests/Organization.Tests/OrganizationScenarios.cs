using Alba;
using Ops.Organization;
using Ops.Organization.Departments;
using Ops.Organization.Employees;
using Ops.Organization.Positions;
using Ops.Organization.Stores;
using Ops.Shared;

namespace Organization.Tests;

/// <summary>Given-state for the organisation's tests, built only through the public API.</summary>
public static class OrganizationScenarios
{
    public const string Password = "Welcome!2026";

    public static Task<IScenarioResult> RegisterStore(this OrganizationApp app, RegisterStoreRequest request, string role = Role.Admin) =>
        app.As(role, x => x.Post.Json(request).ToUrl("/api/org/stores"));

    public static Task<StoreView> GivenStore(this OrganizationApp app, string sellerName = "Acme Outdoor") =>
        app.RegisterStore(new RegisterStoreRequest { SellerName = sellerName }).Ok<StoreView>(201);

    public static Task<IScenarioResult> CreateDepartment(this OrganizationApp app, CreateDepartmentRequest request, string role = Role.Admin) =>
        app.As(role, x => x.Post.Json(request).ToUrl("/api/org/departments"));

    public static Task<DepartmentView> GivenDepartment(this OrganizationApp app, string code = "research", string name = "Research") =>
        app.CreateDepartment(new CreateDepartmentRequest(code, name, null)).Ok<DepartmentView>(201);

    public static Task<IScenarioResult> CreatePosition(this OrganizationApp app, CreatePositionRequest request, string role = Role.Admin) =>
        app.As(role, x => x.Post.Json(request).ToUrl("/api/org/positions"));

    public static CreatePositionRequest Position(string title, Guid departmentId, params string[] roles) =>
        new() { Title = title, DepartmentId = departmentId, Roles = roles, Duties = $"Duties of the {title}." };

    public static Task<IScenarioResult> Hire(this OrganizationApp app, HireEmployeeRequest request, string role = Role.Admin) =>
        app.As(role, x => x.Post.Json(request).ToUrl("/api/org/employees"));

    /// <summary>A hire into a seeded position (customer service agent unless said otherwise).</summary>
    public static HireEmployeeRequest Hiring(string name, Guid? positionId = null, bool createAccount = false) => new()
    {
        Name = name,
        Email = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.com",
        PositionId = positionId ?? OrganizationStructureSeed.PositionId("customer-service-agent"),
        CreateAccount = createAccount,
        InitialPassword = createAccount ? Password : null,
    };

    public static Task<EmployeeView> GivenEmployee(this OrganizationApp app, HireEmployeeRequest request) =>
        app.Hire(request).Ok<EmployeeView>(201);

    public static Task<IScenarioResult> Command(this OrganizationApp app, string url, object body, string role = Role.Admin, string? ifMatch = null) =>
        app.As(role, x =>
        {
            x.Post.Json(body).ToUrl(url);
            if (ifMatch is not null) x.WithRequestHeader("If-Match", ifMatch);
        });

    public static Task<IScenarioResult> Replace(this OrganizationApp app, string url, object body, string role = Role.Admin, string? ifMatch = null) =>
        app.As(role, x =>
        {
            x.Put.Json(body).ToUrl(url);
            if (ifMatch is not null) x.WithRequestHeader("If-Match", ifMatch);
        });

    public static Task<IScenarioResult> Get(this OrganizationApp app, string url, string role = Role.Staff) =>
        app.As(role, x => x.Get.Url(url));

    public static Task<EmployeeView> LeaveCompany(this OrganizationApp app, Guid employeeId, string reason = "Moved abroad") =>
        app.Command($"/api/org/employees/{employeeId}/leave-company", new { reason }).Ok<EmployeeView>();
}
