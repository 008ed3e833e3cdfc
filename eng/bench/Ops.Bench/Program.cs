using System.Globalization;
using Ops.Bench;

// The parts of `./ops bench` that are easier in C# than in bash: an HTTP load generator with per-connection state
// and exact percentiles, percentiles of pgbench's transaction logs, and the report. The script does the rest
// (PostgreSQL, the build, the host's process, pgbench itself, RSS and start-up times).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    return args switch
    {
        ["seed", .. var rest] => await HostLoad.SeedAsync(Options.Parse(rest)),
        ["http", .. var rest] => await HostLoad.MeasureAsync(Options.Parse(rest)),
        ["pgbench", .. var rest] => PgbenchLog.Summarise(Options.Parse(rest)),
        ["report", .. var rest] => Report.Write(Options.Parse(rest)),
        ["orders-file", .. var rest] => OrderImportLoad.WriteFile(Options.Parse(rest)),
        ["import", .. var rest] => await OrderImportLoad.ImportAsync(Options.Parse(rest)),
        _ => Usage(),
    };
}
catch (BenchException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage (run by ./ops bench):
          seed    --url U --email E --password P --count N --connections C --seconds S --ids-out FILE
          http    --url U --email E --password P --ids FILE --connections C --warmup S --seconds S --results FILE --errors FILE
          pgbench --name N --tps T --failed F --seconds S --results FILE LOGFILE...
          report  --results FILE --markdown FILE
          orders-file --count N --prefix P --out FILE
          import  --url U --email E --password P --file FILE --name N --host-pid PID --results FILE
        """);
    return 2;
}

namespace Ops.Bench
{
    /// <summary>A failure of the bench itself (not of the host under load): stops the run with a message.</summary>
    public sealed class BenchException(string message) : Exception(message);

    /// <summary><c>--key value</c> pairs and the remaining positional arguments.</summary>
    public sealed class Options
    {
        private readonly Dictionary<string, string> values = [];
        public List<string> Positional { get; } = [];

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) options.values[args[i][2..]] = args[++i];
                else options.Positional.Add(args[i]);
            }
            return options;
        }

        public string this[string key] => values.TryGetValue(key, out var v) ? v : throw new BenchException($"--{key} is required");

        public void Set(string key, string value) => values[key] = value;

        public int Int(string key) => int.Parse(this[key], CultureInfo.InvariantCulture);

        public double Double(string key) => double.Parse(this[key], CultureInfo.InvariantCulture);
    }
}
