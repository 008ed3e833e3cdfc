using Ops.Shared.Outcomes;

namespace Ops.Selection.Suppliers;

/// <summary>
/// A report from another module names a supplier selection has never registered. Retrying cannot help: supplier ids
/// are only ever made here, so no later write will make it known. Dropping it would lose a quality incident or a
/// delivery without trace, so the handlers throw this instead and Wolverine's default error handling moves the
/// message to the dead letters on the first failure (no retries; the tests pin that), where the message and this
/// error stay for someone to look into and, once the data is put right, replay.
/// </summary>
public sealed class UnknownSupplierException(Guid supplierId, object message)
    : Exception($"{message.GetType().Name} names supplier {supplierId}, which selection does not know.")
{
    /// <summary>Throws for a not-found outcome (the only refusal a report can meet).</summary>
    public static void ThrowIfNotFound(Outcome outcome, object message)
    {
        if (outcome is Outcome.NotFound notFound) throw new UnknownSupplierException(notFound.Id, message);
    }
}
