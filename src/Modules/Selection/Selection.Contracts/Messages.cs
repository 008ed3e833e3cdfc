namespace Ops.Selection.Contracts;

/// <summary>A supplier's evaluation grade changed (risk watches suppliers sliding towards D).</summary>
public sealed record SupplierGradeChanged(Guid SupplierId, string SupplierName, string? PreviousGrade, string Grade, decimal WeightedScore, DateTimeOffset ChangedAt);

/// <summary>A supplier was suspended: no new quotes may be chosen from it.</summary>
public sealed record SupplierSuspended(Guid SupplierId, string SupplierName, string Reason, DateTimeOffset SuspendedAt);
