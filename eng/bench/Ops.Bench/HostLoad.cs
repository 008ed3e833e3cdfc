using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ops.Bench;

/// <summary>
/// A scenario: how the <paramref name="Name"/>d request is made from the connection's index and a sequence number
/// unique within the scenario (warm-up included). <see cref="Prepare"/> runs once before the warm-up;
/// <see cref="Observe"/> runs after each answer, outside the timed part (it may keep per-connection state).
/// </summary>
public sealed record Scenario(string Name, Func<int, long, HttpRequestMessage> Request)
{
    public Func<Task>? Prepare { get; init; }
    public Func<int, HttpResponseMessage, Task>? Observe { get; init; }
}

/// <summary>
/// The host under load: one client with <c>connections</c> keep-alive connections, each driven by one loop that waits
/// for its answer before sending again (a closed loop, like pgbench's clients). Every loop ends at its deadline or
/// after <see cref="MaxRequestsPerConnection"/> requests, whichever comes first.
/// </summary>
public static class HostLoad
{
    private const int MaxRequestsPerConnection = 1_000_000;
    private const string Suppliers = "/api/selection/suppliers";
    private static readonly string[] Countries = ["CN", "VN", "IN", "US", "DE", "TW", "MX", "TR"];

    /// <summary>Registers <c>count</c> suppliers through the API (the originals the script copies to 100k) and writes their ids.</summary>
    public static async Task<int> SeedAsync(Options o)
    {
        var (count, connections, deadline) = (o.Int("count"), o.Int("connections"), TimeSpan.FromSeconds(o.Double("seconds")));
        using var http = await LogInAsync(o, connections);
        var ids = new ConcurrentBag<Guid>();
        long next = -1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < count && Stopwatch.GetElapsedTime(start) < deadline)
            {
                using var response = await http.SendAsync(RegisterSupplier("seed", i));
                await ExpectSuccessAsync(response, "registering a seed supplier");
                ids.Add(IdFromLocation(response));
            }
        })));
        if (ids.Count < count) throw new BenchException($"seed: registered {ids.Count} of {count} suppliers within {deadline.TotalSeconds} s");
        await File.WriteAllLinesAsync(o["ids-out"], ids.Select(id => id.ToString()));
        Console.Error.WriteLine($"bench: registered {ids.Count} suppliers through the API in {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>The five host scenarios, one after the other, each after a warm-up that is not counted.</summary>
    public static async Task<int> MeasureAsync(Options o)
    {
        var connections = o.Int("connections");
        var (warmup, duration) = (TimeSpan.FromSeconds(o.Double("warmup")), TimeSpan.FromSeconds(o.Double("seconds")));
        var ids = (await File.ReadAllLinesAsync(o["ids"])).Select(Guid.Parse).ToArray();
        if (ids.Length == 0) throw new BenchException($"{o["ids"]} holds no supplier id");
        using var http = await LogInAsync(o, connections);
        var errors = new ErrorLog(o["errors"]);

        foreach (var scenario in Scenarios(http, ids, connections))
        {
            if (scenario.Prepare is { } prepare) await prepare();
            long sequence = -1;
            HttpRequestMessage Next(int connection) => scenario.Request(connection, Interlocked.Increment(ref sequence));
            if (warmup > TimeSpan.Zero) await RunAsync(http, scenario, Next, connections, warmup, errors: null);
            var measurement = await RunAsync(http, scenario, Next, connections, duration, errors);
            Results.Append(o["results"], measurement);
            Console.Error.WriteLine($"bench: {measurement.Summary}");
        }
        errors.WriteCounts();
        return 0;
    }

    private static IEnumerable<Scenario> Scenarios(HttpClient http, Guid[] ids, int connections)
    {
        yield return new Scenario("host.create", (_, n) => RegisterSupplier("load", n));

        // Each connection evaluates its own supplier (no race between connections), sending the ETag of its last answer.
        var own = new Guid[connections];
        var etags = new string[connections];
        var scores = JsonSerializer.Serialize(new
        {
            scores = new { qualification = 85, reputation = 80, capacity = 75, quality = 90, price = 70, leadTime = 80, afterSales = 75 },
            notes = "Quarterly review",
        }, JsonSerializerOptions.Web);
        yield return new Scenario("host.update", (c, _) =>
            {
                var request = Json(HttpMethod.Post, $"{Suppliers}/{own[c]}/evaluations", scores);
                request.Headers.TryAddWithoutValidation("If-Match", etags[c]);
                return request;
            })
        {
            Prepare = () => Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
            {
                using var response = await http.SendAsync(RegisterSupplier("update", c));
                await ExpectSuccessAsync(response, "registering a supplier to evaluate");
                (own[c], etags[c]) = (IdFromLocation(response), ETagOf(response));
            })),
            Observe = async (c, response) =>
            {
                if (response.IsSuccessStatusCode)
                {
                    etags[c] = ETagOf(response);
                    return;
                }
                // Counted as non-2xx already; carry on from the supplier's current version.
                using var current = await http.GetAsync($"{Suppliers}/{own[c]}");
                if (current.IsSuccessStatusCode) etags[c] = ETagOf(current);
            },
        };

        yield return new Scenario("host.read", (_, n) => new HttpRequestMessage(HttpMethod.Get, $"{Suppliers}/{ids[n % ids.Length]}"));

        // The web client's list: 20 a page, sorted by name (the default); 50 different pages.
        yield return new Scenario("host.list", (_, n) => new HttpRequestMessage(HttpMethod.Get, $"{Suppliers}?page={1 + n % 50}&pageSize=20"));

        yield return new Scenario("host.kpi", (_, _) => new HttpRequestMessage(HttpMethod.Get, "/api/selection/kpis"));
    }

    private static async Task<Measurement> RunAsync(HttpClient http, Scenario scenario, Func<int, HttpRequestMessage> next, int connections,
        TimeSpan duration, ErrorLog? errors)
    {
        var start = Stopwatch.GetTimestamp();
        var loops = await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var loop = new LoopResult();
            for (var n = 0; n < MaxRequestsPerConnection && Stopwatch.GetElapsedTime(start) < duration; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    // SendAsync reads the whole body before it returns (ResponseContentRead).
                    using var response = await http.SendAsync(next(c));
                    loop.Latencies.Add(Stopwatch.GetTimestamp() - sent);
                    if (response.IsSuccessStatusCode) loop.Ok++;
                    else
                    {
                        loop.Non2xx++;
                        if (errors is not null) await errors.RecordAsync(scenario.Name, response);
                    }
                    if (scenario.Observe is { } observe) await observe(c, response);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    loop.Errors++;
                    errors?.Record(scenario.Name, e);
                }
            }
            return loop;
        })));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var ok = loops.Sum(l => l.Ok);
        return Measurement.Of(scenario.Name, [.. loops.SelectMany(l => l.Latencies)], ok, seconds, ok / seconds,
            loops.Sum(l => l.Non2xx), loops.Sum(l => l.Errors), ticks => ticks * 1000.0 / Stopwatch.Frequency);
    }

    private sealed class LoopResult
    {
        public List<long> Latencies { get; } = new(16_384);
        public long Ok { get; set; }
        public long Non2xx { get; set; }
        public long Errors { get; set; }
    }

    /// <summary>A valid registration (see RegisterSupplierValidator), unique by its name and e-mail.</summary>
    private static HttpRequestMessage RegisterSupplier(string batch, long n) => Json(HttpMethod.Post, Suppliers, JsonSerializer.Serialize(new
    {
        name = $"Bench {batch} supplier {n:D7}",
        contact = new { person = "Sales desk", email = $"sales-{batch}-{n}@bench.example", phone = "+86 755 0000 0000" },
        country = Countries[n % Countries.Length],
        monthlyCapacityUnits = 1_000 + n % 9_000,
        documents = Array.Empty<object>(),
    }, JsonSerializerOptions.Web));

    private static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static Guid IdFromLocation(HttpResponseMessage response) =>
        response.Headers.Location is { } location && Guid.TryParse(location.OriginalString.Split('/')[^1], out var id)
            ? id
            : throw new BenchException($"{(int)response.StatusCode} without a supplier's Location");

    private static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new BenchException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri} without an ETag");

    internal static async Task ExpectSuccessAsync(HttpResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode) return;
        throw new BenchException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A client for the host: logged in as a real user (POST /api/auth/token), keep-alive, loopback, no proxy.</summary>
    internal static async Task<HttpClient> LogInAsync(Options o, int connections, TimeSpan? timeout = null)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = new Uri(o["url"]),
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        var credentials = JsonSerializer.Serialize(new { email = o["email"], password = o["password"] }, JsonSerializerOptions.Web);
        using var response = await http.SendAsync(Json(HttpMethod.Post, "/api/auth/token", credentials));
        await ExpectSuccessAsync(response, $"logging in as {o["email"]}");
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return http;
    }
}

