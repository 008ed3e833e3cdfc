using Ops.Shared.Audit;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Configuration;
using JasperFx;
using Wolverine.Runtime.Handlers;

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

/// <summary>
/// A Wolverine handler that takes its module's settings as a parameter (<c>SelectionSettings policy</c>) gets the
/// settings in force loaded for it, from the session the handler writes with, before it runs: the rule reads the
/// value of the same transaction, and no handler writes the load by hand.
/// </summary>
public sealed class PolicySettingsParameters : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
            foreach (var settings in SettingsTakenBy(chain))
                chain.Middleware.Add(new MethodCall(typeof(PolicySettingsInForce<>).MakeGenericType(settings), "LoadAsync"));
    }

    public static IEnumerable<Type> SettingsTakenBy(HandlerChain chain) =>
        chain.Handlers.SelectMany(h => h.Method.GetParameters()).Select(p => p.ParameterType)
            .Where(t => t.IsAssignableTo(typeof(IPolicySettings))).Distinct();
}

/// <summary>The middleware <see cref="PolicySettingsParameters"/> weaves in: the settings in force, or the spec's defaults.</summary>
public static class PolicySettingsInForce<TSettings> where TSettings : IPolicySettings, new()
{
    public static async Task<TSettings> LoadAsync(IDocumentSession session, CancellationToken cancellation) =>
        (await session.CurrentAsync<TSettings>(cancellation)).Settings;
}
