using FastEndpoints;
using FluentValidation;
using Ops.Shared.Validation;

namespace Ops.Organization.Employees;

/// <summary>What a request setting an employee's profile carries, whether it hires or changes them.</summary>
public interface IEmployeeProfileFields
{
    string Name { get; }
    Guid PositionId { get; }
    Guid? ManagerEmployeeId { get; }
    IReadOnlyList<Guid> StoreIds { get; }
    IReadOnlyList<string> Skus { get; }
}

public abstract class EmployeeProfileValidator<TRequest> : Validator<TRequest> where TRequest : IEmployeeProfileFields
{
    protected EmployeeProfileValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.PositionId).NotEmpty();
        RuleFor(r => r.StoreIds).NotNull().MaximumCount(100);
        RuleFor(r => r.Skus).NotNull().MaximumCount(500);
        RuleForEach(r => r.Skus).NotEmpty().MaximumLength(64);
    }
}

internal static class EmployeeProfileFields
{
    public static EmployeeProfile ToProfile(this IEmployeeProfileFields fields) =>
        EmployeeProfile.Of(fields.Name, fields.PositionId, fields.ManagerEmployeeId, fields.StoreIds, fields.Skus);
}
