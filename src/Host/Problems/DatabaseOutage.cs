using System.Net.Sockets;
using Npgsql;

namespace Ops.Host.Problems;

/// <summary>
/// Tells a database that cannot be reached (refused or broken connections, timeouts, a server shutting down) from a
/// database that answered with an error. The first is the client's cue to retry later (503 with Retry-After); the
/// second stays a 500, since retrying would fail the same way.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>How long a client should wait before retrying; PostgreSQL restarts in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool IsUnreachable(Exception exception) => exception switch
    {
        AggregateException many => many.InnerExceptions.Any(IsUnreachable),
        PostgresException answered => IsOutageState(answered.SqlState),
        NpgsqlOperationInProgressException => false,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsUnreachable(inner),
    };

    // 08: connection exception; 57P01-03: admin/crash shutdown, cannot connect now; 53300: too many connections.
    private static bool IsOutageState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";
}
