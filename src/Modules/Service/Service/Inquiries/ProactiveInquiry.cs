using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service.Inquiries;

/// <summary>An exception in a store service has no calendar for: retrying cannot help, so it waits in the dead letters (ADR 0006).</summary>
public sealed class ProactiveInquiryStoreUnknownException(ShipmentExceptionRaised raised)
    : Exception($"Shipment exception {raised.ExceptionId} of order {raised.OrderNumber} names store {raised.StoreId}, which service does not know.");

/// <summary>
/// Logistics detected a shipment exception (<c>ShipmentExceptionRaised</c>): service opens an inquiry to inform the
/// customer before they ask (service.md, "Messages"). It goes the way every inquiry goes (<see cref="Inquiry.Receive"/>,
/// its clocks, its inbox), with topic Shipping and the order's number, and is marked proactive
/// (<see cref="InquiryReceived.ShipmentExceptionId"/>): ours to write first, so only our first-response clock runs, in the
/// store's business hours from the detection; Amazon's 24 hours answer a buyer's message, and the buyer sent none.
/// One inquiry per exception: its id follows from the exception's, so a redelivery finds it and opens nothing.
/// </summary>
public static class ShipmentExceptionRaisedHandler
{
    public static Guid InquiryIdFor(Guid exceptionId) => DeterministicGuid.From($"ops.service.proactive-inquiry.{exceptionId}");

    public static async Task<OutgoingMessages> Handle(ShipmentExceptionRaised raised, IDocumentSession session, ServiceSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var id = InquiryIdFor(raised.ExceptionId);
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null) return [];
        if (await session.LoadAsync<StoreCalendarCopy>(raised.StoreId, ct) is not { } calendar) throw new ProactiveInquiryStoreUnknownException(raised);

        session.LastModifiedBy = context.Actor();
        var now = time.GetUtcNow();
        var intake = new InquiryIntake(raised.StoreId, raised.Marketplace, InquiryChannel.AmazonBuyerMessage,
            new InquiryCustomer($"Buyer of order {raised.OrderNumber}", null),
            new InquiryMessage(Subject(raised), Body(raised), InquiryTopic.Shipping, raised.OrderNumber, null, null),
            raised.DetectedAt < now ? raised.DetectedAt : now);
        var received = Inquiry.Receive(id, intake, calendar.ToWorkingCalendar(), policy, context.Actor(), now);
        var proactive = received.IsRefused
            ? received
            : Decision.Accept([.. received.Events.Select(e => e is InquiryReceived r ? r with { AmazonDeadline = null, ShipmentExceptionId = raised.ExceptionId } : e)]);
        var outcome = session.StartStream<Inquiry>(id, proactive, key: null, now);
        return InquiryDeadlines.Schedule(outcome.Appended());
    }

    private static string Subject(ShipmentExceptionRaised raised) => raised.Kind switch
    {
        ShipmentExceptionKind.Delay => $"Your order {raised.OrderNumber} is delayed",
        ShipmentExceptionKind.Lost => $"Your order {raised.OrderNumber} was lost in transit",
        ShipmentExceptionKind.Damaged => $"Your order {raised.OrderNumber} was damaged in transit",
        ShipmentExceptionKind.AddressProblem => $"Your order {raised.OrderNumber}: a problem with the delivery address",
        _ => $"Your order {raised.OrderNumber}: a problem with its shipment",
    };

    private static string Body(ShipmentExceptionRaised raised) =>
        raised.Carrier is null ? raised.Description : $"{raised.Description}\n\nCarrier: {raised.Carrier}, tracking number: {raised.TrackingNumber ?? "–"}.";
}
