using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Departments;

[History("Department created", "部门已创建")]
public sealed record DepartmentCreated(Guid DepartmentId, string Code, string Name, Guid? HeadEmployeeId, string CreatedBy, DateTimeOffset CreatedAt);

[History("Department changed", "部门已修改")]
public sealed record DepartmentChanged(Guid DepartmentId, string Name, Guid? HeadEmployeeId, string ChangedBy, DateTimeOffset ChangedAt);

public static class DepartmentRules
{
    public static readonly Rule CodeMustBeUnique =
        new("department.code_must_be_unique", "Another department already uses this code.",
            "该部门代码已被其他部门使用。");
    public static readonly Rule HeadMustBeCurrentEmployee =
        new("department.head_must_be_a_current_employee", "The head of a department must be an employee who has not left.",
            "部门负责人必须是未离职的员工。");
}

/// <summary>A department of the organisation (operations, product, sales/listing, …). Its code is fixed once created.</summary>
public sealed record Department(Guid Id, string Name, Guid? HeadEmployeeId)
{
    public static Department Create(DepartmentCreated e) => new(e.DepartmentId, e.Name, e.HeadEmployeeId);
    public Department Apply(DepartmentChanged e) => this with { Name = e.Name, HeadEmployeeId = e.HeadEmployeeId };

    public static Decision Open(Guid id, string code, string name, Guid? head, bool codeTaken, bool headIsCurrentEmployee,
        string by, DateTimeOffset now) =>
        codeTaken ? DepartmentRules.CodeMustBeUnique
        : !headIsCurrentEmployee ? DepartmentRules.HeadMustBeCurrentEmployee
        : Decision.Accept(new DepartmentCreated(id, code, name, head, by, now));

    /// <summary>A head who has since left does not block renaming; only a newly named head is checked.</summary>
    public Decision Change(string name, Guid? head, bool headIsCurrentEmployee, string by, DateTimeOffset now) =>
        name == Name && head == HeadEmployeeId ? Decision.Accept()
        : head != HeadEmployeeId && !headIsCurrentEmployee ? DepartmentRules.HeadMustBeCurrentEmployee
        : Decision.Accept(new DepartmentChanged(Id, name, head, by, now));
}
