namespace Architecture.Tests;

/// <summary>
/// The handler shape every module copies (issue 11, section 2; ADR 0008): a handler takes its module's settings as a
/// parameter (a Wolverine policy loads them from the handler's own session) and builds its outgoing messages from the
/// events its decision appended. It never loads the settings by hand, nor reads a stream back to find what it appended.
/// </summary>
public sealed class HandlerShapeTests
{
    /// <summary>The hand-written ways to the settings in force, which the policy's middleware replaces.</summary>
    private static readonly HashSet<string> SettingsLoads = ["CurrentAsync", "LoadAsync"];

    /// <summary>Marten's ways to read a stream's events back.</summary>
    private static readonly HashSet<string> StreamReads = ["FetchStreamAsync", "FetchStream", "FetchStreamStateAsync"];

    [Fact]
    public void no_handler_loads_its_settings_by_hand_or_reads_back_the_events_it_appended()
    {
        var handlerTypes = ModuleCode.Types(name => name.EndsWith("Handler", StringComparison.Ordinal));

        // Every module's handlers are found (with their async state machines and lambdas): the check is not vacuous.
        handlerTypes.Select(t => t.Name).ShouldContain("RegisterSupplierHandler");
        handlerTypes.Select(t => t.Name).ShouldContain("PurchaseReceivedHandler");
        handlerTypes.Select(t => t.Name).ShouldContain("CreateUserHandler");

        var calls = ModuleCode.Calls(handlerTypes).ToList();

        calls.Where(c => SettingsLoads.Contains(c.Called.Name) && c.Called.DeclaringType.Name.StartsWith("PolicySettings", StringComparison.Ordinal))
            .Select(c => $"{c.Caller.DeclaringType.FullName}.{c.Caller.Name} loads settings: {c.Called.FullName}")
            .ShouldBeEmpty();
        calls.Where(c => StreamReads.Contains(c.Called.Name) && c.Called.DeclaringType.Namespace.StartsWith("Marten", StringComparison.Ordinal))
            .Select(c => $"{c.Caller.DeclaringType.FullName}.{c.Caller.Name} reads a stream back: {c.Called.FullName}")
            .ShouldBeEmpty();
    }
}
