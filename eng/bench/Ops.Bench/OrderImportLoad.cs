using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ops.Bench;

/// <summary>
/// The order import (issue 14): a file of orders written once, COPYed into a plain table by the script (PostgreSQL's own
/// ceiling for those rows), and imported through <c>POST /api/logistics/orders/import</c> while the host's resident memory
/// is sampled. Two sizes from the same run show whether memory stays flat as the file grows.
/// </summary>
public static class OrderImportLoad
{
    /// <summary>The import's CSV columns (Ops.Logistics.Orders.OrderImport.Columns), one order of one line per row.</summary>
    public const string Header = "marketplace,orderNumber,purchasedAt,shipBy,paymentStatus,currency,buyerName,buyerEmail,buyerPhone,addressLine1,addressLine2,city,region,postalCode,country,sku,quantity,unitPrice";

    /// <summary><c>orders-file --count N --prefix P --out FILE</c>: N orders numbered P-0000001 on, streamed to the file.</summary>
    public static int WriteFile(Options o)
    {
        var (count, prefix) = (o.Int("count"), o["prefix"]);
        using var file = new StreamWriter(o["out"], false, new UTF8Encoding(false), 1 << 16);
        file.Write(Header + "\n");
        var purchased = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
            file.Write(string.Create(CultureInfo.InvariantCulture,
                $"US,{prefix}-{i:D7},{purchased.AddSeconds(i):yyyy-MM-ddTHH:mm:ssZ},,Captured,USD,Buyer {i},buyer{i}@example.com,,{i} Main St,,Springfield,IL,62701,US,BENCH-SKU-{i % 50:D2},{1 + i % 3},{9.99m + i % 20}\n"));
        return 0;
    }

    /// <summary>
    /// <c>import --url U --email E --password P --file FILE --name N --host-pid PID --results FILE</c>: uploads the file into
    /// the first store the organisation lists (the demo store), polls the job until it is finished, and records rows per second (upload to the job's end) and the host's
    /// resident memory at the start and its most during the import.
    /// </summary>
    public static async Task<int> ImportAsync(Options o)
    {
        using var http = await HostLoad.LogInAsync(o, 2, TimeSpan.FromMinutes(30)); // the upload streams the whole file
        var (name, path, pid) = (o["name"], o["file"], o.Int("host-pid"));
        using (var stores = await http.GetAsync("/api/org/stores?pageSize=1"))
        {
            await HostLoad.ExpectSuccessAsync(stores, "listing the stores");
            using var page = JsonDocument.Parse(await stores.Content.ReadAsStringAsync());
            o.Set("store", page.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!);
        }

        var before = ResidentMb(pid);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ResidentMb(pid));
                await Task.Delay(50);
            }
        });

        var start = Stopwatch.GetTimestamp();
        await using var body = File.OpenRead(path);
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/logistics/orders/import?storeId={o["store"]}&fileName={Path.GetFileName(path)}")
        {
            Content = new StreamContent(body, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } },
        };
        using var started = await http.SendAsync(upload);
        await HostLoad.ExpectSuccessAsync(started, "uploading the order file");
        var location = started.Headers.Location?.ToString() ?? throw new BenchException("the import answered without a Location");

        JsonElement job;
        while (true)
        {
            using var poll = await http.GetAsync(location);
            await HostLoad.ExpectSuccessAsync(poll, "reading the import job");
            job = JsonDocument.Parse(await poll.Content.ReadAsStringAsync()).RootElement.Clone();
            if (job.GetProperty("status").GetString() is "Completed" or "Rejected" or "Failed") break;
            await Task.Delay(200);
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var status = job.GetProperty("status").GetString();
        var imported = job.GetProperty("imported").GetInt32();
        if (status != "Completed") throw new BenchException($"the import of {path} ended {status}: {job}");

        var rowsPerSecond = imported / seconds;
        File.AppendAllLines(o["results"],
        [
            $"figure\t{name}.rows\t{imported}",
            $"figure\t{name}.seconds\t{seconds.ToString("F3", CultureInfo.InvariantCulture)}",
            $"figure\t{name}.rows_per_s\t{rowsPerSecond.ToString("F1", CultureInfo.InvariantCulture)}",
            $"figure\t{name}.rss.before.mb\t{before}",
            $"figure\t{name}.rss.peak.mb\t{peak}",
        ]);
        Console.Error.WriteLine($"bench: {name}: {imported} orders in {seconds:F1} s ({rowsPerSecond:F0}/s), host RSS {before} → peak {peak} MB");
        return 0;
    }

    private static long ResidentMb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        throw new BenchException($"no VmRSS for process {pid}");
    }
}
