using System.Collections.Concurrent;
using Alba;
using Npgsql;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared.Modules;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Ops.Testing;

/// <summary>
/// One real host per test assembly (xunit collection fixture) on its own PostgreSQL database. Time is a
/// <see cref="TestClock"/> the tests move; data is wiped and re-seeded before each test.
/// </summary>
public abstract class OpsFixture : IAsyncLifetime
{
    public const string DemoPassword = TestHost.DemoPassword;

    /// <summary>
    /// A Monday morning in the store's time zone (New York), so working-day tests start on a known day. It lies in the
    /// real future on purpose: Wolverine fires scheduled messages by the real clock, so deadlines computed from the test
    /// clock never fire by themselves mid-test; a test moves the clock and delivers the due message itself.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2030, 11, 4, 14, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private string _connectionString = "";

    /// <summary>Names the suite's database: <c>ops_test_&lt;suite&gt;</c>.</summary>
    protected abstract string Suite { get; }

    public IAlbaHost Host { get; private set; } = null!;
    public TestClock Clock { get; } = new(Start);

    public async Task InitializeAsync()
    {
        _connectionString = ConnectThrough(await TestDatabase.EnsureAsync(Suite));
        Host = await TestHost.StartAsync(_connectionString, Clock, builder =>
        {
            builder.UseEnvironment("Testing");
            // One host per suite on a database of its own: one node is certain, and the schema follows the code.
            builder.UseSetting("Ops:Messaging:Durability", "Solo");
            builder.UseSetting("Ops:Database:ApplyChangesOnStart", "true");
            builder.ConfigureServices(ConfigureServices);
        });
    }

    /// <summary>A suite may reach its database another way (through a proxy it can cut, say).</summary>
    protected virtual string ConnectThrough(string connectionString) => connectionString;

    /// <summary>A suite may add test-only services (e.g. a probe handler).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Every module's events and documents, and Wolverine's envelopes, wiped; seeds run again; clock back to <see cref="Start"/>.</summary>
    public async Task ResetAsync()
    {
        Clock.SetUtcNow(Start);
        await TruncateAsync();
        // The wipe rewrites history, which nothing else does: results kept under the old history are forgotten.
        Host.Services.GetRequiredService<StoreResults>().Forget();
        // Tracked, so messages the seeds send (a store's calendar, say) are handled before the test begins and never
        // land in the test's own tracked session.
        await Host.ExecuteAndWaitAsync(_ => ModuleSeeds.RunAllAsync(Host.Services, CancellationToken.None), 30_000);
    }

