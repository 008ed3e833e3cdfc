using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Complaints;

/// <summary>
/// What other modules hear about a complaint (service.md, "Messages"): its registration and each resolution, derived from
/// the events the decision appended and the complaint before them. A refusal publishes nothing.
/// </summary>
public static class ComplaintAnnouncements
{
    public static OutgoingMessages PublishedBy(Complaint? before, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        foreach (var e in outcome.Appended())
        {
            switch (e)
            {
                case ComplaintRegistered r:
                    messages.Add(new Contracts.ComplaintRegistered(r.ComplaintId, r.StoreId, r.Marketplace, r.OrderNumber, r.Sku, r.Category?.ToString(),
                        r.Problem, r.ReceivedAt, r.EscalationDeadline.DueAt, r.ResolutionDeadline.DueAt));
                    break;
                case ComplaintResolved r when before is not null:
                    messages.Add(new Contracts.ComplaintResolved(before.Id, before.StoreId, before.Marketplace, before.OrderNumber, before.Sku,
                        before.Category?.ToString(), before.ReceivedAt, before.Resolution.DueAt, r.ResolvedAt, r.WithinDeadline, r.Round));
                    break;
            }
        }
        return messages;
    }
}
