using JasperFx.Events;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inspections;

/// <summary>Due after <c>inquiryWarnAtPercent</c> of the business time from a finding's recording to its due time.</summary>
[DeadlineTimer(InspectionDeadlines.FindingTimer, "system: rectification timer", "系统：整改计时器")]
public sealed record WarnFindingDue(Guid InspectionId, int FindingNumber, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>Due at a finding's due time: the store's closing time on its due date (or the next working day).</summary>
[DeadlineTimer(InspectionDeadlines.FindingTimer, "system: rectification timer", "系统：整改计时器")]
public sealed record BreachFindingDue(Guid InspectionId, int FindingNumber, DateTimeOffset DueAt) : IDeadlineMessage;

/// <summary>
/// A finding's due date as a timer (service.md, "Inspection"; ADR 0004, 0026): a warning and a breach scheduled in the
/// outbox of the write that recorded the finding, in the store's business calendar. Reporting the rectification stops
/// the clock, so a timer finding it reported records nothing; a rejection reopens the finding, and the timers still
/// pending then count again.
/// </summary>
public static class InspectionDeadlines
{
    public const string FindingTimer = "inspection-finding";

    /// <summary>The timers the appended events start.</summary>
    public static OutgoingMessages Schedule(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var finding in events.OfType<FindingRecorded>())
            new Deadline(finding.WarnAt, finding.DueAt).Schedule(messages, new WarnFindingDue(finding.InspectionId, finding.FindingNumber, finding.DueAt),
                new BreachFindingDue(finding.InspectionId, finding.FindingNumber, finding.DueAt));
        return messages;
    }
}

public static class WarnFindingDueHandler
{
    public static void Handle(WarnFindingDue message, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection, TimeProvider time) =>
        inspection.Decide(message.InspectionId, null, i => i.Warn(message.FindingNumber, message.DueAt, time.GetUtcNow()));
}

public static class BreachFindingDueHandler
{
    public static void Handle(BreachFindingDue message, [WriteAggregate(Required = false)] IEventStream<Inspection> inspection, TimeProvider time) =>
        inspection.Decide(message.InspectionId, null, i => i.Breach(message.FindingNumber, message.DueAt, time.GetUtcNow()));
}
