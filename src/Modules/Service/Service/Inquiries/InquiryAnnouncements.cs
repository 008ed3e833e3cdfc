using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Inquiries;

/// <summary>
/// What other modules hear about an inquiry (service.md, "Messages"), derived from the events the decision appended and
/// the inquiry before them: a refusal, or a timer that changes nothing, publishes nothing. A reopened inquiry's first
/// response is announced again, with the reopening's arrival as <c>ReceivedAt</c>.
/// </summary>
public static class InquiryAnnouncements
{
    public static OutgoingMessages PublishedBy(Inquiry? before, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        if (before is null) return messages;

        foreach (var e in outcome.Appended())
        {
            switch (e)
            {
                case InquiryResponded responded:
                    messages.Add(new Contracts.InquiryResponded(before.Id, before.StoreId, before.Marketplace, before.Sku, before.ReceivedAt,
                        responded.RespondedAt, responded.WithinOurDeadline, responded.WithinAmazonDeadline));
                    break;
                case InquiryResponseBreached breached:
                    messages.Add(new Contracts.ResponseSlaBreached(before.Id, before.StoreId, before.Marketplace,
                        breached.Clock == ResponseClock.Ours ? Contracts.InquiryResponseClock.Ours : Contracts.InquiryResponseClock.Amazon,
                        breached.DueAt, breached.BreachedAt));
                    break;
                case InquiryResponseReviewed reviewed:
                    messages.Add(new Contracts.ServiceQaReviewed(before.Id, before.StoreId, before.Marketplace, reviewed.ResponseNumber,
                        reviewed.Responder, reviewed.Accurate, reviewed.ReviewedBy, reviewed.ReviewedAt));
                    break;
                case InquirySatisfactionRecorded rated:
                    messages.Add(new Contracts.CustomerSatisfactionRecorded(before.Id, before.StoreId, before.Marketplace, before.Sku,
                        before.RoundAgent!, rated.Score, rated.RecordedAt));
                    break;
            }
        }
        return messages;
    }
}
