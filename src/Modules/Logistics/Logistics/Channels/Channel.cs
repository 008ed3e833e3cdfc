using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Channels;

/// <summary>How goods travel to the buyer or the marketplace's warehouse (logistics.md, "Logistics channel").</summary>
public enum ChannelType { Fba, ThirdPartyWarehouse, InternationalExpress, Postal, DedicatedLine, OverseasWarehouse }

/// <summary>
/// What one shipment costs on a channel: a fixed amount per shipment, plus an amount per kilogram and per unit, all in
/// <see cref="Currency"/>. A shipment's estimate is <c>perShipment + perKg × kg + perUnit × units</c>, unrounded.
/// </summary>
public sealed record ChannelCostModel(decimal PerShipment, decimal PerKg, decimal PerUnit, string Currency)
{
    public decimal CostOf(decimal weightKg, int units) => PerShipment + PerKg * weightKg + PerUnit * units;
}

/// <summary>
/// What a channel is: its name, kind, carrier and service level, its cost model, its typical transit in days (from
/// shipment to delivery, min ≤ max), the destination countries it serves (none: any) and its contract dates (no end:
/// open-ended).
/// </summary>
public sealed record ChannelProfile(
    string Name,
    ChannelType Type,
    string Carrier,
    string ServiceLevel,
    ChannelCostModel CostModel,
    int TransitDaysMin,
    int TransitDaysMax,
    IReadOnlyList<string> DestinationCountries,
    DateOnly ContractStart,
    DateOnly? ContractEnd)
{
    // Lists compare by reference in a record; a change that repeats the same countries is the same profile.
    public bool Equals(ChannelProfile? other) =>
        other is not null && Name == other.Name && Type == other.Type && Carrier == other.Carrier && ServiceLevel == other.ServiceLevel
        && CostModel == other.CostModel && TransitDaysMin == other.TransitDaysMin && TransitDaysMax == other.TransitDaysMax
        && DestinationCountries.SequenceEqual(other.DestinationCountries) && ContractStart == other.ContractStart && ContractEnd == other.ContractEnd;

    public override int GetHashCode() => HashCode.Combine(Name, Type, Carrier, CostModel, TransitDaysMax, ContractEnd);

    /// <summary>Whether the contract runs on <paramref name="day"/> (both ends inclusive).</summary>
    public bool UnderContractOn(DateOnly day) => ContractStart <= day && (ContractEnd is not { } end || day <= end);
}

[History("Channel registered", "物流渠道已登记")]
public sealed record ChannelRegistered(Guid ChannelId, string Code, ChannelProfile Profile, string RegisteredBy, DateTimeOffset RegisteredAt);

[History("Channel changed", "物流渠道已修改")]
public sealed record ChannelChanged(Guid ChannelId, ChannelProfile Profile, string ChangedBy, DateTimeOffset ChangedAt);

[History("Channel deactivated", "物流渠道已停用")]
public sealed record ChannelDeactivated(Guid ChannelId, string Reason, string DeactivatedBy, DateTimeOffset DeactivatedAt);

[History("Channel reactivated", "物流渠道已重新启用")]
public sealed record ChannelReactivated(Guid ChannelId, string Reason, string ReactivatedBy, DateTimeOffset ReactivatedAt);

public static class ChannelRules
{
    public static readonly Rule CodeMustBeUnique =
        new("channel.code_must_be_unique", "Another channel already uses this code.", "该渠道代码已被其他渠道使用。");
    public static readonly Rule InactiveChannelCannotChange =
        new("channel.inactive_channel_cannot_change", "This channel is inactive; reactivate it first.", "该渠道已停用，请先重新启用。");
    public static readonly Rule AlreadyInactive =
        new("channel.already_inactive", "This channel is already inactive.", "该渠道已停用。");
    public static readonly Rule NotInactive =
        new("channel.not_inactive", "This channel is active; only an inactive channel can be reactivated.", "该渠道未停用，无需重新启用。");
    public static readonly Rule ContractEndedCannotReactivate =
        new("channel.contract_ended_cannot_reactivate", "The channel's contract has ended; record the new contract dates before reactivating it.",
            "该渠道合同已到期，请先登记新的合同日期再重新启用。");
}

/// <summary>What a channel's decisions need. An inactive channel is never recommended and takes no changes until reactivated.</summary>
public sealed record Channel(Guid Id, ChannelProfile Profile, bool Active)
{
    public static Channel Create(ChannelRegistered e) => new(e.ChannelId, e.Profile, true);
    public Channel Apply(ChannelChanged e) => this with { Profile = e.Profile };
    public Channel Apply(ChannelDeactivated _) => this with { Active = false };
    public Channel Apply(ChannelReactivated _) => this with { Active = true };

    public static Decision Register(Guid id, string code, ChannelProfile profile, bool codeTaken, string by, DateTimeOffset now) =>
        codeTaken ? ChannelRules.CodeMustBeUnique : Decision.Accept(new ChannelRegistered(id, code, profile, by, now));

    /// <summary>The same profile again changes nothing.</summary>
    public Decision Change(ChannelProfile profile, string by, DateTimeOffset now) =>
        !Active ? ChannelRules.InactiveChannelCannotChange
        : profile == Profile ? Decision.Accept()
        : Decision.Accept(new ChannelChanged(Id, profile, by, now));

    public Decision Deactivate(string reason, string by, DateTimeOffset now) =>
        !Active ? ChannelRules.AlreadyInactive : Decision.Accept(new ChannelDeactivated(Id, reason, by, now));

    /// <summary>
    /// An inactive channel takes no changes, so a channel whose contract ended is reactivated with its new contract's end
    /// (<paramref name="newContractEnd"/>), recorded as a change right after the reactivation.
    /// </summary>
    public Decision Reactivate(string reason, DateOnly? newContractEnd, DateOnly today, string by, DateTimeOffset now)
    {
        if (Active) return ChannelRules.NotInactive;
        var renewed = newContractEnd is { } given && given != Profile.ContractEnd ? Profile with { ContractEnd = given } : null;
        if ((renewed ?? Profile).ContractEnd is { } end && end < today) return ChannelRules.ContractEndedCannotReactivate;
        return renewed is null
            ? Decision.Accept(new ChannelReactivated(Id, reason, by, now))
            : Decision.Accept(new ChannelReactivated(Id, reason, by, now), new ChannelChanged(Id, renewed, by, now));
    }
}
