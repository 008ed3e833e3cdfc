using FastEndpoints;
using FluentValidation;
using Ops.Shared.Settings;

namespace Ops.Logistics;

/// <summary>Policy parameters of logistics (logistics.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record LogisticsSettings : IPolicySettings
{
    public static string Module => "logistics";

    /// <summary>Working days (store calendar) from an order being received to it being shipped.</summary>
    public int ShipWithinWorkingDays { get; init; } = 2;

    /// <summary>Working days before the ship-by deadline that an unshipped order is warned (orders; not before receipt).</summary>
    public int ShipWarnWorkingDaysBefore { get; init; } = 1;

    /// <summary>Hours from an order being received to it being reviewed (confirmed or put on hold).</summary>
    public int ConfirmOrderHours { get; init; } = 4;

    /// <summary>Longest gap, in hours, between tracking updates of a shipment until it is delivered.</summary>
    public int TrackingUpdateHours { get; init; } = 24;

    /// <summary>Hours from a shipment exception being detected to the carrier being contacted.</summary>
    public int ExceptionContactHours { get; init; } = 4;

    /// <summary>Days of shipped orders the sales velocity averages over.</summary>
    public int VelocityWindowDays { get; init; } = 30;

    /// <summary>Days of sales the safety stock covers.</summary>
    public int SafetyDays { get; init; } = 14;

    /// <summary>Days of sales a replenishment brings the stock up to.</summary>
    public int TargetCoverDays { get; init; } = 60;

    /// <summary>Days of cover above which a SKU is slow-moving (suggest a promotion or removal).</summary>
    public int SlowMovingCoverDays { get; init; } = 120;

    /// <summary>Days of supply above which stock at Amazon is excess (aged-inventory fees loom beyond it).</summary>
    public int ExcessCoverDays { get; init; } = 90;

    /// <summary>Days between stocktakes of a warehouse.</summary>
    public int StocktakeEveryDays { get; init; } = 7;

    /// <summary>A counted line whose variance exceeds this percentage of the system quantity needs a reason.</summary>
    public decimal VarianceReviewPercent { get; init; } = 2m;

    /// <summary>How a channel recommendation weighs cost, transit time and quality; the three add up to 100.</summary>
    public ChannelWeights ChannelWeights { get; init; } = new(40, 35, 25);

    /// <summary>Quality score (0–100) a channel without delivered or lost shipments gets in a recommendation.</summary>
    public decimal UnratedChannelQualityScore { get; init; } = 50m;

    /// <summary>Targets of the logistics KPIs (<c>GET /api/logistics/kpis</c>).</summary>
    public LogisticsKpiTargets KpiTargets { get; init; } = new();

    /// <summary>Units an FBA warehouse may hold per storage type; a replenishment suggestion never exceeds what is left.</summary>
    public FbaCapacity FbaCapacity { get; init; } = new();
}

/// <summary>Units of stock (on hand + inbound) an FBA fulfilment centre accepts per storage type.</summary>
public sealed record FbaCapacity
{
    public int Standard { get; init; } = 10_000;
    public int Oversize { get; init; } = 2_000;
    public int Apparel { get; init; } = 5_000;
    public int Footwear { get; init; } = 2_000;
    public int Flammable { get; init; } = 500;
    public int Aerosol { get; init; } = 500;

    public int For(Inventory.StorageType type) => type switch
    {
        Inventory.StorageType.Oversize => Oversize,
        Inventory.StorageType.Apparel => Apparel,
        Inventory.StorageType.Footwear => Footwear,
        Inventory.StorageType.Flammable => Flammable,
        Inventory.StorageType.Aerosol => Aerosol,
        _ => Standard,
    };
}

/// <summary>
/// Targets of the logistics KPIs; null: no target. The spec's four (logistics.md, "Policy parameters") are the defaults;
/// the others stay unset until the team sets its own.
/// </summary>
public sealed record LogisticsKpiTargets
{
    /// <summary>Orders shipped by their ship-by deadline, at least (percent).</summary>
    public decimal? OnTimeShipPercent { get; init; } = 98;

    /// <summary>Shipments whose tracking was updated within <c>trackingUpdateHours</c> every time, at least (percent).</summary>
    public decimal? TrackingUpdatedPercent { get; init; } = 95;

    /// <summary>Shipments delivered later than the channel's promised transit, at most (percent).</summary>
    public decimal? DelayRatePercent { get; init; } = 3;

    /// <summary>Shipments delivered damaged, at most (percent).</summary>
    public decimal? DamageRatePercent { get; init; } = 0.5m;

    /// <summary>Logistics cost as a share of sales, at most (percent).</summary>
    public decimal? CostOfSalesPercent { get; init; }

