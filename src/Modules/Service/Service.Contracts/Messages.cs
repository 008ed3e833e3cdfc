namespace Ops.Service.Contracts;

/// <summary>Whether the customer wants their money back or the same item again.</summary>
public enum ReturnKind { Refund, Exchange }

/// <summary>Why the customer returns the item (the return policy's reasons).</summary>
public enum ReturnReason { Defective, NotAsDescribed, DamagedInTransit, WrongItem, NoLongerNeeded, Other }

/// <summary>
/// Service approved a customer's return or exchange within the return window; logistics takes the item back, inspects
/// it and reports the finding (<c>ReturnInspected</c>). <see cref="ReturnId"/> makes a redelivery a no-op.
/// </summary>
public sealed record ReturnRequested(
    Guid ReturnId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    string Sku,
    int Quantity,
    ReturnKind Kind,
    ReturnReason Reason,
    string? CustomerComment,
    DateTimeOffset RequestedAt);

/// <summary>Which first-response deadline: ours, in the store's business hours, or Amazon's 24 hours of calendar time.</summary>
public enum InquiryResponseClock { Ours, Amazon }

/// <summary>
/// Service answered a customer's inquiry for the first time. <see cref="OnTime"/>: before our business-hours deadline;
/// <see cref="OnAmazonTime"/>: before Amazon's (null for channels without it). The timely-response rate counts these.
/// </summary>
public sealed record InquiryResponded(
    Guid InquiryId,
    Guid StoreId,
    string Marketplace,
    string? Sku,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RespondedAt,
    bool OnTime,
    bool? OnAmazonTime);

/// <summary>An inquiry was still unanswered when one of its first-response deadlines fell due.</summary>
public sealed record ResponseSlaBreached(
    Guid InquiryId,
    Guid StoreId,
    string Marketplace,
    InquiryResponseClock Clock,
    DateTimeOffset DueAt,
    DateTimeOffset BreachedAt);

/// <summary>What a piece of customer feedback is about (service.md, "Customer feedback").</summary>
public enum FeedbackCategory { ProductQuality, Packaging, ListingAccuracy, Shipping, Service, Price }

/// <summary>Where a piece of customer feedback came from.</summary>
public enum FeedbackSource { Inquiry, Complaint, Review, FollowUp, Other }

/// <summary>
/// A customer's feedback was captured, categorised and, where it names one, tied to a SKU: the voice of the customer that
/// data counts by category and SKU, and selection reads for its products. <see cref="FeedbackId"/> makes a redelivery a no-op.
/// </summary>
public sealed record FeedbackCaptured(
    Guid FeedbackId,
    Guid StoreId,
    string Marketplace,
    FeedbackCategory Category,
    FeedbackSource Source,
    string? Sku,
    string Text,
    DateTimeOffset CapturedAt);

/// <summary>
/// Quality assurance reviewed one response of an inquiry: <see cref="Agent"/> sent it, <see cref="ReviewedBy"/> (never
/// the agent) found it accurate or not. The answer-accuracy KPI counts these; <see cref="InquiryId"/> and
/// <see cref="ResponseNumber"/> identify the response, so a redelivery is recognised.
/// </summary>
public sealed record ServiceQaReviewed(
    Guid InquiryId,
    Guid StoreId,
    string Marketplace,
    int ResponseNumber,
    string Agent,
    bool Accurate,
    string ReviewedBy,
    DateTimeOffset ReviewedAt);

/// <summary>
/// A customer rated the service of an inquiry from 1 (very dissatisfied) to 5 (very satisfied). <see cref="Agent"/>
/// answered that round of the conversation first. At most one per inquiry and round (receipt or reopening).
/// </summary>
public sealed record CustomerSatisfactionRecorded(
    Guid InquiryId,
    Guid StoreId,
    string Marketplace,
    string? Sku,
    string Agent,
    int Score,
    DateTimeOffset RecordedAt);
