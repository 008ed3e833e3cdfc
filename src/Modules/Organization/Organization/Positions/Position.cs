using Ops.Shared.Outcomes;
using Ops.Shared.Audit;

namespace Ops.Organization.Positions;

/// <summary>What a position is: its department, the roles it grants, whom it reports to and its duties (from the policy).</summary>
public sealed record PositionDefinition(string Title, Guid DepartmentId, IReadOnlyList<string> Roles, Guid? ReportsToPositionId, string Duties)
{
    public bool Equals(PositionDefinition? other) =>
        other is not null && Title == other.Title && DepartmentId == other.DepartmentId && Roles.SequenceEqual(other.Roles)
        && ReportsToPositionId == other.ReportsToPositionId && Duties == other.Duties;

    public override int GetHashCode() => HashCode.Combine(Title, DepartmentId);
}

[History("Position created", "岗位已创建")]
public sealed record PositionCreated(Guid PositionId, PositionDefinition Definition, string CreatedBy, DateTimeOffset CreatedAt);

[History("Position changed", "岗位已修改")]
public sealed record PositionChanged(Guid PositionId, PositionDefinition Definition, string ChangedBy, DateTimeOffset ChangedAt);

public static class PositionRules
{
    public static readonly Rule DepartmentMustExist =
        new("position.department_must_exist", "The position's department does not exist.", "岗位所属的部门不存在。");
    public static readonly Rule ReportsToMustExist =
        new("position.reports_to_must_exist", "The position it reports to does not exist.", "岗位的上级岗位不存在。");
    public static readonly Rule ReportingLineCannotLoop =
        new("position.reporting_line_cannot_loop", "A position cannot report to itself, directly or through others.",
            "岗位不能直接或间接向自己汇报。");
}

/// <summary>What a position's references turned out to be when the command ran.</summary>
public sealed record PositionReferences(bool DepartmentExists, bool ReportsToExists, bool ReportingLineLoops)
{
    public Rule? Refusal =>
        !DepartmentExists ? PositionRules.DepartmentMustExist
        : !ReportsToExists ? PositionRules.ReportsToMustExist
        : ReportingLineLoops ? PositionRules.ReportingLineCannotLoop
        : null;
}

public sealed record Position(Guid Id, PositionDefinition Definition)
{
    public static Position Create(PositionCreated e) => new(e.PositionId, e.Definition);
    public Position Apply(PositionChanged e) => this with { Definition = e.Definition };

    public static Decision Define(Guid id, PositionDefinition definition, PositionReferences references, string by, DateTimeOffset now) =>
        references.Refusal is { } rule ? rule : Decision.Accept(new PositionCreated(id, definition, by, now));

    public Decision Change(PositionDefinition definition, PositionReferences references, string by, DateTimeOffset now) =>
        definition == Definition ? Decision.Accept()
        : references.Refusal is { } rule ? rule
        : Decision.Accept(new PositionChanged(Id, definition, by, now));
}
