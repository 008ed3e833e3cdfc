using JasperFx.Events;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

/// <summary>Due <c>warnDaysBeforeExpiry</c> days before a document expires.</summary>
[DeadlineTimer(QualificationDocumentExpiry.Timer, QualificationDocumentExpiry.TimerName, QualificationDocumentExpiry.TimerChineseName)]
public sealed record WarnQualificationDocumentExpiring(Guid SupplierId, Guid DocumentId) : IDeadlineMessage;

/// <summary>Due when a document expires.</summary>
[DeadlineTimer(QualificationDocumentExpiry.Timer, QualificationDocumentExpiry.TimerName, QualificationDocumentExpiry.TimerChineseName)]
public sealed record ExpireQualificationDocument(Guid SupplierId, Guid DocumentId) : IDeadlineMessage;

/// <summary>
/// Every filed document gets two timers, scheduled in the outbox with the event that filed it: the warning at
/// expiresOn − <c>warnDaysBeforeExpiry</c> and the expiry at expiresOn, both at the start of that day in UTC.
/// The setting in force when the document is filed decides the warning time. A replaced document's timers still
/// fire; the aggregate ignores them.
/// </summary>
public static class QualificationDocumentExpiry
{
    /// <summary>The timer that warns and expires, as history names it.</summary>
    public const string Timer = "qualification-document-expiry", TimerName = "system: document expiry timer",
        TimerChineseName = "系统：资质文件到期计时器";

    public static OutgoingMessages Schedule(IEnumerable<object> events, int warnDaysBeforeExpiry)
    {
        var messages = new OutgoingMessages();
        foreach (var added in events.OfType<QualificationDocumentAdded>())
        {
            var (supplierId, document) = (added.SupplierId, added.Document);
            Deadline.At(QualificationDocument.StartOfDayUtc(document.ExpiresOn), TimeSpan.FromDays(warnDaysBeforeExpiry))
                .Schedule(messages,
                    new WarnQualificationDocumentExpiring(supplierId, document.DocumentId),
                    new ExpireQualificationDocument(supplierId, document.DocumentId));
        }
        return messages;
    }
}

public static class WarnQualificationDocumentExpiringHandler
{
    public static void Handle(WarnQualificationDocumentExpiring message, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        TimeProvider time) =>
        supplier.Decide(message.SupplierId, expectedVersion: null, s => s.WarnDocumentExpiring(message.DocumentId, time.GetUtcNow()));
}

public static class ExpireQualificationDocumentHandler
{
    public static void Handle(ExpireQualificationDocument message, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        TimeProvider time) =>
        supplier.Decide(message.SupplierId, expectedVersion: null, s => s.ExpireDocument(message.DocumentId, time.GetUtcNow()));
}
