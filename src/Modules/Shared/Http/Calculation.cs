namespace Ops.Shared.Http;

/// <summary>
/// Marks a POST endpoint that computes an answer from its body and saves nothing (a what-if estimate): it answers 200,
/// not 201 with a <c>Location</c>, takes no <c>Idempotency-Key</c> and no <c>If-Match</c>. The OpenAPI document reads
/// the mark; without it a POST to a collection is documented as a create.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CalculationAttribute : Attribute;
