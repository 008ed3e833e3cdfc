using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared.Modules;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Host.Tests;

/// <summary>
/// Each module's handlers write to that module's own store (ADR 0002, ADR 0008), bound by the convention
/// <c>AddModuleStore</c> registers, not by an attribute on each handler. Read from the handler chains the host built.
/// </summary>
public sealed class HandlerStoreTests(HostApp app) : HostTest(app)
{
    [Fact]
    public void every_handler_chain_of_a_module_writes_to_that_modules_store_only()
    {
        var modules = Host.Services.GetServices<OpsModule>().ToList();
        var graph = ((WolverineRuntime)Host.Services.GetRequiredService<IWolverineRuntime>()).Handlers;
        var chains = graph.Chains.SelectMany(c => c.ByEndpoint.Prepend(c)).Where(c => c.Handlers.Count > 0).ToList();

        var bound = 0;
        foreach (var chain in chains)
        foreach (var module in modules.Where(m => chain.Handlers.Any(h => h.HandlerType.Assembly == m.Assembly)))
        {
            chain.Handlers.ShouldAllBe(h => h.HandlerType.Assembly == module.Assembly, $"{chain} mixes handlers of several modules");
            var store = chain.AncillaryStoreType.ShouldNotBeNull($"{chain} of {module.Name} writes to no module store");
            store.Assembly.ShouldBe(module.Assembly, $"{chain} of {module.Name} writes to {store.Name}");
            Host.Services.GetService(store).ShouldBeAssignableTo<IDocumentStore>();
            bound++;
        }

        bound.ShouldBeGreaterThan(modules.Count); // every module with a store has handlers; the check is not vacuous
    }
}
