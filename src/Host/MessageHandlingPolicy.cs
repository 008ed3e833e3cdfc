using JasperFx;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Ops.Host;

/// <summary>
/// How every handler of every module meets a failure (docs/adr/0008-message-handling-policy.md). Set once for the host,
/// never per handler: a module copied from another inherits it without knowing it exists.
/// </summary>
public static class MessageHandlingPolicy
{
    /// <summary>
    /// Quick retries in place, each waited out with jitter so racing handlers fall out of step; an inline call
    /// (<c>InvokeAsync</c> behind an HTTP request) uses only these.
    /// </summary>
    public static readonly TimeSpan[] Cooldowns =
        [TimeSpan.FromMilliseconds(25), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)];

    /// <summary>Then a queued message goes back to the durable inbox for later, freeing its listener, before it is dead-lettered.</summary>
    public static readonly TimeSpan[] Rescheduled = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    public static void ApplyMessageHandlingPolicy(this WolverineOptions opts)
    {
        // A lost race for a stream is expected when handlers run in parallel (two timers due at once, receipts of one
        // supplier): the handler is run again on the new state, and only a race lost every time is dead-lettered.
        opts.OnException(IsLostRace, "a concurrent write to the same event stream")
            .RetryWithCooldown(Cooldowns)
            .Then.ScheduleRetry(Rescheduled)
            .WithFullJitter();

        // Each failed attempt is a warning: one that is retried is not yet an error. Giving up is — Wolverine logs the
        // move to the dead-letter queue as an error with the exception, and /health/ready counts what is there.
        opts.Policies.MessageFailureLogLevel(LogLevel.Warning);
    }

    /// <summary>
    /// Another writer appended to (or started) the stream, or inserted the document, between this handler's read and its commit: Marten's and
    /// JasperFx's optimistic concurrency failures, wherever they sit in the exception chain.
    /// </summary>
    public static bool IsLostRace(Exception exception) => exception switch
    {
        // JasperFx.ConcurrencyException is the base of EventStreamUnexpectedMaxEventIdException (the expected version
        // was not the stream's) and of DcbConcurrencyException.
        ConcurrencyException => true,
        Marten.Exceptions.ConcurrentUpdateException => true,
        JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException => true,
        JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException => true,
        // Another writer inserted the document first (a read model fed by messages, such as the work queue).
        JasperFx.DocumentAlreadyExistsException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsLostRace),
        { InnerException: { } inner } => IsLostRace(inner),
        _ => false,
    };
}
