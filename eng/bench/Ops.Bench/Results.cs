using System.Globalization;

namespace Ops.Bench;

/// <summary>
/// One scenario's figures. Requests per second count 2xx answers only (a fast error must not look like throughput);
/// the latencies are those of every answer, each request timed from send to the last byte of its body.
/// </summary>
public sealed record Measurement(string Name, long Requests, long Ok, double Seconds, double RequestsPerSecond, double P50Ms, double P99Ms,
    long Non2xx, long Errors)
{
    /// <summary>Nearest-rank percentiles of <paramref name="latencies"/> (any unit), converted by <paramref name="toMs"/>.</summary>
    public static Measurement Of(string name, long[] latencies, long ok, double seconds, double requestsPerSecond, long non2xx, long errors,
        Func<long, double> toMs)
    {
        Array.Sort(latencies);
        return new(name, latencies.LongLength + errors, ok, seconds, requestsPerSecond,
            toMs(Percentile(latencies, 0.50)), toMs(Percentile(latencies, 0.99)), non2xx, errors);
    }

    private static long Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Summary => $"{Name}: {RequestsPerSecond:F0} req/s, p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms, " +
                             $"{Requests} requests in {Seconds:F1} s, {Non2xx} non-2xx, {Errors} errors";

    public string ToLine() => string.Join('\t', "scenario", Name, Requests, Ok, F(Seconds), F(RequestsPerSecond), F(P50Ms), F(P99Ms), Non2xx, Errors);

    public static Measurement Parse(string[] f) => new(f[1], long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture),
        D(f[4]), D(f[5]), D(f[6]), D(f[7]), long.Parse(f[8], CultureInfo.InvariantCulture), long.Parse(f[9], CultureInfo.InvariantCulture));

    private static string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

/// <summary>
/// The run's results file, tab-separated, written by the script and this tool alike:
/// <c>scenario name requests ok seconds rps p50 p99 non2xx errors</c>, <c>figure name number</c>, <c>info name text</c>.
/// </summary>
public sealed class Results
{
    public Dictionary<string, Measurement> Scenarios { get; } = [];
    public Dictionary<string, double> Figures { get; } = [];
    public Dictionary<string, string> Info { get; } = [];

    public static void Append(string path, Measurement measurement) => File.AppendAllLines(path, [measurement.ToLine()]);

    public static Results Read(string path)
    {
        var results = new Results();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "scenario": results.Scenarios[f[1]] = Measurement.Parse(f); break;
                case "figure": results.Figures[f[1]] = double.Parse(f[2], CultureInfo.InvariantCulture); break;
                case "info": results.Info[f[1]] = string.Join(' ', f[2..]); break;
                default: throw new BenchException($"{path}: unknown line '{line}'");
            }
        }
        return results;
    }
}