    /// <summary>
    /// The host's background agents (Wolverine's durability agent polling the envelope tables) can meet the TRUNCATE in a
    /// deadlock (40P01), rarely; PostgreSQL then aborts one side, so the wipe is simply tried again.
    /// </summary>
    private async Task TruncateAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync();
                // Listed afresh each time: Marten creates a document's table on first use, mid-suite.
                await using var command = new NpgsqlCommand(await TruncateStatementAsync(connection), connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(50 * attempt);
            }
        }
    }

    /// <summary>
    /// One TRUNCATE of every table in the module schemas plus Wolverine's envelopes: about 50 ms, where Marten's and
    /// Wolverine's own reset calls take seconds. Wolverine's node and lock tables stay, so the running host is unaffected.
    /// </summary>
    private async Task<string> TruncateStatementAsync(NpgsqlConnection connection)
    {
        var schemas = Host.Services.GetServices<ModuleStoreRegistration>().Select(r => r.Schema).ToArray();
        await using var command = new NpgsqlCommand(
            """
            select format('%I.%I', schemaname, tablename) from pg_tables
            where schemaname = any(@schemas)
               or (schemaname = 'wolverine' and tablename in ('wolverine_incoming_envelopes', 'wolverine_outgoing_envelopes', 'wolverine_dead_letters'))
            """, connection);
        command.Parameters.AddWithValue("schemas", schemas);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return $"truncate {string.Join(", ", tables)}";
    }

    /// <summary>
    /// A bearer token of the demo user holding <paramref name="role"/> (<c>&lt;role&gt;@demo.ops</c>). Demo users keep
    /// their ids when re-seeded, so a token stays good across resets and is fetched once per suite.
    /// </summary>
    public async Task<string> TokenFor(string role)
    {
        // Keyed by the clock too: a token issued later than Start would not yet be valid after the clock is reset.
        var key = $"{role}@{Clock.GetUtcNow():O}";
        if (_tokens.TryGetValue(key, out var cached)) return cached;
        var token = await LogInAsync($"{role}@demo.ops", DemoPassword);
        _tokens[key] = token;
        return token;
    }

    public async Task<string> LogInAsync(string email, string password)
    {
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(new { email, password }).ToUrl("/api/auth/token");
            x.StatusCodeShouldBeOk();
        });
        var body = await result.ReadAsJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    /// <summary>Runs a scenario as the demo user of <paramref name="role"/>; the caller checks the status.</summary>
    public async Task<IScenarioResult> As(string role, Action<Scenario> configure)
    {
        var token = await TokenFor(role);
        return await Anonymous(x =>
        {
            x.WithRequestHeader("Authorization", $"Bearer {token}");
            configure(x);
        });
    }

    /// <summary>Runs a scenario as an integrator sending <c>X-Api-Key</c>; the caller checks the status.</summary>
    public Task<IScenarioResult> WithKey(string apiKey, Action<Scenario> configure) => Anonymous(x =>
    {
        x.WithRequestHeader("X-Api-Key", apiKey);
        configure(x);
    });

    /// <summary>Runs a scenario without credentials; the caller checks the status.</summary>
    public Task<IScenarioResult> Anonymous(Action<Scenario> configure) => Host.Scenario(x =>
    {
        x.IgnoreStatusCode();
        configure(x);
    });

    /// <summary>
    /// Runs <paramref name="action"/> and waits for every message it caused, so a test can read what was sent, scheduled or
    /// handled. A handler failing fails the test, unless <paramref name="othersMayRefuse"/> (as for <see cref="Deliver"/>):
    /// another module hearing what the action published may refuse the suite's test data.
    /// </summary>
    public async Task<(T Result, ITrackedSession Messages)> Tracking<T>(Func<Task<T>> action, bool othersMayRefuse = false)
    {
        T result = default!;
        var messages = othersMayRefuse
            ? await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).DoNotAssertOnExceptionsDetected()
                .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => { result = await action(); }))
            : await Host.ExecuteAndWaitAsync(async () => { result = await action(); }, timeoutInMilliseconds: 30_000);
        return (result, messages);
    }

    /// <summary>
    /// Delivers a message as the sending module does: published to the durable queue of every module that handles it
    /// (a contract message may have handlers in several modules, which an inline invoke refuses), and waits until each
    /// has handled it; the session shows what the handlers sent and scheduled. A handler failing fails the test, unless
    /// <paramref name="othersMayRefuse"/>: a suite's test data means nothing to the other modules that hear the message
    /// too (selection dead-letters a receipt from a supplier it does not know), so the suite asserts its own outcome.
    /// </summary>
    public Task<ITrackedSession> Deliver(object message, bool othersMayRefuse = false)
    {
        var tracking = Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60));
        if (othersMayRefuse) tracking = tracking.DoNotAssertOnExceptionsDetected();
        return tracking.ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus => bus.PublishAsync(message).AsTask()));
    }

    /// <summary>The messages Wolverine gave up on, by message type, as its dead-letter table (shared by every module) holds them.</summary>
    public async Task<IReadOnlyList<string>> DeadLetteredMessageTypes()
    {
        var storage = Host.Services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>().Storage;
        var results = await storage.DeadLetters.QueryAsync(new() { PageSize = 1000 }, CancellationToken.None);
        return [.. results.Envelopes.Select(e => e.MessageType)];
    }

    private sealed record TokenBody(string AccessToken);
}

/// <summary>Base of every integration test: resets the data first; scenarios run as a given role.</summary>
public abstract class OpsTest<TFixture>(TFixture app) : IAsyncLifetime where TFixture : OpsFixture
{
    protected TFixture App { get; } = app;
    protected IAlbaHost Host => App.Host;

    public Task InitializeAsync() => App.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<IScenarioResult> As(string role, Action<Scenario> configure) => App.As(role, configure);

    protected Task<IScenarioResult> Anonymous(Action<Scenario> configure) => App.Anonymous(configure);
}
