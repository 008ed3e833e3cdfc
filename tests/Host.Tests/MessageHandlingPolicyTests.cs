using Marten;
using JasperFx.Events;
using Microsoft.Extensions.DependencyInjection;
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
