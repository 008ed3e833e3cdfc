using Ops.Shared.Audit;

namespace Ops.Service.Inquiries;

// The facts of an inquiry's life, in the order they may happen. Never renamed once stored.

/// <summary>The customer who wrote, as the channel gave them.</summary>
public sealed record InquiryCustomer(string Name, string? Email);

/// <summary>What the customer asked, and about what.</summary>
public sealed record InquiryMessage(string Subject, string Body, InquiryTopic Topic, string? OrderNumber, string? Sku, string? Language);

/// <summary>
/// A response deadline as it was set when the inquiry arrived: warned at <paramref name="WarnAt"/>, breached at
/// <paramref name="DueAt"/>. <paramref name="WithinMinutes"/> is the time allowed: business time of the store's calendar
/// for ours, calendar time for Amazon's.
/// </summary>
public sealed record ResponseDeadline(int WithinMinutes, DateTimeOffset WarnAt, DateTimeOffset DueAt);

/// <summary>
/// A customer's inquiry was recorded: our first response is due by <see cref="ResponseDeadline.DueAt"/> of
/// <paramref name="OurDeadline"/>, counted in the business hours of <paramref name="TimeZone"/>'s store calendar; an
/// Amazon buyer message also by <paramref name="AmazonDeadline"/>, 24 hours of calendar time.
/// </summary>
[History("Inquiry received", "咨询已接收")]
public sealed record InquiryReceived(
    Guid InquiryId, Guid StoreId, string Marketplace, InquiryChannel Channel, InquiryCustomer Customer, InquiryMessage Message,
    DateTimeOffset ReceivedAt, string TimeZone, ResponseDeadline OurDeadline, ResponseDeadline? AmazonDeadline,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>
    /// Set when service opened the inquiry itself, proactively, to tell the customer of this shipment exception
    /// (<c>ShipmentExceptionRaised</c>): ours to write first, on our clock only.
    /// </summary>
    public Guid? ShipmentExceptionId { get; init; }
}

/// <summary>The inquiry is still unanswered after the warning share of a response deadline.</summary>
[History("Response deadline near", "回复期限临近预警")]
public sealed record InquiryResponseWarned(Guid InquiryId, ResponseClock Clock, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>The inquiry was still unanswered when a response deadline fell due.</summary>
[History("Response deadline breached", "回复期限已超时")]
public sealed record InquiryResponseBreached(Guid InquiryId, ResponseClock Clock, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>
/// The first response was sent: it stops both clocks. <paramref name="WithinOurDeadline"/> and
/// <paramref name="WithinAmazonDeadline"/> (null without Amazon's clock) say whether it came before each was due.
/// </summary>
[History("Inquiry responded", "咨询已回复")]
public sealed record InquiryResponded(
    Guid InquiryId, string Text, bool WithinOurDeadline, bool? WithinAmazonDeadline, string RespondedBy, DateTimeOffset RespondedAt);
