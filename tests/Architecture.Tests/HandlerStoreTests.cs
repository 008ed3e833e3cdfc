using System.Reflection;
using Wolverine.Persistence;

namespace Architecture.Tests;

/// <summary>
/// A module's handlers are bound to its store by convention (<c>AddModuleStore</c> → Wolverine's
/// <c>UseAncillaryStorageFromAssembly</c>, ADR 0008). A store attribute on a handler would override the convention and
/// could name any store, so none may carry one. Host.Tests' <c>HandlerStoreTests</c> checks the chains the host built.
/// </summary>
public sealed class HandlerStoreTests
{
    public static TheoryData<string> ModuleNames() => new(Module.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void no_handler_names_a_store_the_module_convention_binds_them(string name)
    {
        var module = Module.All.Single(m => m.Name == name);

        var marked = module.Internals.GetTypes()
            .Where(t => NamesAStore(t) || t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                .Any(NamesAStore))
            .Select(t => t.FullName)
            .ToList();

        marked.ShouldBeEmpty($"{name}: remove the store attribute, the module's store is bound by convention");
    }

    private static bool NamesAStore(MemberInfo member) => member.GetCustomAttributes(inherit: true).OfType<IAncillaryStoreAttribute>().Any();
}
