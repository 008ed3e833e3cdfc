using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Service;

/// <summary>
/// Demo service (<c>./ops run</c>, only when <see cref="ModuleSeeds.DemoDataKey"/> is on), each record brought to its state
/// through the module's own commands so its history reads like an agent's. Inquiries about the logistics demo's orders and
/// SKUs, in every state of the inbox: one breached (an e-mail five days old), one with Amazon's clock warned (a buyer
/// message 20 hours old, 4 hours left), one just arrived, one answered in time and one answered late on both clocks (four days old: at least a
/// whole business day has passed whatever the hour), so the KPIs have values.
/// <para>
/// Time is the host's: an inquiry arrives at a time in the past (<c>receivedAt</c>), its clocks start there, and the
/// timers already due fire at once. Our clock counts business hours only, so whether it is warned on first start depends
/// on the hour; Amazon's counts every hour and is warned whenever the host starts.
/// </para>
/// Idempotent: ids follow from fixed names, and an inquiry already there is left alone (its script does not run again).
/// </summary>
public sealed class ServiceDemoData(IServiceScopeFactory scopes, IServiceStore store, TimeProvider time, ILogger<ServiceDemoData> logger)
    : IModuleSeed
{
    public const string Actor = Actors.Seed;
    public const string Marketplace = "US";

    /// <summary>The organisation's demo store (its seed derives the id from the same name).</summary>
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    /// <summary>What each demo inquiry lives through after it arrives.</summary>
    public enum InquiryScript { Open, AnsweredInTime, AnsweredLate }

    public static readonly IReadOnlyList<(string Key, InquiryScript Script, InquiryChannel Channel, TimeSpan Age, InquiryTopic Topic, string Subject,
        string Body, string? OrderNumber, string? Sku, string Customer)> DemoInquiries =
    [
        ("breached", InquiryScript.Open, InquiryChannel.Email, TimeSpan.FromDays(5), InquiryTopic.Product, "The LED strip flickers",
            "Since yesterday the strip flickers when dimmed below 30 %. Is it faulty?", "113-4400001-0000009", "DEMO-LED-STRIP", "Olivia Brown"),
        ("amazon-warned", InquiryScript.Open, InquiryChannel.AmazonBuyerMessage, TimeSpan.FromHours(20), InquiryTopic.OrderStatus,
            "Where is my order?", "The tracking has not moved since it shipped. When will it arrive?", "113-4400001-0000007", "DEMO-LED-STRIP",
            "Liam Smith"),
        ("new", InquiryScript.Open, InquiryChannel.AmazonBuyerMessage, TimeSpan.FromMinutes(5), InquiryTopic.Product,
            "Does it work with Alexa?", "Can the LED strip be switched by an Echo?", null, "DEMO-LED-STRIP", "Emma Johnson"),
        ("answered", InquiryScript.AnsweredInTime, InquiryChannel.Chat, TimeSpan.FromMinutes(10), InquiryTopic.Shipping,
            "Can you ship to Alaska?", "Do you deliver the plant pot to Anchorage?", null, "DEMO-PLANT-POT", "Noah Davis"),
        ("answered-late", InquiryScript.AnsweredLate, InquiryChannel.AmazonBuyerMessage, TimeSpan.FromDays(4), InquiryTopic.Return,
            "The LED strip arrived damaged", "The reel was crushed and one segment is dark. How do I return it?", "113-4400001-0000010",
            "DEMO-LED-STRIP", "Ava Wilson"),
    ];

    public static Guid InquiryId(string key) => DeterministicGuid.From($"ops.service.demo.inquiry.{key}");

    public async Task SeedAsync(CancellationToken ct)
    {
        await StoreCalendarCopy.WaitForAsync(store, DemoStoreId, "service", ct);

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        await using var reads = store.QuerySession();

        var existing = (await reads.LoadManyAsync<InquiryDetails>(ct, DemoInquiries.Select(i => InquiryId(i.Key)))).Select(i => i.Id).ToHashSet();
        foreach (var inquiry in DemoInquiries.Where(i => !existing.Contains(InquiryId(i.Key))))
        {
            var id = InquiryId(inquiry.Key);
            var intake = new InquiryIntake(DemoStoreId, Marketplace, inquiry.Channel, new InquiryCustomer(inquiry.Customer, null),
                new InquiryMessage(inquiry.Subject, inquiry.Body, inquiry.Topic, inquiry.OrderNumber, inquiry.Sku, "en"), time.GetUtcNow() - inquiry.Age);
            await RunAsync(bus, new ReceiveInquiry(id, intake, null), ct);
            if (inquiry.Script != InquiryScript.Open)
                await RunAsync(bus, new RespondToInquiry(id, "Thank you for asking. " + inquiry.Script switch
                {
                    InquiryScript.AnsweredInTime => "Yes, we ship to all 50 states; Alaska takes 5–7 days.",
                    _ => "We are sorry it arrived damaged. Please start the return in Your Orders; the label is free.",
                }, null, null), ct);
        }
        logger.LogInformation("Demo service ready: {Inquiries} inquiries in every state of the inbox", DemoInquiries.Count);
    }

    private static async Task RunAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Demo service: {command.GetType().Name} ended in {outcome}.");
    }
}
