using System.Text;

namespace Ops.Bench;

/// <summary>
/// The run as markdown: the machine, every scenario with the host's throughput as a share of the matching pgbench
/// ceiling from the same run, and the targets of issue 12 as met or missed. Printed, and written for docs/benchmarks.md.
/// </summary>
public static class Report
{
    private const double ImportShareTarget = 25, ImportMemoryGrowthMb = 64;
    private const double CommandShareTarget = 30, ReadShareTarget = 50, QueryP99TargetMs = 100, RssAfterTargetMb = 400, ColdStartTargetMs = 3_000;

    private static readonly (string Name, string Title, string? Ceiling)[] Rows =
    [
        ("ceiling.insert", "pgbench: insert one jsonb row", null),
        ("ceiling.select", "pgbench: select by primary key, 100k rows", null),
        ("host.create", "host: register a supplier (`POST /api/selection/suppliers`)", "ceiling.insert"),
        ("host.update", "host: evaluate own supplier with `If-Match` (`POST …/{id}/evaluations`)", "ceiling.insert"),
        ("host.read", "host: supplier by id (`GET …/suppliers/{id}`)", "ceiling.select"),
        ("host.list", "host: list page, 20 by name (`GET …/suppliers?page=N&pageSize=20`)", null),
        ("host.kpi", "host: selection KPIs (`GET /api/selection/kpis`)", null),
    ];

    public static int Write(Options o)
    {
        var results = Results.Read(o["results"]);
        var markdown = Render(results);
        Console.WriteLine(markdown);
        File.WriteAllText(o["markdown"], markdown);
        return 0;
    }

