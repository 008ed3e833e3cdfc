using FastEndpoints;
using FluentValidation;

namespace Ops.Shared.Http;

/// <summary>A request on one record that carries nothing but its id (from the route).</summary>
public sealed record RecordRequest
{
    public Guid Id { get; init; }
}

/// <summary>The body of a command on a record that needs only why, and must say it (reject, suspend, deactivate, revoke…).</summary>
public sealed record ReasonRequest
{
    public Guid Id { get; init; }
    public string Reason { get; init; } = "";
}

/// <summary>
/// The host finds validators in the module assemblies only, so an endpoint taking <see cref="ReasonRequest"/> names
/// this one: <c>Validator&lt;ReasonValidator&gt;()</c>.
/// </summary>
public sealed class ReasonValidator : Validator<ReasonRequest>
{
    public ReasonValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
