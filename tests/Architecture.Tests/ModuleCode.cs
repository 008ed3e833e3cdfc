using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Architecture.Tests;

/// <summary>The compiled code of every module, read with Mono.Cecil, for rules about what code calls.</summary>
internal static class ModuleCode
{
    /// <summary>
    /// The types of every module whose name, or the name of a type they are nested in, passes <paramref name="named"/>:
    /// so a class's async state machines and lambdas (nested types the compiler makes) come with it.
    /// </summary>
    public static IReadOnlyList<TypeDefinition> Types(Func<string, bool> named) =>
    [
        .. Module.All
            .Select(m => AssemblyDefinition.ReadAssembly(m.Internals.Location))
            .SelectMany(a => a.MainModule.GetTypes())
            .Where(t => IsNamed(t, named)),
    ];

    /// <summary>Every method call the methods of <paramref name="types"/> make.</summary>
    public static IEnumerable<(MethodDefinition Caller, MethodReference Called)> Calls(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(t => t.Methods.Where(m => m.HasBody))
            .SelectMany(m => m.Body.Instructions.Select(i => (Method: m, Instruction: i)))
            .Where(c => c.Instruction.OpCode.Code is Code.Call or Code.Callvirt && c.Instruction.Operand is MethodReference)
            .Select(c => (c.Method, (MethodReference)c.Instruction.Operand));

    private static bool IsNamed(TypeDefinition type, Func<string, bool> named) =>
        named(type.Name) || (type.DeclaringType is { } outer && IsNamed(outer, named));
}
