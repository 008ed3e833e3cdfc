using Npgsql;

namespace Ops.Testing;

/// <summary>
/// Each test assembly gets its own database (<c>ops_test_&lt;suite&gt;</c>) next to the one <c>OPS_TEST_DB</c> names,
/// so suites run in parallel and never touch the data of <c>./ops run</c>.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "OPS_TEST_DB";
    private const string Fallback = "Host=127.0.0.1;Port=5432;Database=ops_test;Username=ops;Password=ops";

    public static async Task<string> EnsureAsync(string suite)
    {
        var (root, name) = Named(suite);
        await OnServerAsync(root, async connection =>
        {
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
                try { await create.ExecuteNonQueryAsync(); }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
            }
        });
        return ConnectionString(root, name);
    }

    /// <summary>An empty database (no schema, no data) for a test that starts from nothing; one left by an earlier run is dropped first.</summary>
    public static async Task<string> FreshAsync(string suite)
    {
        var (root, name) = Named(suite);
        await OnServerAsync(root, async connection =>
        {
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        });
        return ConnectionString(root, name);
    }

    private static (NpgsqlConnectionStringBuilder Root, string Name) Named(string suite)
    {
        var root = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : Fallback);
        return (root, $"{root.Database}_{suite}".ToLowerInvariant());
    }

    /// <summary>
    /// From the maintenance database, so the root database itself need not exist. Dropping a database waits for a
    /// checkpoint, which syncs whatever the suites running beside it have written: 34 s was seen on a cluster holding many
    /// test databases, beyond Npgsql's default 30 s command timeout; hence five minutes.
    /// </summary>
    private static async Task OnServerAsync(NpgsqlConnectionStringBuilder root, Func<NpgsqlConnection, Task> action)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(root.ConnectionString) { Database = "postgres", Pooling = false, CommandTimeout = 300 };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await action(connection);
    }

    private static string ConnectionString(NpgsqlConnectionStringBuilder root, string name) =>
        new NpgsqlConnectionStringBuilder(root.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
}
