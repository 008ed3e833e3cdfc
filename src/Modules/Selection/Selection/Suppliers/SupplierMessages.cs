using JasperFx.Events;
using Wolverine;
using Contracts = Ops.Selection.Contracts;

namespace Ops.Selection.Suppliers;

/// <summary>
/// What other modules hear about a supplier (selection.md, "Messages"), derived from the events a handler has just
/// appended: a refusal or an idempotent repeat appends nothing and so publishes nothing.
/// </summary>
public static class SupplierMessages
{
    public static OutgoingMessages PublishedBy(IEventStream<Supplier> supplier)
    {
        var messages = new OutgoingMessages();
        if (supplier.Aggregate is not { } before) return messages;

        foreach (var e in supplier.Events.Select(e => e.Data))
        {
            switch (e)
            {
                case SupplierEvaluated evaluated when evaluated.Grade != evaluated.PreviousGrade:
                    messages.Add(new Contracts.SupplierGradeChanged(before.Id, before.Name, evaluated.PreviousGrade?.ToString(),
                        evaluated.Grade.ToString(), evaluated.WeightedScore, evaluated.EvaluatedAt));
                    break;
                case SupplierSuspended suspended:
                    messages.Add(new Contracts.SupplierSuspended(before.Id, before.Name, suspended.Reason, suspended.SuspendedAt));
                    break;
            }
        }
        return messages;
    }
}
