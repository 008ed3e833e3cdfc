using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ops.Shared.Audit;

namespace Ops.Shared.Modules;

/// <summary>
/// What a module hands the host: its name (route prefix, schema, API-key scope), the assembly that
/// holds its endpoints and handlers. Registered once by the module's own <c>Add…Module</c> call.
/// </summary>
public sealed record OpsModule(string Name, Assembly Assembly)
{
    /// <summary>The PostgreSQL schema of the module's store; the name unless said otherwise.</summary>
    public string Schema { get; init; } = Name.Replace('-', '_');

    /// <summary>The OpenAPI tag and operation-id prefix, e.g. <c>Selection</c>.</summary>
    public string Tag { get; init; } = char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>What the module is for, in a sentence: the description of its tag in the OpenAPI document.</summary>
    public string Description { get; init; } = "";
}

public static class OpsModuleRegistration
{
    public static IServiceCollection AddOpsModule(this IServiceCollection services, OpsModule module)
    {
        if (services.RegisteredModules().Any(m => m.Name == module.Name))
            throw new InvalidOperationException($"Module '{module.Name}' is registered twice.");
        services.TryAddSingleton<HistoryActors>(); // names the actors of every module's history
        return services.AddSingleton(module);
    }

    /// <summary>Modules registered so far; read by the host while it composes FastEndpoints and Wolverine.</summary>
    public static IReadOnlyList<OpsModule> RegisteredModules(this IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(OpsModule) && d.ImplementationInstance is OpsModule)
            .Select(d => (OpsModule)d.ImplementationInstance!)
            .ToList();
}
