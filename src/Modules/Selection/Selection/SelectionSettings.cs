using FastEndpoints;
using FluentValidation;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Ops.Selection;

/// <summary>Policy parameters of selection (selection.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record SelectionSettings : IPolicySettings
{
    public static string Module => "selection";

    /// <summary>A candidate whose estimated margin is below this cannot pass screening without an override.</summary>
    public decimal MinMarginPercent { get; init; } = 25;

    /// <summary>The marketplace's referral fee, as a share of the target price.</summary>
    public decimal ReferralFeePercent { get; init; } = 15;

    /// <summary>Advertising cost of sale assumed in the profit estimate, as a share of the target price.</summary>
    public decimal ExpectedAcosPercent { get; init; } = 10;

    /// <summary>A candidate whose first order needs more capital than this is flagged.</summary>
    public Money MaxInvestmentPerSku { get; init; } = new(30_000m, "USD");

    /// <summary>Size tiers, weight bands and fees of the fulfilment fee in the profit estimate.</summary>
    public FulfilmentFeeTable FulfilmentFees { get; init; } = new();

    /// <summary>How much each evaluation score counts towards a supplier's weighted score.</summary>
    public SupplierScoreWeights SupplierScoreWeights { get; init; } = new();

    /// <summary>The lowest weighted score that earns grades A, B and C; below C is D.</summary>
    public GradeThresholds GradeThresholds { get; init; } = new();

    /// <summary>Days before a qualification document expires that a warning is raised.</summary>
    public int WarnDaysBeforeExpiry { get; init; } = 30;

    /// <summary>Quality incidents within <see cref="IncidentWindowDays"/> that make a supplier due for re-evaluation.</summary>
    public int IncidentsBeforeReview { get; init; } = 3;

    /// <summary>How far back quality incidents count, for the review and for the quality penalty.</summary>
    public int IncidentWindowDays { get; init; } = 90;

    /// <summary>Quality score points an evaluation removes per incident in the window (the score never drops below 0).</summary>
    public int QualityPenaltyPerIncident { get; init; } = 5;

    /// <summary>What the KPIs are measured against.</summary>
    public SelectionKpiTargets KpiTargets { get; init; } = new();
}

/// <summary>
/// Targets of the selection KPIs (<c>GET /api/selection/kpis</c>); null: no target. The spec and the policy state none for
/// these indicators, so none is set until the team sets its own.
/// </summary>
public sealed record SelectionKpiTargets
{
    /// <summary>Share of screenings that pass, at least (percent).</summary>
    public decimal? ScreeningPassRatePercent { get; init; }

    /// <summary>Average days from proposal to approval, at most.</summary>
    public decimal? DaysProposedToApproved { get; init; }

    /// <summary>Share of tested samples that pass, at least (percent).</summary>
    public decimal? SamplePassRatePercent { get; init; }

    /// <summary>Share of suppliers' deliveries received on time, at least (percent).</summary>
    public decimal? SupplierOnTimeDeliveryPercent { get; init; }
}

/// <summary>Weights of the seven evaluation scores, in percent; they sum to exactly 100.</summary>
public sealed record SupplierScoreWeights
{
    public decimal Qualification { get; init; } = 10;
    public decimal Reputation { get; init; } = 15;
    public decimal Capacity { get; init; } = 15;
    public decimal Quality { get; init; } = 25;
    public decimal Price { get; init; } = 15;
    public decimal LeadTime { get; init; } = 10;
    public decimal AfterSales { get; init; } = 10;

    public decimal Sum() => Qualification + Reputation + Capacity + Quality + Price + LeadTime + AfterSales;

    /// <summary>Σ score × weight / 100, rounded to 2 decimals half away from zero (the one rounding, at the edge).</summary>
    public decimal WeightedScore(SupplierScores scores) => Math.Round(
        (scores.Qualification * Qualification + scores.Reputation * Reputation + scores.Capacity * Capacity
         + scores.Quality * Quality + scores.Price * Price + scores.LeadTime * LeadTime + scores.AfterSales * AfterSales) / 100m,
        2, MidpointRounding.AwayFromZero);
}

/// <summary>The lowest weighted score for each grade: A ≥ 85, B ≥ 70, C ≥ 60, D below.</summary>
public sealed record GradeThresholds
{
    public decimal A { get; init; } = 85;
    public decimal B { get; init; } = 70;
    public decimal C { get; init; } = 60;

