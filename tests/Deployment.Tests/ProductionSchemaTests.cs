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

    /// <summary>What <c>./ops db migrate</c> runs once it has built the host: its <c>resources setup</c>, with the Production settings.</summary>
    private static Task MigrateAsync(string connectionString) => HostProcess.RunAsync(connectionString, ["resources", "setup"]);

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
