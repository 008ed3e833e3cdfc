using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ops.Host;

/// <summary>
/// What a store logs, as Marten's default logger does except for two things. A command refused because another writer
/// reached the event stream first is a warning, not an error: the message-handling policy (ADR 0008) runs the handler
/// again, and only a race lost every time is an error (Wolverine logs that one when it dead-letters the message). And a
/// failed command is logged without its parameter values, which may be a credential document's hash.
/// </summary>
public sealed class MartenLog(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    /// <summary>Raised by Marten's <c>mt_quick_append_events</c> when the stream's version is not the one expected.</summary>
    private const string StreamVersionMismatch = "MT003";

    /// <summary>Two appends that both passed the version check meet at the event's (stream, version), or two starts at the stream's id.</summary>
    private static readonly string[] StreamKeys = ["pk_mt_events_stream_and_version", "pkey_mt_streams_id"];

    /// <summary>Under <c>Marten.</c>, so the host's <c>Logging:LogLevel:Marten</c> setting still governs it.</summary>
    public static MartenLog For(ILoggerFactory loggers, string store) => new(loggers.CreateLogger($"Marten.{store}"));

    /// <summary>
    /// Another writer reached the stream between this session's read and its commit. Marten logs the database's raw refusal
    /// before turning it into its concurrency exception, so both are recognised.
    /// </summary>
    public static bool IsLostRace(Exception exception) => exception switch
    {
        PostgresException { SqlState: StreamVersionMismatch } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } key } when StreamKeys.Contains(key) => true,
        AggregateException aggregate when aggregate.InnerExceptions.Any(IsLostRace) => true,
        { InnerException: { } inner } when IsLostRace(inner) => true,
        _ => MessageHandlingPolicy.IsLostRace(exception), // Marten's and JasperFx's own concurrency exceptions
    };

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Executed schema update SQL:\n{SQL}", sql);

    public void LogSuccess(NpgsqlCommand command) => logger.LogDebug("Marten executed SQL: {SQL}", command.CommandText);

    public void LogSuccess(NpgsqlBatch batch)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        foreach (var command in batch.BatchCommands) logger.LogDebug("Marten executed SQL: {SQL}", command.CommandText);
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        Failed(ex, string.Join(Environment.NewLine, batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message)
    {
        if (IsLostRace(ex)) logger.LogWarning(ex, "Marten lost a race for an event stream: {Message}", message);
        else logger.LogError(ex, "Marten encountered an exception with message: {Message}", message);
    }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) =>
        logger.LogDebug("Persisted {UpdateCount} updates, {InsertedCount} inserts, and {DeletedCount} deletions",
            commit.Updated.Count(), commit.Inserted.Count(), commit.Deleted.Count());

    public void OnBeforeExecute(NpgsqlCommand command)
    {
    }

    public void OnBeforeExecute(NpgsqlBatch batch)
    {
    }

    private void Failed(Exception ex, string sql)
    {
        if (IsLostRace(ex)) logger.LogWarning(ex, "Marten lost a race for an event stream (another writer came first) executing\n{SQL}", sql);
        else logger.LogError(ex, "Marten encountered an exception executing\n{SQL}", sql);
    }
}
