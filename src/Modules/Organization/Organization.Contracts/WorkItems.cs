namespace Ops.Organization.Contracts;

/// <summary>Where a deadline stands, as the work queue shows it; breached first, then warned, then open.</summary>
public enum WorkItemState
{
    Open,
    Warned,
    Breached,

    /// <summary>Met or no longer owed (the record went live, the document was replaced): the item leaves the queue.</summary>
    Closed,
}

/// <summary>
/// A module's deadline started, warned, fell due or closed: the work queue ("my work") keeps the latest state of each
/// <paramref name="Key"/>. Every module with a deadline publishes this with the write that changed it.
/// </summary>
/// <param name="Key">The deadline's identity, stable across its changes (<c>listing.go-live:{listingId}</c>).</param>
/// <param name="Module">The module that owns the clock (<c>listing</c>).</param>
/// <param name="Kind">What the deadline is for, a stable code the clients name in their language (<c>go-live</c>).</param>
/// <param name="RecordId">The record the deadline belongs to.</param>
/// <param name="RecordName">How people know that record (a SKU, a supplier and its document).</param>
/// <param name="Link">The web client's path to the record (<c>/listings/{id}</c>).</param>
/// <param name="StoreId">The store the deadline counts for, when it belongs to one.</param>
/// <param name="Owner">Who owns the record (the actor name of whoever created it), when a person does.</param>
/// <param name="Roles">The roles that work on such deadlines; everyone holding one sees it in their queue.</param>
/// <param name="WarnAt">When the deadline warns, when the module knows it in advance.</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="ChangedAt">When this state was reached.</param>
/// <param name="Version">The record's version (its stream's event number) at this change: the queue keeps the change of the
/// highest version, so changes delivered out of order cannot turn an item back.</param>
public sealed record WorkItemChanged(
    string Key,
    string Module,
    string Kind,
    Guid RecordId,
    string RecordName,
    string Link,
    Guid? StoreId,
    string? Owner,
    IReadOnlyList<string> Roles,
    DateTimeOffset? WarnAt,
    DateTimeOffset DueAt,
    WorkItemState State,
    DateTimeOffset ChangedAt,
    long Version);
