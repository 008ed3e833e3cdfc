using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Employees;

public enum EmployeeStatus { Active, OnLeave, Left }

/// <summary>
/// Who an employee is at work: name, position, manager, and the stores and SKUs they own (the scope of their KPIs and
/// checklists). Lists are kept sorted, so an unchanged profile compares equal and a repeat writes nothing.
/// </summary>
public sealed record EmployeeProfile(string Name, Guid PositionId, Guid? ManagerEmployeeId, IReadOnlyList<Guid> StoreIds, IReadOnlyList<string> Skus)
{
    public bool Equals(EmployeeProfile? other) =>
        other is not null && Name == other.Name && PositionId == other.PositionId && ManagerEmployeeId == other.ManagerEmployeeId
        && StoreIds.SequenceEqual(other.StoreIds) && Skus.SequenceEqual(other.Skus);

    public override int GetHashCode() => HashCode.Combine(Name, PositionId);

    public static EmployeeProfile Of(string name, Guid positionId, Guid? managerEmployeeId, IEnumerable<Guid> storeIds, IEnumerable<string> skus) =>
        new(name.Trim(), positionId, managerEmployeeId, [.. storeIds.Distinct().Order()],
            [.. skus.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}

[History("Employee hired", "员工已入职")]
public sealed record EmployeeHired(Guid EmployeeId, string Email, EmployeeProfile Profile, Guid? UserAccountId, string HiredBy, DateTimeOffset HiredAt);

[History("Employee profile changed", "员工资料已修改")]
public sealed record EmployeeProfileChanged(Guid EmployeeId, EmployeeProfile Profile, string ChangedBy, DateTimeOffset ChangedAt);

[History("Employee went on leave", "员工开始休假")]
public sealed record EmployeeWentOnLeave(Guid EmployeeId, string Reason, string RecordedBy, DateTimeOffset StartedAt);

[History("Employee returned from leave", "员工已休假归来")]
public sealed record EmployeeReturnedFromLeave(Guid EmployeeId, string Reason, string RecordedBy, DateTimeOffset ReturnedAt);

[History("Employee left the company", "员工已离职")]
public sealed record EmployeeLeftCompany(Guid EmployeeId, string Reason, string RecordedBy, DateTimeOffset LeftAt);

public static class EmployeeRules
{
    public static readonly Rule EmailMustBeUnique =
        new("employee.email_must_be_unique", "Another current employee already uses this email.", "该邮箱已被其他在职员工使用。");
    public static readonly Rule PositionMustExist =
        new("employee.position_must_exist", "The employee's position does not exist.", "员工的岗位不存在。");
    public static readonly Rule ManagerMustBeCurrentEmployee =
        new("employee.manager_must_be_a_current_employee", "The manager must be an employee who has not left.", "直属上级必须是未离职的员工。");
    public static readonly Rule ReportingLineCannotLoop =
        new("employee.reporting_line_cannot_loop", "An employee cannot manage themselves, directly or through others.",
            "员工不能直接或间接管理自己。");
    public static readonly Rule StoresMustExist =
        new("employee.stores_must_exist", "Every store an employee owns must exist.", "员工负责的店铺必须都存在。");
    public static readonly Rule LeavingIsFinal =
        new("employee.leaving_is_final", "This employee has left: they cannot go on leave, return or change. Hire them again instead.",
            "该员工已离职：不能休假、复岗或修改信息；如需返聘请重新录用。");
}

/// <summary>What an employee's references turned out to be when the command ran.</summary>
public sealed record EmployeeReferences(bool PositionExists, bool ManagerIsCurrentEmployee, bool ReportingLineLoops, bool StoresExist)
{
    public Rule? Refusal =>
        !PositionExists ? EmployeeRules.PositionMustExist
        : !ManagerIsCurrentEmployee ? EmployeeRules.ManagerMustBeCurrentEmployee
        : ReportingLineLoops ? EmployeeRules.ReportingLineCannotLoop
        : !StoresExist ? EmployeeRules.StoresMustExist
        : null;
}

/// <summary>A person at the company: <c>Active ⇄ OnLeave</c>, and from either <c>Left</c>, which is final. A repeat changes nothing.</summary>
public sealed record Employee(Guid Id, EmployeeStatus Status, EmployeeProfile Profile, Guid? UserAccountId)
{
    public static Employee Create(EmployeeHired e) => new(e.EmployeeId, EmployeeStatus.Active, e.Profile, e.UserAccountId);
    public Employee Apply(EmployeeProfileChanged e) => this with { Profile = e.Profile };
    public Employee Apply(EmployeeWentOnLeave _) => this with { Status = EmployeeStatus.OnLeave };
    public Employee Apply(EmployeeReturnedFromLeave _) => this with { Status = EmployeeStatus.Active };
    public Employee Apply(EmployeeLeftCompany _) => this with { Status = EmployeeStatus.Left };

    public static Decision Hire(Guid id, string email, EmployeeProfile profile, Guid? userAccountId, bool emailTaken,
        EmployeeReferences references, string by, DateTimeOffset now) =>
        emailTaken ? EmployeeRules.EmailMustBeUnique
        : references.Refusal is { } rule ? rule
        : Decision.Accept(new EmployeeHired(id, email, profile, userAccountId, by, now));

    public Decision ChangeProfile(EmployeeProfile profile, EmployeeReferences references, string by, DateTimeOffset now) =>
        Status == EmployeeStatus.Left ? EmployeeRules.LeavingIsFinal
        : profile == Profile ? Decision.Accept()
        : references.Refusal is { } rule ? rule
        : Decision.Accept(new EmployeeProfileChanged(Id, profile, by, now));

    public Decision StartLeave(string reason, string by, DateTimeOffset now) => Status switch
    {
        EmployeeStatus.Left => EmployeeRules.LeavingIsFinal,
        EmployeeStatus.OnLeave => Decision.Accept(),
        _ => Decision.Accept(new EmployeeWentOnLeave(Id, reason, by, now)),
    };

    public Decision ReturnFromLeave(string reason, string by, DateTimeOffset now) => Status switch
    {
        EmployeeStatus.Left => EmployeeRules.LeavingIsFinal,
        EmployeeStatus.Active => Decision.Accept(),
        _ => Decision.Accept(new EmployeeReturnedFromLeave(Id, reason, by, now)),
    };

    public Decision Leave(string reason, string by, DateTimeOffset now) =>
        Status == EmployeeStatus.Left ? Decision.Accept() : Decision.Accept(new EmployeeLeftCompany(Id, reason, by, now));
}
