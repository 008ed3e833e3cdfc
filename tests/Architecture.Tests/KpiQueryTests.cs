using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Architecture.Tests;

/// <summary>
/// A KPI asks PostgreSQL for grouped figures (<c>Ops.Shared.Kpis.KpiQueries</c>); it never brings the projections'
/// documents into memory, which costs a row per record on every dashboard refresh (issue 11, section 5).
/// </summary>
public sealed class KpiQueryTests
{
    /// <summary>Marten's ways to read documents: a LINQ query, a load by id, or a query materialised in any form.</summary>
    private static readonly HashSet<string> DocumentReads =
        ["Query", "LoadAsync", "LoadManyAsync", "ToListAsync", "ToArrayAsync", "ToAsyncEnumerable", "StreamJsonMany", "ToPagedListAsync"];

    [Fact]
    public void kpis_are_computed_by_grouped_queries_and_never_load_documents()
    {
        var kpiTypes = Module.All
            .Select(m => AssemblyDefinition.ReadAssembly(m.Internals.Location))
            .SelectMany(a => a.MainModule.GetTypes())
            .Where(IsKpiCode)
            .ToList();

        // Every module's KPI code is found, its async state machines and lambdas included.
        kpiTypes.Select(t => t.Name).ShouldContain("SelectionKpisEndpoint");
        kpiTypes.Select(t => t.Name).ShouldContain("GetKpisEndpoint");
        kpiTypes.Select(t => t.Name).ShouldContain("KeywordKpis");
        kpiTypes.Select(t => t.Name).ShouldContain("PromotionKpis");

        var loads = kpiTypes
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions.Select(i => (Method: m, Instruction: i))))
            .Where(c => c.Instruction.OpCode.Code is Code.Call or Code.Callvirt && c.Instruction.Operand is MethodReference called
                && called.DeclaringType.Namespace.StartsWith("Marten", StringComparison.Ordinal) && DocumentReads.Contains(called.Name))
            .Select(c => $"{c.Method.DeclaringType.FullName}.{c.Method.Name} calls {((MethodReference)c.Instruction.Operand).FullName}")
            .ToList();

        loads.ShouldBeEmpty();
    }

    private static bool IsKpiCode(TypeDefinition type) =>
        type.Name.Contains("Kpi", StringComparison.Ordinal) || (type.DeclaringType is { } outer && IsKpiCode(outer));
}