    /// <summary>Inventory turnover over the period, at least (a ratio: cost of goods sold / average inventory value).</summary>
    public decimal? InventoryTurnover { get; init; }

    /// <summary>Days a SKU was out of stock in a warehouse, summed over the period, at most.</summary>
    public decimal? StockoutDays { get; init; }

    /// <summary>Stocktake lines counted equal to the system quantity, at least (percent).</summary>
    public decimal? StocktakeAccuracyPercent { get; init; }
}

/// <summary>Weights, in percent, of a channel's cost, transit time and quality in its recommendation score.</summary>
public sealed record ChannelWeights(int Cost, int Time, int Quality);

public sealed class LogisticsSettingsValidator : Validator<LogisticsSettings>
{
    public LogisticsSettingsValidator()
    {
        RuleFor(s => s.ShipWithinWorkingDays).InclusiveBetween(1, 30);
        RuleFor(s => s.ShipWarnWorkingDaysBefore).InclusiveBetween(0, 29).LessThan(s => s.ShipWithinWorkingDays);
        RuleFor(s => s.ConfirmOrderHours).InclusiveBetween(1, 72);
        RuleFor(s => s.TrackingUpdateHours).InclusiveBetween(1, 168);
        RuleFor(s => s.ExceptionContactHours).InclusiveBetween(1, 72);
        RuleFor(s => s.VelocityWindowDays).InclusiveBetween(1, 365);
        RuleFor(s => s.SafetyDays).InclusiveBetween(0, 365);
        RuleFor(s => s.TargetCoverDays).InclusiveBetween(1, 365).GreaterThan(s => s.SafetyDays);
        RuleFor(s => s.SlowMovingCoverDays).InclusiveBetween(1, 1000);
        RuleFor(s => s.ExcessCoverDays).InclusiveBetween(1, 1000);
        RuleFor(s => s.StocktakeEveryDays).InclusiveBetween(1, 366);
        RuleFor(s => s.VarianceReviewPercent).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        RuleFor(s => s.ChannelWeights).NotNull();
        RuleFor(s => s.ChannelWeights.Cost).InclusiveBetween(0, 100).OverridePropertyName("channelWeights.cost").When(s => s.ChannelWeights is not null);
        RuleFor(s => s.ChannelWeights.Time).InclusiveBetween(0, 100).OverridePropertyName("channelWeights.time").When(s => s.ChannelWeights is not null);
        RuleFor(s => s.ChannelWeights.Quality).InclusiveBetween(0, 100).OverridePropertyName("channelWeights.quality").When(s => s.ChannelWeights is not null);
        RuleFor(s => s.ChannelWeights).Must(w => w.Cost + w.Time + w.Quality == 100).When(s => s.ChannelWeights is not null)
            .WithMessage(_ => Ops.Shared.Bilingual.Pick("The cost, time and quality weights add up to 100.", "成本、时效和质量权重之和须为 100。"));
        RuleFor(s => s.UnratedChannelQualityScore).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        RuleFor(s => s.KpiTargets).NotNull().SetValidator(new KpiTargetsValidator());
        RuleFor(s => s.FbaCapacity).NotNull();
        RuleFor(s => new[] { s.FbaCapacity.Standard, s.FbaCapacity.Oversize, s.FbaCapacity.Apparel, s.FbaCapacity.Footwear, s.FbaCapacity.Flammable,
                s.FbaCapacity.Aerosol }).Must(c => c.All(u => u is >= 0 and <= 10_000_000)).OverridePropertyName("fbaCapacity")
            .When(s => s.FbaCapacity is not null)
            .WithMessage(_ => Ops.Shared.Bilingual.Pick("Each storage type's capacity is 0 to 10,000,000 units.", "每种仓储类型的容量为 0 至 10,000,000 件。"));
    }

    private sealed class KpiTargetsValidator : AbstractValidator<LogisticsKpiTargets>
    {
        public KpiTargetsValidator()
        {
            RuleFor(t => t.OnTimeShipPercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.TrackingUpdatedPercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.DelayRatePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.DamageRatePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.CostOfSalesPercent).InclusiveBetween(0m, 1000m);
            RuleFor(t => t.InventoryTurnover).InclusiveBetween(0m, 1000m);
            RuleFor(t => t.StockoutDays).InclusiveBetween(0m, 100000m);
            RuleFor(t => t.StocktakeAccuracyPercent).InclusiveBetween(0m, 100m);
        }
    }
}

public sealed class GetSettings(ILogisticsStore store) : GetSettingsEndpoint<LogisticsSettings, ILogisticsStore, LogisticsGroup>(store);

public sealed class ChangeSettings(ILogisticsStore store, TimeProvider time)
    : ChangeSettingsEndpoint<LogisticsSettings, ILogisticsStore, LogisticsGroup>(store, time);
