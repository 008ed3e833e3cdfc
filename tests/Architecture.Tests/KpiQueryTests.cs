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
        var kpiTypes = ModuleCode.Types(name => name.Contains("Kpi", StringComparison.Ordinal));

        // Every module's KPI code is found, its async state machines and lambdas included.
        kpiTypes.Select(t => t.Name).ShouldContain("SelectionKpisEndpoint");
        kpiTypes.Select(t => t.Name).ShouldContain("GetKpisEndpoint");
        kpiTypes.Select(t => t.Name).ShouldContain("KeywordKpis");
        kpiTypes.Select(t => t.Name).ShouldContain("PromotionKpis");

        var loads = ModuleCode.Calls(kpiTypes)
            .Where(c => c.Called.DeclaringType.Namespace.StartsWith("Marten", StringComparison.Ordinal) && DocumentReads.Contains(c.Called.Name))
            .Select(c => $"{c.Caller.DeclaringType.FullName}.{c.Caller.Name} calls {c.Called.FullName}")
            .ToList();

        loads.ShouldBeEmpty();
    }
}
