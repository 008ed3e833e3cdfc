using System.Reflection;

namespace Architecture.Tests;

/// <summary>
/// The modules as the host is built from them, found from the host's references: every <c>Ops.&lt;Name&gt;</c>
/// assembly with an <c>Ops.&lt;Name&gt;.Contracts</c> beside it. A new module is covered without editing the tests.
/// </summary>
public sealed record Module(string Name, Assembly Internals, Assembly Contracts)
{
    public const string SharedAssembly = "Ops.Shared";
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static IReadOnlyList<Module> All { get; } = Discover();

    /// <summary>The one type the host may use: <c>Ops.X.XModule</c>, holding the registration call.</summary>
    public string EntryPoint => $"{Internals.GetName().Name}.{Name}Module";

    public override string ToString() => Name;

    private static List<Module> Discover()
    {
        var loaded = Host.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Ops.", StringComparison.Ordinal) && a.Name != SharedAssembly)
            .Select(Assembly.Load)
            .ToList();
        return loaded
            .Where(a => !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(internals =>
            {
                var name = internals.GetName().Name!;
                var contracts = Assembly.Load($"{name}.Contracts");
                return new Module(name["Ops.".Length..], internals, contracts);
            })
            .ToList();
    }
}
