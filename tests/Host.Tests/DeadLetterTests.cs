using System.Collections.Concurrent;
using System.Text.Json;
using Ops.Host.Operations;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine;
using Wolverine.Tracking;

namespace Host.Tests;

/// <summary>
/// A message every attempt fails for lands in the dead-letter queue, where readiness counts it and an administrator lists
/// it and, once its cause is removed, replays it (ADR 0008).
/// </summary>
public sealed class DeadLetterTests(HostApp app) : HostTest(app)
{
    private const string DeadLettersUrl = "/api/ops/dead-letters";

    [Fact]
    public async Task a_message_that_always_fails_is_dead_lettered_listed_counted_and_handled_once_replayed()
    {
        var probe = new ProbeTask(Guid.CreateVersion7());
        ProbeTaskHandler.Broken = true;
        try
        {
            var failed = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
                .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus => bus.PublishAsync(probe).AsTask()));
            failed.MovedToErrorQueue.SingleMessage<ProbeTask>().ShouldBe(probe);

            var page = await As(Role.Admin, x => x.Get.Url(DeadLettersUrl)).Ok<Page<DeadLetter>>();
            var letter = page.Items.ShouldHaveSingleItem();
            (letter.MessageType, letter.ExceptionType, letter.ExceptionMessage, letter.Attempts, letter.ReplayRequested)
                .ShouldBe((typeof(ProbeTask).FullName, typeof(InvalidOperationException).FullName, ProbeTaskHandler.Failure, 1, false));
            letter.FailedAt.ShouldNotBeNull();
            (page.TotalItems, page.PageNumber).ShouldBe((1, 1));
            var ready = await ReadinessAsync();
            (ready.GetProperty("status").GetString(), ready.GetProperty("data").GetProperty("deadLetters").GetInt32()).ShouldBe(("Degraded", 1));

            ProbeTaskHandler.Broken = false; // the cause is removed
            await (await As(Role.Admin, x => x.Post.Url($"{DeadLettersUrl}/{letter.Id}/replay"))).ShouldHaveStatus(204);

            await TestHost.Eventually(() => ProbeTaskHandler.Handled.ContainsKey(probe.Id), ReplayRound, "the replayed message is handled");
            await TestHost.Eventually(async () => (await As(Role.Admin, x => x.Get.Url(DeadLettersUrl)).Ok<Page<DeadLetter>>()).Items.Count == 0,
                ReplayRound, "the replayed message leaves the dead letters");
            (await ReadinessAsync()).GetProperty("status").GetString().ShouldBe("Healthy");
        }
        finally
        {
            ProbeTaskHandler.Broken = false;
        }
    }

    [Fact]
    public async Task an_unknown_dead_letter_cannot_be_replayed()
    {
        await As(Role.Admin, x => x.Post.Url($"{DeadLettersUrl}/{Guid.NewGuid()}/replay")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task the_auditor_reads_the_dead_letters_and_nobody_else_but_the_administrator()
    {
        await As(Role.Auditor, x => x.Get.Url(DeadLettersUrl)).Ok<Page<DeadLetter>>();
        await As(Role.OpsManager, x => x.Get.Url(DeadLettersUrl)).ShouldBeProblem(403, "forbidden");
        await As(Role.Auditor, x => x.Post.Url($"{DeadLettersUrl}/{Guid.NewGuid()}/replay")).ShouldBeProblem(403, "forbidden");
        await As(Role.OpsManager, x => x.Post.Url($"{DeadLettersUrl}/{Guid.NewGuid()}/replay")).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task a_page_out_of_range_is_a_field_error()
    {
        await As(Role.Admin, x => x.Get.Url($"{DeadLettersUrl}?pageSize=0")).ShouldHaveFieldError("pageSize");
    }

    private async Task<JsonElement> ReadinessAsync() =>
        JsonDocument.Parse(await (await Anonymous(x => x.Get.Url("/health/ready"))).ReadAsTextAsync()).RootElement;

    /// <summary>Wolverine's durability agent moves a replayed message back to its queue on its next round, a few seconds on.</summary>
    private static readonly TimeSpan ReplayRound = TimeSpan.FromMinutes(1);
}

/// <summary>A piece of work the probe does; it fails while the probe is <see cref="ProbeTaskHandler.Broken"/>.</summary>
public sealed record ProbeTask(Guid Id);

public static class ProbeTaskHandler
{
    public const string Failure = "The probe is broken.";

    public static volatile bool Broken;
    public static readonly ConcurrentDictionary<Guid, bool> Handled = new();

    public static void Handle(ProbeTask task)
    {
        if (Broken) throw new InvalidOperationException(Failure);
        Handled[task.Id] = true;
    }
}
