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
