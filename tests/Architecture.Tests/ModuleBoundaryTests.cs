using NetArchTest.Rules;

namespace Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames() => new(Module.All.Select(m => m.Name));

    private static Module Named(string name) => Module.All.Single(m => m.Name == name);

    [Fact]
    public void the_host_is_built_from_every_module_folder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root.GetFiles("Ops.sln").Length == 0) root = root.Parent ?? throw new InvalidOperationException("Ops.sln not found");
        // A module not built yet may already publish its contracts (Service.Contracts' ReturnRequested is heard by
        // logistics): a folder is a module once it holds the module's own project.
        var folders = root.GetDirectories("src/Modules/*").Where(d => d.GetDirectories(d.Name).Length > 0).Select(d => d.Name);

        Module.All.Select(m => m.Name).ShouldBe(folders, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void a_module_references_only_itself_the_shared_blocks_and_other_modules_contracts(string name)
    {
        var module = Named(name);
        var others = Module.All.Where(m => m != module).ToList();
        // Type names, not namespace prefixes: "Ops.Organization" is a prefix of "Ops.Organization.Contracts" too.
        var forbidden = others.SelectMany(m => TopLevelTypeNames(m.Internals)).ToArray();

        var result = Types.InAssembly(module.Internals).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{name} uses another module's internals: {Failing(result)}");
        module.Internals.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldNotContain(n => others.Any(o => o.Internals.GetName().Name == n));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void contracts_reference_nothing_but_the_base_library(string name)
    {
        var references = Named(name).Contracts.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(r => r == "System.Runtime" || r == "netstandard" || r.StartsWith("System.", StringComparison.Ordinal),
            $"{name}.Contracts references {string.Join(", ", references)}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void contracts_hold_only_records(string name)
    {
        var types = Named(name).Contracts.GetExportedTypes().Where(t => !t.IsEnum);

        types.ShouldAllBe(t => t.GetMethod("<Clone>$") != null, $"{name}.Contracts must declare messages as records");
    }

    [Fact]
    public void the_host_uses_a_module_only_through_its_registration_entry_point()
    {
        foreach (var module in Module.All)
        {
            var internals = TopLevelTypeNames(module.Internals).Where(t => t != module.EntryPoint).ToArray();

            // Except the handlers' code Wolverine generates at build time (ADR 0014): it calls each module's handlers by design.
            var result = Types.InAssembly(Module.Host).That().DoNotResideInNamespace("Internal.Generated")
                .ShouldNot().HaveDependencyOnAny(internals).GetResult();

            result.IsSuccessful.ShouldBeTrue($"The host reaches into {module.Name}: {Failing(result)}");
        }
    }

    [Fact]
    public void the_shared_blocks_know_no_module()
    {
        var modules = Module.All.SelectMany(m => new[] { m.Internals.GetName().Name!, m.Contracts.GetName().Name! }).ToArray();

        var result = Types.InAssembly(typeof(Ops.Shared.Role).Assembly).ShouldNot().HaveDependencyOnAny(modules).GetResult();

        result.IsSuccessful.ShouldBeTrue($"Shared depends on a module: {Failing(result)}");
    }

    private static IEnumerable<string> TopLevelTypeNames(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Where(t => t.DeclaringType is null && !t.Name.StartsWith('<')).Select(t => t.FullName!);

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
