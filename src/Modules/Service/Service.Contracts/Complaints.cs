namespace Ops.Service.Contracts;

/// <summary>
/// A customer's complaint was registered (risk counts complaints per store, marketplace and SKU; data per category).
/// <see cref="Category"/> is one of the voice-of-customer categories (<c>ProductQuality</c>, <c>Packaging</c>,
/// <c>ListingAccuracy</c>, <c>Shipping</c>, <c>Service</c>, <c>Price</c>, <c>Other</c>), null when not given.
/// <see cref="ComplaintId"/> makes a redelivery a no-op.
/// </summary>
public sealed record ComplaintRegistered(
    Guid ComplaintId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    string? Sku,
    string? Category,
    string Problem,
    DateTimeOffset ReceivedAt,
    DateTimeOffset EscalationDueAt,
    DateTimeOffset ResolutionDueAt);

/// <summary>
/// The customer was told the result of their complaint. <see cref="InTime"/>: resolved before
/// <see cref="ResolutionDueAt"/>, <c>complaintResolutionHours</c> of the store's business hours from receipt (the complaint
/// handling timeliness KPI). <see cref="Round"/> is 1 for the first resolution and grows each time the customer reopens
/// it: the latest round of a complaint is the one that counts.
/// </summary>
public sealed record ComplaintResolved(
    Guid ComplaintId,
    Guid StoreId,
    string Marketplace,
    string OrderNumber,
    string? Sku,
    string? Category,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ResolutionDueAt,
    DateTimeOffset ResolvedAt,
    bool InTime,
    int Round);

/// <summary>
/// A department confirmed that the help it asked for solved its problem, with its assessment (service.md,
/// "Collaboration request"; performance scores departments by it). <see cref="RespondedInTime"/>: the first response
/// (a manager's approval) came within <c>collaborationResponseHours</c> of the store's business hours;
/// <see cref="ResponseHours"/>: the business hours it took. Ratings are 1–5. Departments are organisation department codes.
/// </summary>
public sealed record CollaborationResolved(
    Guid RequestId,
    string RaisingDepartment,
    string HelpingDepartment,
    string Owner,
    DateTimeOffset RaisedAt,
    DateTimeOffset RespondedAt,
    bool RespondedInTime,
    decimal ResponseHours,
    int CooperationRating,
    int EffectRating,
    DateTimeOffset ConfirmedAt);
