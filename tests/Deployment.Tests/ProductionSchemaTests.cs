using System.Diagnostics;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Ops.Shared;

namespace Deployment.Tests;

/// <summary>
/// With the Production settings the host never changes the schema on its own: against a database without it, it refuses
/// to start and names the command that applies it; once that has run, it starts.
/// </summary>
public sealed class ProductionSchemaTests
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task a_production_host_refuses_an_empty_database_naming_the_migration_and_starts_once_it_has_run()
    {
        var database = await TestDatabase.FreshAsync("host_production");

        var refused = await Should.ThrowAsync<Exception>(() => StartAsync(database));
        Messages(refused).ShouldContain("./ops db migrate");
        (await TablesIn(database)).ShouldBe(0, "nothing created silently");

        await MigrateAsync(database);

        await using (var host = await StartAsync(database))
        {
            var ready = await host.Scenario(x => x.Get.Url("/health/ready"));
            JsonDocument.Parse(await ready.ReadAsTextAsync()).RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
            await host.Scenario(x =>
            {
                x.Post.Json(new { email = $"{Role.Admin}@demo.ops", password = TestHost.DemoPassword }).ToUrl("/api/auth/token");
                x.StatusCodeShouldBeOk();
            });
        }

        // The check that passed is recorded for this build, so a restart of it skips the second-long comparison ...
        (await Scalar<long>(database, "select count(*) from ops.mt_doc_schemacheckpassed")).ShouldBe(1);
        await using (var restarted = await StartAsync(database))
            await restarted.Scenario(x => x.Get.Url("/health/ready"));

        // ... and only this build: a database whose record names another build is compared in full, and refused if behind.
        await Scalar<long>(database, "update ops.mt_doc_schemacheckpassed set id = 'another build'");
        await Scalar<long>(database, "drop table selection.mt_doc_supplierdetails");
        Messages(await Should.ThrowAsync<Exception>(() => StartAsync(database))).ShouldContain("ISelectionStore");
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is T typed ? typed : default!;
    }

    private static Task<IAlbaHost> StartAsync(string connectionString) =>
        TestHost.StartAsync(connectionString, TimeProvider.System, builder => builder.UseEnvironment("Production"));

    /// <summary>
    /// What <c>./ops db migrate</c> runs once it has built the host: the published host's <c>resources setup</c>, with
    /// the Production settings.
    /// </summary>
    private static async Task MigrateAsync(string connectionString)
    {
        var (project, build) = HostBuild();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(build, "Ops.Host.dll"), "resources", "setup"])
        {
            WorkingDirectory = project, // its appsettings*.json, as `./ops` runs it
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Ops"] = connectionString,
                ["Ops__Auth__SigningKey"] = TestHost.SigningKey,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(MigrationTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"resources setup did not finish within {MigrationTimeout.TotalMinutes:0} minutes");
        }
        process.ExitCode.ShouldBe(0, $"resources setup failed:\n{await output}\n{await errors}");
    }

    /// <summary>
    /// The host project and its own build output, in this build's configuration: not this test's output folder, where
    /// the host's command line would trip over the test assemblies it scans.
    /// </summary>
    private static (string Project, string Build) HostBuild()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Ops.sln"))) root = root.Parent ?? throw new DirectoryNotFoundException("No Ops.sln above the tests");
        var project = Path.Combine(root.FullName, "src", "Host");
        var output = Path.GetRelativePath(Path.Combine(root.FullName, "tests", "Deployment.Tests"), AppContext.BaseDirectory); // bin/<configuration>/<framework>
        return (project, Path.Combine(project, output));
    }

    private static async Task<long> TablesIn(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Messages(Exception e) => e switch
    {
        AggregateException all => string.Join("\n", all.InnerExceptions.Select(Messages)),
        { InnerException: { } inner } => $"{e.Message}\n{Messages(inner)}",
        _ => e.Message,
    };
}
