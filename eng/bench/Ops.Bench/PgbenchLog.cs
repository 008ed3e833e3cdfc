using System.Globalization;

namespace Ops.Bench;

/// <summary>
/// pgbench prints throughput and the mean latency but no percentiles; its per-transaction log (<c>-l</c>) has each
/// transaction's latency in microseconds as the third field (<c>client_id transaction_no time script_no epoch us</c>).
/// </summary>
public static class PgbenchLog
{
    public static int Summarise(Options o)
    {
        if (o.Positional.Count == 0) throw new BenchException("pgbench: no log files (was pgbench run with -l?)");
        var latencies = new List<long>();
        foreach (var file in o.Positional)
        foreach (var line in File.ReadLines(file))
        {
            var fields = line.Split(' ', 4);
            if (fields.Length < 3) continue;
            latencies.Add(long.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        var failed = long.Parse(o["failed"], CultureInfo.InvariantCulture);
        var measurement = Measurement.Of(o["name"], [.. latencies], latencies.Count, o.Double("seconds"), o.Double("tps"),
            non2xx: 0, errors: failed, toMs: us => us / 1000.0);
        Results.Append(o["results"], measurement);
        Console.Error.WriteLine($"bench: {measurement.Summary}");
        return 0;
    }
}
