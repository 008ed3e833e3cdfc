namespace Ops.Listing.Contracts;

/// <summary>
/// A week of a promotion plan's results was recorded (data keeps them as facts; performance weighs them). The plan is
/// for one listing or one whole store: exactly one of <see cref="ListingId"/> and <see cref="StoreId"/> is set.
/// <see cref="Spend"/> and <see cref="Sales"/> are in <see cref="Currency"/> (ISO 4217). <see cref="Roi"/> is sales /
/// spend and <see cref="AcosPercent"/> spend / sales × 100, both rounded to 2 decimals half away from zero, null when
/// their divisor is 0. The week runs from Monday <see cref="WeekStarting"/> to Sunday; <see cref="Month"/> is <c>YYYY-MM</c>.
/// </summary>
public sealed record PromotionResultRecorded(
    Guid PlanId,
    Guid? ListingId,
    Guid? StoreId,
    string Month,
    DateOnly WeekStarting,
    decimal Spend,
    decimal Sales,
    string Currency,
    int? Orders,
    decimal? Roi,
    decimal? AcosPercent,
    DateTimeOffset RecordedAt);
