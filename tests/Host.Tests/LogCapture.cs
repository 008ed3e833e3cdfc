using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Host.Tests;

/// <summary>
/// What the host writes to its logs while a test listens: every category at every level, as an operator would read it
/// with logging turned all the way up. Outside a listening test it records nothing.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private int _listening;

    /// <summary>Records from now until the returned handle is disposed; the handle reads what was recorded.</summary>
    public Listening Listen()
    {
        _entries.Clear();
        Interlocked.Increment(ref _listening);
        return new Listening(this);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed class Listening(LogCapture capture) : IDisposable
    {
        public IReadOnlyList<LogEntry> Entries => [.. capture._entries];

        public void Dispose() => Interlocked.Decrement(ref capture._listening);
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => Volatile.Read(ref capture._listening) > 0 && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            // The state's values too: a structured sink (JSON, OpenTelemetry) writes them even where the message template leaves them out.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            capture._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), values, exception));
        }
    }
}

public sealed record LogEntry(LogLevel Level, string Category, string Message, string Values, Exception? Thrown)
{
    public string? Exception => Thrown?.ToString();

    public string AllText => $"{Category} {Message} {Values} {Exception}";
}
