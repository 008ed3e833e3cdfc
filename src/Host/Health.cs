using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Ops.Shared.Modules;
using Wolverine.Runtime;

namespace Ops.Host;

/// <summary>Ready means the database answers.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var command = database.CreateCommand("select 1");
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", e);
        }
    }
}

/// <summary>
/// Messages Wolverine gave up on wait in its dead-letter table until someone replays them (<c>/api/ops/dead-letters</c>).
/// Any there makes the host Degraded: still ready (200) — it serves requests and handles other messages — but a timer or
/// a message between modules is waiting for a person.
/// </summary>
public sealed class DeadLetterHealthCheck(IWolverineRuntime runtime) : IHealthCheck
{
    public const string CountKey = "deadLetters";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var count = (await runtime.Storage.Admin.FetchCountsAsync()).DeadLetter;
        var data = new Dictionary<string, object> { [CountKey] = count };
        return count == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded($"{count} message(s) in the dead-letter queue: see /api/ops/dead-letters.", data: data);
    }
}

public static class HealthResponses
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            data = report.Entries.SelectMany(e => e.Value.Data).ToDictionary(d => d.Key, d => d.Value),
        }));
    }
}
