using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using JasperFx.CommandLine.Descriptions;
using JasperFx.Resources;
using Marten;
using Marten.Exceptions;
using Npgsql;
using Ops.Shared.Modules;

namespace Ops.Host;

/// <summary>
/// Where the host does not apply schema changes itself (<see cref="OpsDatabase.AppliesChangesOnStart"/> off, as in
/// Production), it refuses to start against a database whose schema is missing or behind this build, and says what to
/// run: otherwise Wolverine fails on its first poll and every request that touches a missing table is a 500.
/// </summary>
public sealed class DatabaseSchemaCheck(
    IEnumerable<ISystemPart> parts, IEnumerable<OpsModule> modules, IDocumentStore main, TimeProvider time, ILogger<DatabaseSchemaCheck> logger)
    : IHostedService
{
    /// <summary>Ahead of every other hosted service (Wolverine's runtime, the seeds), which would use the schema.</summary>
    public static void Register(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseSchemaCheck>());

    /// <summary>The record of a passed check, in the host's own schema (<c>ops</c>), which <c>resources setup</c> creates.</summary>
    public static void Configure(StoreOptions options) => options.Schema.For<SchemaCheckPassed>().Identity(c => c.Build);

    /// <summary>
    /// A full comparison of every store's schema with this build's takes about a second, a third of a start. So a build
    /// whose check has passed on this database says so in it, and a restart of that build (the common start: a crash,
    /// a scale-out, a host moved) skips the comparison. A new build, or a database without the record (a fresh one, or one
    /// restored from before the check), is compared in full. What the record cannot see is a schema changed by hand
    /// after the check; that is not what this check is for (ADR 0011: a database behind the build).
    /// </summary>
    public async Task StartAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var build = BuildId();
        if (await PassedBeforeAsync(build, ct))
        {
            logger.LogInformation("Schema already checked for build {Build}", build);
            return;
        }

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
        logger.LogInformation("Schema checked: {Resources} resources in {Elapsed} ms", resources.Count, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (failed.Length == 0)
        {
            await using var session = main.LightweightSession();
            session.Store(new SchemaCheckPassed(build, time.GetUtcNow()));
            await session.SaveChangesAsync(ct);
            return;
        }
        throw new InvalidOperationException(
            $"The database schema does not match this build, and this host does not change it on its own (Ops:Database:ApplyChangesOnStart is off). " +
            $"Apply the changes with {OpsDatabase.MigrateCommand}, then start again; or set Ops:Database:ApplyChangesOnStart=true. " +
            $"Not as expected (the log above has the differences): {string.Join(", ", failed)}.");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task<bool> PassedBeforeAsync(string build, CancellationToken ct)
    {
        try
        {
            await using var session = main.QuerySession();
            return await session.LoadAsync<SchemaCheckPassed>(build, ct) is not null;
        }
        catch (Exception e) when (e is NpgsqlException or MartenException)
        {
            return false; // no record table yet: the full comparison says what is missing
        }
    }

    /// <summary>
    /// This build, as far as the schema goes: the modules, the host and the libraries that write the DDL, each by its
    /// compiled module's id (a new compile is a new build).
    /// </summary>
    private string BuildId()
    {
        var assemblies = modules.Select(m => m.Assembly)
            .Append(typeof(DatabaseSchemaCheck).Assembly).Append(typeof(OpsModule).Assembly)
            .Append(typeof(DocumentStore).Assembly).Append(typeof(Weasel.Postgresql.PostgresqlDatabase).Assembly)
            .Append(typeof(Wolverine.IMessageBus).Assembly)
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name is "Wolverine.Postgresql" or "Wolverine.RDBMS" or "Wolverine.Marten"))
            .Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal);
        var ids = string.Join(';', assemblies.Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..32];
    }
}

/// <summary>The schema of build <see cref="Build"/> was compared with this database's and matched.</summary>
public sealed record SchemaCheckPassed(string Build, DateTimeOffset CheckedAt);
