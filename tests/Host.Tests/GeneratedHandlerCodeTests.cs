using Microsoft.Extensions.DependencyInjection;
using Ops.Listing.Listings;
using Ops.Organization.Employees;
using Ops.Selection.Suppliers;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Host.Tests;

/// <summary>
/// The host handles messages with the handler code compiled into it at build time (ADR 0014), not code it compiles on
/// first use; only a handler it has no code for (the tests' probes) is compiled at run time.
/// </summary>
public sealed class GeneratedHandlerCodeTests(HostApp app) : HostTest(app)
{
    private HandlerGraph Handlers => ((WolverineRuntime)Host.Services.GetRequiredService<IWolverineRuntime>()).Handlers;

    [Theory]
    [InlineData(typeof(RegisterSupplier))]
    [InlineData(typeof(CreateListing))]
    [InlineData(typeof(HireEmployee))]
    [InlineData(typeof(WarnGoLiveDeadline))]
    public void a_modules_message_is_handled_by_the_code_compiled_into_the_host(Type message)
    {
        var handler = Handlers.HandlerFor(message);

        handler.ShouldNotBeNull();
        handler.GetType().Assembly.ShouldBe(typeof(Program).Assembly, handler.GetType().FullName);
        handler.GetType().Namespace.ShouldBe("Internal.Generated.WolverineHandlers");
    }

    [Fact]
    public void a_probe_of_the_tests_has_its_code_compiled_at_run_time()
    {
        var handler = Handlers.HandlerFor(typeof(CountOnce));

        handler.ShouldNotBeNull();
        handler.GetType().Assembly.ShouldNotBe(typeof(Program).Assembly);
    }
}
