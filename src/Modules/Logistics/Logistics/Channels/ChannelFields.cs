using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Logistics.Channels;

/// <summary>A channel's cost model as a request gives it: amounts of at most four decimals, none negative.</summary>
public sealed record CostModelRequest
{
    /// <summary>Fixed amount per shipment.</summary>
    public decimal PerShipment { get; init; }

    /// <summary>Amount per kilogram shipped.</summary>
    public decimal PerKg { get; init; }

    /// <summary>Amount per unit shipped.</summary>
    public decimal PerUnit { get; init; }

    /// <summary>ISO 4217 code of the three amounts, e.g. USD.</summary>
    public string Currency { get; init; } = "";
}

/// <summary>The fields of a channel a person writes, at registration and on every change.</summary>
public interface IChannelFields
{
    string Name { get; }
    ChannelType? Type { get; }
    string Carrier { get; }
    string ServiceLevel { get; }
    CostModelRequest CostModel { get; }
    int TransitDaysMin { get; }
    int TransitDaysMax { get; }
    IReadOnlyList<string>? DestinationCountries { get; }
    DateOnly ContractStart { get; }
    DateOnly? ContractEnd { get; }
}

public static class ChannelFields
{
    public static ChannelProfile ToProfile(this IChannelFields f) =>
        new(f.Name.Trim(), f.Type!.Value, f.Carrier.Trim(), f.ServiceLevel.Trim(),
            new ChannelCostModel(f.CostModel.PerShipment, f.CostModel.PerKg, f.CostModel.PerUnit, f.CostModel.Currency),
            f.TransitDaysMin, f.TransitDaysMax, [.. (f.DestinationCountries ?? []).Distinct().Order(StringComparer.Ordinal)],
            f.ContractStart, f.ContractEnd);
}

public sealed class CostModelValidator : AbstractValidator<CostModelRequest>
{
    public CostModelValidator()
    {
        RuleFor(c => c.PerShipment).InclusiveBetween(0m, 1_000_000m).PrecisionScale(18, 4, true);
        RuleFor(c => c.PerKg).InclusiveBetween(0m, 1_000_000m).PrecisionScale(18, 4, true);
        RuleFor(c => c.PerUnit).InclusiveBetween(0m, 1_000_000m).PrecisionScale(18, 4, true);
        RuleFor(c => c.Currency).Currency();
    }
}

public abstract class ChannelFieldsValidator<T> : Validator<T> where T : class, IChannelFields
{
    /// <summary>The longest typical transit a channel may declare, in days.</summary>
    public const int MaxTransitDays = 365;

    protected ChannelFieldsValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Type).NotNull().IsInEnum();
        RuleFor(r => r.Carrier).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ServiceLevel).NotEmpty().MaximumLength(100);
        RuleFor(r => r.CostModel).NotNull().SetValidator(new CostModelValidator());
        RuleFor(r => r.TransitDaysMin).InclusiveBetween(0, MaxTransitDays);
        RuleFor(r => r.TransitDaysMax).InclusiveBetween(1, MaxTransitDays)
            .GreaterThanOrEqualTo(r => r.TransitDaysMin).WithMessage(_ => Bilingual.Pick(
                "The longest typical transit cannot be shorter than the shortest.", "最长时效不能短于最短时效。"));
        RuleFor(r => r.DestinationCountries).MaximumCount(250);
        RuleForEach(r => r.DestinationCountries).Country();
        RuleFor(r => r.ContractStart).NotEmpty();
        RuleFor(r => r.ContractEnd).GreaterThanOrEqualTo(r => r.ContractStart).When(r => r.ContractEnd is not null)
            .WithMessage(_ => Bilingual.Pick("The contract cannot end before it starts.", "合同结束日期不能早于开始日期。"));
    }
}