    private static string Render(Results r)
    {
        string Info(string key) => r.Info.TryGetValue(key, out var v) ? v : "?";
        Measurement Scenario(string name) => r.Scenarios.TryGetValue(name, out var m) ? m : throw new BenchException($"no result for {name}");
        double Figure(string name) => r.Figures.TryGetValue(name, out var v) ? v : throw new BenchException($"no figure {name}");
        double Share(string host, string ceiling) => 100 * Scenario(host).RequestsPerSecond / Scenario(ceiling).RequestsPerSecond;

        var md = new StringBuilder();
        md.AppendLine($"## {Info("date")} · commit {Info("commit")}").AppendLine();
        md.AppendLine($"Machine: {Info("cores")} cores ({Info("cpu")}), {Info("memory")} memory, PostgreSQL {Info("postgres")}, " +
                      $".NET SDK {Info("dotnet")}. Load average before the run {Info("load.before")}, after it " +
                      $"{Info("load.after")} (the bench's own load included). {Info("suppliers")} suppliers in the read model " +
                      $"during the host scenarios. The host held {Figure("db.connections"):F0} PostgreSQL connections after the run " +
                      $"(max_connections {Info("max_connections")}).").AppendLine();
        md.AppendLine("| scenario (32 connections) | req/s | p50 ms | p99 ms | non-2xx | errors | share of ceiling |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, title, ceiling) in Rows)
        {
            var m = Scenario(name);
            var share = ceiling is null ? "" : $"{Share(name, ceiling):F1} % of {ceiling["ceiling.".Length..]}";
            md.AppendLine($"| {title} | {m.RequestsPerSecond:F0} | {m.P50Ms:F2} | {m.P99Ms:F2} | {m.Non2xx} | {m.Errors} | {share} |");
        }
        md.AppendLine();

        var host = Rows.Where(row => row.Name.StartsWith("host.", StringComparison.Ordinal)).Select(row => Scenario(row.Name)).ToList();
        var failures = host.Sum(m => m.Non2xx + m.Errors);
        var (create, read) = (Share("host.create", "ceiling.insert"), Share("host.read", "ceiling.select"));
        var (list, kpi) = (Scenario("host.list").P99Ms, Scenario("host.kpi").P99Ms);
        var (rssAfter, rssPeak) = (Figure("rss.after.mb"), Figure("rss.peak.mb"));
        var (cold, first) = (Figure("start.cold.ms"), Figure("start.first.ms"));
        md.AppendLine("| target (issue 12) | this run | |");
        md.AppendLine("|---|---|---|");
        Target(md, $"command ≥ {CommandShareTarget} % of the insert ceiling", $"{create:F1} %", create >= CommandShareTarget);
        Target(md, $"read by id ≥ {ReadShareTarget} % of the select ceiling", $"{read:F1} %", read >= ReadShareTarget);
        Target(md, $"list page p99 < {QueryP99TargetMs} ms at 100k", $"{list:F1} ms", list < QueryP99TargetMs);
        Target(md, $"KPI p99 < {QueryP99TargetMs} ms at 100k", $"{kpi:F1} ms", kpi < QueryP99TargetMs);
        Target(md, "no non-2xx (nor failed request) under load", $"{failures}", failures == 0);
        Target(md, $"host RSS after the run ≤ {RssAfterTargetMb} MB", $"{rssAfter:F0} MB (peak {rssPeak:F0} MB)", rssAfter <= RssAfterTargetMb);
        Target(md, $"cold start ≤ {ColdStartTargetMs / 1000} s (process start to `/health/ready` 200)",
            $"{cold / 1000:F2} s (first start, schema applied before: {first / 1000:F2} s)", cold <= ColdStartTargetMs);
        md.AppendLine();
        RenderImport(md, Figure);
        return md.ToString();
    }

    /// <summary>The order import beside COPY of the same rows, and its memory for a file ten times larger (issue 14).</summary>
    private static void RenderImport(StringBuilder md, Func<string, double> figure)
    {
        var copy = figure("copy.orders.rows_per_s");
        md.AppendLine("| order import (CSV, one line per order) | orders | seconds | orders/s | share of COPY | host RSS start → peak |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        md.AppendLine($"| PostgreSQL `COPY` of the large file's rows into a plain table | {figure("copy.orders.rows"):F0} | | {copy:F0} | | |");
        var stored = figure("copy.stored.rows_per_s");
        md.AppendLine($"| PostgreSQL `COPY` of what the imports stored (order streams, events, read model; same indexes), no host | " +
                      $"{figure("copy.stored.orders"):F0} | | {stored:F0} | {100 * stored / copy:F1} % | |");
        foreach (var (name, title) in new[] { ("import.small", "host: small file"), ("import.large", "host: large file") })
            md.AppendLine($"| {title} (`POST /api/logistics/orders/import`, upload to job completed) | {figure($"{name}.rows"):F0} | " +
                          $"{figure($"{name}.seconds"):F1} | {figure($"{name}.rows_per_s"):F0} | {100 * figure($"{name}.rows_per_s") / copy:F1} % | " +
                          $"{figure($"{name}.rss.before.mb"):F0} → {figure($"{name}.rss.peak.mb"):F0} MB |");
        md.AppendLine();
        md.AppendLine($"An imported order is stored as {figure("copy.stored.bytes") / figure("copy.stored.orders"):F0} bytes of rows and JSON " +
                      $"against {figure("copy.orders.bytes") / figure("copy.orders.rows"):F0} bytes of CSV: the second line is the ceiling of " +
                      "any import that writes each order as an event-sourced record, whatever the host does (ADR 0020).");
        md.AppendLine();
        var share = 100 * figure("import.large.rows_per_s") / copy;
        var smallGrowth = figure("import.small.rss.peak.mb") - figure("import.small.rss.before.mb");
        var largeGrowth = figure("import.large.rss.peak.mb") - figure("import.large.rss.before.mb");
        md.AppendLine("| target (issue 14) | this run | |");
        md.AppendLine("|---|---|---|");
        Target(md, $"order import ≥ {ImportShareTarget} % of COPY", $"{share:F1} %", share >= ImportShareTarget);
        Target(md, $"memory flat in the file size: the large file's peak rise within {ImportMemoryGrowthMb} MB of the small one's",
            $"+{largeGrowth:F0} MB vs +{smallGrowth:F0} MB", largeGrowth <= smallGrowth + ImportMemoryGrowthMb);
    }

    private static void Target(StringBuilder md, string target, string figure, bool met) =>
        md.AppendLine($"| {target} | {figure} | {(met ? "met" : "**missed**")} |");
}
