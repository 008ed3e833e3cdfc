using System.Reflection;
using NJsonSchema.Generation;
using Ops.Shared.Modules;

namespace Ops.Host.OpenApi;

/// <summary>
/// A schema is named after its type. When two of our types share a name (the fee table's <c>PriceBand</c> enum and
/// market research's <c>PriceBand</c> of two amounts), NSwag would call the second <c>PriceBand2</c>, and which one
/// gets the digit depends on the order operations are described in. Both are named after their namespace instead
/// (<c>CandidatePriceBand</c>, <c>ResearchPriceBand</c>): stable, and saying what they are.
/// </summary>
internal sealed class UniqueSchemaNames(IEnumerable<OpsModule> modules) : DefaultSchemaNameGenerator
{
    private readonly Lazy<HashSet<string>> _shared = new(() => SharedNames(modules));

    public override string Generate(Type type)
    {
        var name = base.Generate(type);
        return type.IsGenericType || !_shared.Value.Contains(type.Name) ? name : Qualifier(type) + name;
    }

    /// <summary>The declaring type of a nested type, else the last part of the namespace in the singular (English plurals in -ies and -s).</summary>
    private static string Qualifier(Type type)
    {
        if (type.DeclaringType is { } outer) return outer.Name;
        var part = type.Namespace?.Split('.').Last() ?? "";
        if (part.EndsWith("ies", StringComparison.Ordinal)) return part[..^3] + "y"; // Inquiries → Inquiry
        return part.EndsWith('s') && !part.EndsWith("ss", StringComparison.Ordinal) ? part[..^1] : part;
    }

    /// <summary>Names more than one public type of ours carries: the modules, their contracts and the shared kernel.</summary>
    private static HashSet<string> SharedNames(IEnumerable<OpsModule> modules)
    {
        var assemblies = modules.Select(m => m.Assembly)
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Ops.", StringComparison.Ordinal) == true))
            .Distinct();
        return assemblies.SelectMany(PublicTypes)
            .Where(t => !t.IsGenericTypeDefinition)
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
    }

    private static IEnumerable<Type> PublicTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException)
        {
            return [];
        }
    }
}
