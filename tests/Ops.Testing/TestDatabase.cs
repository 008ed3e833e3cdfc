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
        var root = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : Fallback);
        var name = $"{root.Database}_{suite}".ToLowerInvariant();

        // Created from the maintenance database, so the root database itself need not exist.
        var maintenance = new NpgsqlConnectionStringBuilder(root.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
                try { await create.ExecuteNonQueryAsync(); }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
            }
        }

        return new NpgsqlConnectionStringBuilder(root.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }
}
