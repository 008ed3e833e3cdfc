using FastEndpoints;
using FluentValidation;

namespace Ops.Organization.Employees;

/// <summary>The body of a status change (on leave, back, left): why, for the record.</summary>
public sealed record EmployeeStatusRequest
{
    public Guid Id { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class EmployeeStatusValidator : Validator<EmployeeStatusRequest>
{
    public EmployeeStatusValidator() => RuleFor(r => r.Reason).NotNull().MaximumLength(500);
}
