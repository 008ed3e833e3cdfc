using JasperFx.CommandLine.Descriptions;
using JasperFx.Resources;
using Ops.Shared.Modules;

namespace Ops.Host;

/// <summary>
/// Where the host does not apply schema changes itself (<see cref="OpsDatabase.AppliesChangesOnStart"/> off, as in
/// Production), it refuses to start against a database whose schema is missing or behind this build, and says what to
/// run: otherwise Wolverine fails on its first poll and every request that touches a missing table is a 500.
/// </summary>
public sealed class DatabaseSchemaCheck(IEnumerable<ISystemPart> parts, ILogger<DatabaseSchemaCheck> logger) : IHostedService
{
    /// <summary>Ahead of every other hosted service (Wolverine's runtime, the seeds), which would use the schema.</summary>
    public static void Register(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseSchemaCheck>());

    public async Task StartAsync(CancellationToken ct)
    {
        // The same resources `resources setup` (./ops db migrate) applies: every module store and Wolverine's storage.
        var resources = new List<IStatefulResource>();
        foreach (var part in parts) resources.AddRange(await part.FindResources());
        var failures = await Task.WhenAll(resources.Select(async resource =>
        {
            try
            {
                await resource.Check(ct);
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The schema of {Resource} is not what this build expects", resource.Name);
                return resource.Name;
            }
        }));
        var failed = failures.OfType<string>().ToArray();
        if (failed.Length == 0) return;
        throw new InvalidOperationException(
            $"The database schema does not match this build, and this host does not change it on its own (Ops:Database:ApplyChangesOnStart is off). " +
            $"Apply the changes with {OpsDatabase.MigrateCommand}, then start again; or set Ops:Database:ApplyChangesOnStart=true. " +
            $"Not as expected (the log above has the differences): {string.Join(", ", failed)}.");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
