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
/// A standard answer a response cited: its id and the approved <paramref name="Version"/> cited, with that version's
/// question and English text as they were (a later version does not change what was cited).
/// </summary>
public sealed record AnswerCitation(Guid AnswerId, int Version, string Question, string EnglishText);

/// <summary>
/// The first response since the inquiry arrived (or was reopened) was sent: it stops both clocks.
/// <paramref name="WithinOurDeadline"/> and <paramref name="WithinAmazonDeadline"/> (null without Amazon's clock) say
/// whether it came before each was due. <paramref name="Number"/> counts the inquiry's responses from 1.
/// </summary>
[History("Inquiry responded", "咨询已回复")]
public sealed record InquiryResponded(
    Guid InquiryId, int Number, string Text, AnswerCitation? CitedAnswer, bool WithinOurDeadline, bool? WithinAmazonDeadline,
    string RespondedBy, DateTimeOffset RespondedAt);

/// <summary>A further response in the conversation, after the clocks had stopped: it changes no deadline.</summary>
[History("Further response sent", "已追加回复")]
public sealed record InquiryResponseAdded(
    Guid InquiryId, int Number, string Text, AnswerCitation? CitedAnswer, string RespondedBy, DateTimeOffset RespondedAt);

/// <summary>The customer's question was answered to an end.</summary>
[History("Inquiry resolved", "咨询已解决")]
public sealed record InquiryResolved(Guid InquiryId, string? Note, string ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>The resolved inquiry was closed: nothing more is expected.</summary>
[History("Inquiry closed", "咨询已关闭")]
public sealed record InquiryClosed(Guid InquiryId, string ClosedBy, DateTimeOffset ClosedAt);

/// <summary>
/// The customer wrote again about a resolved or closed inquiry (<paramref name="Message"/>, arrived at
/// <paramref name="ReceivedAt"/>): it is open again and new first-response clocks run from that arrival, as for a new
/// inquiry.
/// </summary>
[History("Inquiry reopened", "咨询已重新打开")]
public sealed record InquiryReopened(
    Guid InquiryId, string Message, DateTimeOffset ReceivedAt, string TimeZone, ResponseDeadline OurDeadline, ResponseDeadline? AmazonDeadline,
    string ReopenedBy, DateTimeOffset ReopenedAt);

/// <summary>
/// Quality assurance: a reviewer other than the responder (<paramref name="Responder"/>) marked response
/// <paramref name="ResponseNumber"/> accurate or not.
/// </summary>
[History("Response reviewed", "回复已质检")]
public sealed record InquiryResponseReviewed(
    Guid InquiryId, int ResponseNumber, string Responder, bool Accurate, string? Note, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>The customer rated the service from 1 (very dissatisfied) to 5 (very satisfied).</summary>
[History("Customer satisfaction recorded", "已记录客户满意度")]
public sealed record InquirySatisfactionRecorded(Guid InquiryId, int Score, string? Comment, string RecordedBy, DateTimeOffset RecordedAt);
