using System.Runtime.CompilerServices;
using Marten;
using JasperFx.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Ops.Host;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;

namespace Host.Tests;

/// <summary>
/// The host-wide message-handling policy (ADR 0008), seen from a probe: a handler that appends one event per message to a
/// single stream, the shape of every module handler, with many of its messages handled in parallel.
/// </summary>
public sealed class MessageHandlingPolicyTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task twenty_messages_handled_at_once_against_one_stream_all_land()
    {
        var counterId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(new CountOnce(counterId)); // the stream exists; now they race to append

        var handling = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(120)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var _ in Enumerable.Range(0, 20)) await bus.PublishAsync(new CountOnce(counterId));
            }));

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        (await session.Events.FetchStreamAsync(counterId)).Count.ShouldBe(21);
        handling.MovedToErrorQueue.Envelopes().ShouldBeEmpty();
        (await App.DeadLetteredMessageTypes()).ShouldNotContain(type => type.EndsWith(nameof(CountOnce)));
    }

    [Fact]
    public async Task a_lost_race_retried_until_it_lands_is_logged_as_a_warning_never_as_an_error()
    {
        var counterId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(new CountOnce(counterId));
        using var logs = App.Logs.Listen();

        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(120)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var _ in Enumerable.Range(0, 20)) await bus.PublishAsync(new CountOnce(counterId));
            }));

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        (await session.Events.FetchStreamAsync(counterId)).Count.ShouldBe(21);
        var heard = logs.Entries;
        heard.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}").ToList()
            .ShouldBeEmpty("every message landed, so nothing was an error");
        heard.ShouldContain(e => e.Level == LogLevel.Warning && Chain(e.Thrown).Any(x => x is JasperFx.ConcurrencyException),
            "ten handlers at once on one stream lose races, and each lost attempt is a warning");
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException) yield return exception;
    }

    /// <summary>
    /// Every optimistic-concurrency failure Marten and JasperFx can raise when an append, a stream start or a document insert
    /// loses to another writer, found by name in their assemblies so a new one is not missed silently.
    /// </summary>
    private static readonly Type[] ConcurrencyFailures =
    [
        .. new[] { typeof(Marten.IDocumentStore).Assembly, typeof(JasperFx.ConcurrencyException).Assembly, typeof(StreamAction).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsAbstract
                        && System.Text.RegularExpressions.Regex.IsMatch(t.Name, "Concurren|StreamLocked|StreamIdCollision|UnexpectedMaxEventId|DocumentAlreadyExists"))
            .Distinct(),
    ];

    public static TheoryData<Type> ConcurrencyFailureTypes() => [.. ConcurrencyFailures];

    [Fact]
    public void the_concurrency_failures_the_policy_names_are_all_found()
    {
        foreach (var named in new[]
                 {
                     typeof(JasperFx.ConcurrencyException), typeof(EventStreamUnexpectedMaxEventIdException),
                     typeof(Marten.Exceptions.ConcurrentUpdateException),
                     typeof(JasperFx.Events.StreamLockedException), typeof(Marten.Exceptions.StreamLockedException),
                     typeof(JasperFx.Events.ExistingStreamIdCollisionException), typeof(Marten.Exceptions.ExistingStreamIdCollisionException),
                     typeof(JasperFx.DocumentAlreadyExistsException),
                 })
            ConcurrencyFailures.ShouldContain(named);
    }

    [Theory]
    [MemberData(nameof(ConcurrencyFailureTypes))]
    public void a_concurrency_failure_is_a_lost_race_however_it_is_wrapped(Type failure)
    {
        var lost = (Exception)RuntimeHelpers.GetUninitializedObject(failure);

        MessageHandlingPolicy.IsLostRace(lost).ShouldBeTrue("as thrown");
        MessageHandlingPolicy.IsLostRace(new InvalidOperationException("handler failed", lost)).ShouldBeTrue("as an inner exception");
        MessageHandlingPolicy.IsLostRace(new Exception("outer", new InvalidOperationException("inner", lost))).ShouldBeTrue("two levels down");
        MessageHandlingPolicy.IsLostRace(new AggregateException(new TimeoutException(), lost)).ShouldBeTrue("beside another failure in an aggregate");
        MessageHandlingPolicy.IsLostRace(new InvalidOperationException("outer", new AggregateException(lost))).ShouldBeTrue("in an aggregate that is itself wrapped");
    }

    [Fact]
    public void any_other_failure_is_not_a_lost_race()
    {
        foreach (var other in new Exception[]
                 {
                     new InvalidOperationException("a bug"),
                     new TimeoutException(),
                     new NpgsqlException("connection refused"),
                     new InvalidOperationException("outer", new ArgumentException("inner")),
                     new AggregateException(new TimeoutException(), new InvalidOperationException()),
                     new AggregateException(),
                 })
            MessageHandlingPolicy.IsLostRace(other).ShouldBeFalse(other.ToString());
    }
}

/// <summary>Count once more on the probe's counter.</summary>
public sealed record CountOnce(Guid CounterId);

public sealed record Counted(Guid CounterId);

public sealed record Counter(Guid Id, int Count)
{
    public static Counter Create(Counted counted) => new(counted.CounterId, 1);

    public Counter Apply(Counted _) => this with { Count = Count + 1 };
}

/// <summary>Loads the counter with its version, appends one event; Marten refuses the commit when another append came first.</summary>
public static class CountOnceHandler
{
    public static void Handle(CountOnce message, [WriteAggregate(Required = false)] IEventStream<Counter> counter) =>
        counter.AppendOne(new Counted(message.CounterId));
}
