using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Organization.Positions;

/// <summary>What a request defining a position carries, whether it creates or changes one.</summary>
public interface IPositionFields
{
    string Title { get; }
    Guid DepartmentId { get; }
    IReadOnlyList<string> Roles { get; }
    Guid? ReportsToPositionId { get; }
    string Duties { get; }
}

public abstract class PositionFieldsValidator<TRequest> : Validator<TRequest> where TRequest : IPositionFields
{
    /// <summary>Roles people can hold: every role but <c>integration</c>, which belongs to API clients.</summary>
    public static bool IsGrantable(string role) => Role.IsKnown(role) && role != Role.Integration;

    protected PositionFieldsValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DepartmentId).NotEmpty();
        RuleFor(r => r.Roles).NotEmpty().MaximumCount(Role.All.Count);
        RuleForEach(r => r.Roles).MaximumLength(50).Must(IsGrantable).WithMessage(_ => Bilingual.Pick(
            $"Roles must be among: {string.Join(", ", Role.All.Where(IsGrantable))}.",
            $"角色必须是以下之一：{string.Join(", ", Role.All.Where(IsGrantable))}。"));
        RuleFor(r => r.Duties).NotNull().MaximumLength(4000);
    }
}

internal static class PositionFields
{
    public static PositionDefinition ToDefinition(this IPositionFields fields) =>
        new(fields.Title.Trim(), fields.DepartmentId, [.. fields.Roles.Distinct()], fields.ReportsToPositionId, fields.Duties.Trim());
}