    public SupplierGrade GradeFor(decimal weightedScore) =>
        weightedScore >= A ? SupplierGrade.A
        : weightedScore >= B ? SupplierGrade.B
        : weightedScore >= C ? SupplierGrade.C
        : SupplierGrade.D;
}

public sealed class SelectionSettingsValidator : Validator<SelectionSettings>
{
    public SelectionSettingsValidator()
    {
        RuleFor(s => s.MinMarginPercent).InclusiveBetween(0, 100);
        RuleFor(s => s.ReferralFeePercent).InclusiveBetween(0, 100);
        RuleFor(s => s.ExpectedAcosPercent).InclusiveBetween(0, 100);
        RuleFor(s => s.MaxInvestmentPerSku).NotNull().SetValidator(new MoneyValidator());
        RuleFor(s => s.FulfilmentFees).NotNull().SetValidator(new FulfilmentFeeTableValidator());
        RuleFor(s => s.MaxInvestmentPerSku.Currency).Equal(s => s.FulfilmentFees.Currency)
            .When(s => s is { MaxInvestmentPerSku: not null, FulfilmentFees: not null })
            .WithMessage(_ => Bilingual.Pick("The investment limit must be in the fee table's currency: estimates compare the two.",
                "投资上限须与费用表使用同一币种：利润估算会比较两者。"));

        RuleFor(s => s.SupplierScoreWeights).Cascade(CascadeMode.Stop).NotNull()
            .SetValidator(new SupplierScoreWeightsValidator())
            .Must(w => w.Sum() == 100).WithMessage((_, w) => Bilingual.Pick(
                $"Supplier score weights must sum to exactly 100; they sum to {w.Sum()}.",
                $"供应商评分权重之和必须正好为 100，当前为 {w.Sum()}。"));
        RuleFor(s => s.GradeThresholds).Cascade(CascadeMode.Stop).NotNull()
            .SetValidator(new GradeThresholdsValidator())
            .Must(t => t.A > t.B && t.B > t.C).WithMessage(_ => Bilingual.Pick(
                "Grade thresholds must descend strictly: A > B > C.", "等级阈值必须严格递减：A > B > C。"));

        RuleFor(s => s.WarnDaysBeforeExpiry).InclusiveBetween(1, 365);
        RuleFor(s => s.IncidentsBeforeReview).InclusiveBetween(1, 100);
        RuleFor(s => s.IncidentWindowDays).InclusiveBetween(1, 3650);
        RuleFor(s => s.QualityPenaltyPerIncident).InclusiveBetween(0, 100);
        RuleFor(s => s.KpiTargets).NotNull().SetValidator(new KpiTargetsValidator());
    }

    private sealed class KpiTargetsValidator : AbstractValidator<SelectionKpiTargets>
    {
        public KpiTargetsValidator()
        {
            RuleFor(t => t.ScreeningPassRatePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.DaysProposedToApproved).InclusiveBetween(0m, 3650m);
            RuleFor(t => t.SamplePassRatePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.SupplierOnTimeDeliveryPercent).InclusiveBetween(0m, 100m);
        }
    }

    private sealed class SupplierScoreWeightsValidator : AbstractValidator<SupplierScoreWeights>
    {
        public SupplierScoreWeightsValidator()
        {
            RuleFor(w => w.Qualification).InclusiveBetween(0, 100);
            RuleFor(w => w.Reputation).InclusiveBetween(0, 100);
            RuleFor(w => w.Capacity).InclusiveBetween(0, 100);
            RuleFor(w => w.Quality).InclusiveBetween(0, 100);
            RuleFor(w => w.Price).InclusiveBetween(0, 100);
            RuleFor(w => w.LeadTime).InclusiveBetween(0, 100);
            RuleFor(w => w.AfterSales).InclusiveBetween(0, 100);
        }
    }

    private sealed class GradeThresholdsValidator : AbstractValidator<GradeThresholds>
    {
        public GradeThresholdsValidator()
        {
            RuleFor(t => t.A).InclusiveBetween(0, 100);
            RuleFor(t => t.B).InclusiveBetween(0, 100);
            RuleFor(t => t.C).InclusiveBetween(0, 100);
        }
    }
}

public sealed class GetSettings(ISelectionStore store) : GetSettingsEndpoint<SelectionSettings, ISelectionStore, SelectionGroup>(store);

public sealed class ChangeSettings(ISelectionStore store, TimeProvider time)
    : ChangeSettingsEndpoint<SelectionSettings, ISelectionStore, SelectionGroup>(store, time);