/// <summary>
/// What went wrong under load, for the report: counts per status and per exception type, and the first few answers
/// in full (status, headers that matter, body) so a 500 can be traced in the host's log by its correlation id.
/// </summary>
public sealed class ErrorLog(string path)
{
    private const int SamplesPerKind = 3;
    private readonly ConcurrentDictionary<string, int> seen = new();
    private readonly Lock writing = new();

    public async Task RecordAsync(string scenario, HttpResponseMessage response)
    {
        var kind = $"{scenario} {(int)response.StatusCode}";
        if (!ShouldSample(kind)) return;
        var body = await response.Content.ReadAsStringAsync();
        var correlation = response.Headers.TryGetValues("X-Correlation-Id", out var values) ? string.Join(',', values) : "-";
        Write($"{kind} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} correlation {correlation}\n  {Truncate(body)}");
    }

    public void Record(string scenario, Exception e)
    {
        var kind = $"{scenario} {e.GetType().Name}";
        if (ShouldSample(kind)) Write($"{kind}: {e.Message}");
    }

    /// <summary>How many of each kind there were, after the samples (nothing when all went well).</summary>
    public void WriteCounts()
    {
        foreach (var (kind, count) in seen.OrderBy(k => k.Key)) Write($"{kind}: {count} in all");
    }

    private bool ShouldSample(string kind) => seen.AddOrUpdate(kind, 1, (_, n) => n + 1) <= SamplesPerKind;

    private void Write(string text)
    {
        lock (writing) File.AppendAllText(path, text + "\n");
    }

    private static string Truncate(string body) => body.Length <= 2_000 ? body : body[..2_000] + "…";
}
