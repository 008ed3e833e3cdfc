using Ops.Shared.Outcomes;
using Wolverine;
using Contracts = Ops.Selection.Contracts;

namespace Ops.Selection.Suppliers;

/// <summary>
/// What other modules hear about a supplier (selection.md, "Messages"), derived from the events the decision appended
/// (<see cref="Outcome.Accepted.Appended"/>) and the supplier before them: a refusal or an idempotent repeat appends
/// nothing and so publishes nothing.
/// </summary>
public static class SupplierMessages
{
    public static OutgoingMessages PublishedBy(Supplier? before, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        if (before is null) return messages;

        foreach (var e in outcome.Appended())
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
