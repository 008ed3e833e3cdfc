using Ops.Shared.Audit;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;

namespace Ops.Shared.Settings;

/// <summary>
/// A module's policy parameters (PRODUCT.md §1). <c>new TSettings()</c> holds the spec's defaults; each
/// change is an event (who, when, what), and rules read the value in force when they run.
/// </summary>
public interface IPolicySettings
{
    /// <summary>The module the settings belong to (its route and stream identity).</summary>
    static abstract string Module { get; }
}

[History("Policy settings changed", "策略参数已修改")]
public sealed record PolicySettingsChanged<TSettings>(Guid SettingsId, TSettings Settings, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The settings in force, as a document kept inline with their stream.</summary>
public sealed record PolicySettingsView<TSettings>
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required TSettings Settings { get; init; }
    public string? ChangedBy { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }
}

public sealed class PolicySettingsProjection<TSettings> : SingleStreamProjection<PolicySettingsView<TSettings>, Guid>
{
    public override PolicySettingsView<TSettings>? Evolve(PolicySettingsView<TSettings>? snapshot, Guid id, IEvent e) =>
        e.Data is PolicySettingsChanged<TSettings> changed
            ? new PolicySettingsView<TSettings> { Id = id, Settings = changed.Settings, ChangedBy = changed.ChangedBy, ChangedAt = changed.ChangedAt }
            : snapshot;
}

public static class PolicySettings
{
    /// <summary>One stream per module, its id derived from the module name so every node agrees on it.</summary>
    public static Guid StreamId<TSettings>() where TSettings : IPolicySettings =>
        DeterministicGuid.From($"ops.settings.{TSettings.Module}");

    public static void AddPolicySettings<TSettings>(this StoreOptions options) where TSettings : IPolicySettings
    {
        options.Events.MapEventType<PolicySettingsChanged<TSettings>>($"{TSettings.Module}_settings_changed");
        options.Projections.Add(new PolicySettingsProjection<TSettings>(), ProjectionLifecycle.Inline);
    }

    public static async Task<PolicySettingsView<TSettings>> CurrentAsync<TSettings>(this IQuerySession session, CancellationToken ct = default)
        where TSettings : IPolicySettings, new() =>
        await session.LoadAsync<PolicySettingsView<TSettings>>(StreamId<TSettings>(), ct)
        ?? new PolicySettingsView<TSettings> { Id = StreamId<TSettings>(), Version = 0, Settings = new TSettings() };
}
