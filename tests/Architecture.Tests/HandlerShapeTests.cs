using Mono.Cecil;
using Mono.Cecil.Cil;

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
        var handlerTypes = Module.All
            .Select(m => AssemblyDefinition.ReadAssembly(m.Internals.Location))
            .SelectMany(a => a.MainModule.GetTypes())
            .Where(IsHandlerCode)
            .ToList();

        // Every module's handlers are found (with their async state machines and lambdas): the check is not vacuous.
        handlerTypes.Select(t => t.Name).ShouldContain("RegisterSupplierHandler");
        handlerTypes.Select(t => t.Name).ShouldContain("PurchaseReceivedHandler");
        handlerTypes.Select(t => t.Name).ShouldContain("CreateUserHandler");

        var calls = handlerTypes
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions.Select(i => (Method: m, Instruction: i))))
            .Where(c => c.Instruction.OpCode.Code is Code.Call or Code.Callvirt && c.Instruction.Operand is MethodReference)
            .Select(c => (c.Method, Called: (MethodReference)c.Instruction.Operand))
            .ToList();

        calls.Where(c => SettingsLoads.Contains(c.Called.Name) && c.Called.DeclaringType.Name.StartsWith("PolicySettings", StringComparison.Ordinal))
            .Select(c => $"{c.Method.DeclaringType.FullName}.{c.Method.Name} loads settings: {c.Called.FullName}")
            .ShouldBeEmpty();
        calls.Where(c => StreamReads.Contains(c.Called.Name) && c.Called.DeclaringType.Namespace.StartsWith("Marten", StringComparison.Ordinal))
            .Select(c => $"{c.Method.DeclaringType.FullName}.{c.Method.Name} reads a stream back: {c.Called.FullName}")
            .ShouldBeEmpty();
    }

    private static bool IsHandlerCode(TypeDefinition type) =>
        type.Name.EndsWith("Handler", StringComparison.Ordinal) || (type.DeclaringType is { } outer && IsHandlerCode(outer));
}
