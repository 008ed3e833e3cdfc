using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Service.Answers;
using Ops.Service.Complaints;
using Ops.Service.Contracts;
using Ops.Service.Feedback;
using Ops.Service.FollowUps;
using Ops.Service.Inquiries;
using Ops.Service.Returns;
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
/// <para>
/// Around them: the answer library (two approved answers, one draft); complaints with their clocks — one whose escalation
/// is breached (unacknowledged for three days), one escalated to product (its collaboration request raised), one resolved,
/// confirmed and closed; return requests for the logistics demo's delivered orders, one approved (sent to logistics as
/// <c>ReturnRequested</c>) and one awaiting a decision; feedback routed to logistics and one done; this month's follow-up
/// plan with two follow-ups, one suggestion become feedback.
/// </para>
/// Idempotent: ids follow from fixed names, and a record already there is left alone (its script does not run again).
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
        await AnswersAsync(bus, reads, ct);
        await ComplaintsAsync(bus, reads, ct);
        await ReturnsAsync(bus, reads, ct);
        await FeedbackAsync(bus, reads, ct);
        await FollowUpsAsync(bus, reads, ct);
        logger.LogInformation("Demo service ready: {Inquiries} inquiries in every state of the inbox, complaints, returns, answers, feedback and follow-ups",
            DemoInquiries.Count);
    }

    public static Guid Id(string name) => DeterministicGuid.From($"ops.service.demo.{name}");

    private static async Task AnswersAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        (string Key, StandardAnswerContent Content, bool Approve)[] answers =
        [
            ("where-is-my-order", new("Where is my order?", InquiryTopic.OrderStatus,
                "Thank you for your patience. Your parcel is on its way; you can follow it with the tracking number in Your Orders.",
                "感谢您的耐心等待。您的包裹正在途中，可在“我的订单”中通过物流单号跟踪。"), true),
            ("how-to-return", new("How do I return an item?", InquiryTopic.Return,
                "We are sorry it did not suit you. Start the return in Your Orders within 30 days of delivery; the label is free.",
                "很抱歉商品未能让您满意。请在签收后 30 天内于“我的订单”中发起退货，退货标签免费。"), true),
            ("alexa", new("Does the LED strip work with Alexa?", InquiryTopic.Product,
                "Yes: pair the strip's controller in the Smart Life app, then enable its skill in the Alexa app.",
                "可以：先在 Smart Life 应用中配对灯带控制器，再在 Alexa 应用中启用其技能。"), false),
        ];
        foreach (var (key, content, approve) in answers)
        {
            var id = Id($"answer.{key}");
            if (await reads.LoadAsync<StandardAnswerDetails>(id, ct) is not null) continue;
            await RunAsync(bus, new DraftStandardAnswer(id, content, null), ct);
            if (approve) await RunAsync(bus, new ApproveStandardAnswer(id, null), ct);
        }
    }

    private async Task ComplaintsAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        (string Key, TimeSpan Age, string Order, string Problem, ComplaintCategory Category, string Script)[] complaints =
        [
            ("unacknowledged", TimeSpan.FromDays(3), "113-4400001-0000011", "The plant pot arrived a week late and the soil spilled.",
                ComplaintCategory.Shipping, "none"),
            ("escalated", TimeSpan.FromHours(20), "113-4400001-0000010", "The LED strip arrived crushed; I want a working one now.",
                ComplaintCategory.ProductQuality, "escalate"),
            ("closed", TimeSpan.FromMinutes(30), "113-4400001-0000009", "I was charged twice for my order.", ComplaintCategory.Price, "close"),
        ];
        foreach (var (key, age, order, problem, category, script) in complaints)
        {
            var id = Id($"complaint.{key}");
            if (await reads.LoadAsync<ComplaintDetails>(id, ct) is not null) continue;
            await RunAsync(bus, new RegisterComplaint(id, new ComplaintIntake(DemoStoreId, Marketplace,
                new ComplaintCustomer("Mia Taylor", "mia.taylor@marketplace.amazon.com"), order, problem, category, "DEMO-LED-STRIP", now - age), null), ct);
            if (script == "none") continue;
            await RunAsync(bus, new AcknowledgeComplaint(id, "We are very sorry; we are on it today.", null), ct);
            if (script == "escalate")
                await RunAsync(bus, new EscalateComplaint(id, Id($"collaboration.{key}"), "product", "Check the LED strip batch for crushed reels.",
                    DateOnly.FromDateTime(now.UtcDateTime).AddDays(3), null), ct);
            else
            {
                await RunAsync(bus, new ResolveComplaint(id, "The second charge was refunded; it shows within 3 days.", null), ct);
                await RunAsync(bus, new ConfirmComplaint(id, "Thank you, I see it.", null), ct);
                await RunAsync(bus, new CloseComplaint(id, null), ct);
            }
        }
    }

    private async Task ReturnsAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var deliveredOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-3);
        (string Key, string Order, ReturnReason Reason, bool Approve)[] returns =
        [
            ("damaged", "113-4400001-0000010", ReturnReason.DamagedInTransit, true),
            ("not-needed", "113-4400001-0000009", ReturnReason.NoLongerNeeded, false),
        ];
        foreach (var (key, order, reason, approve) in returns)
        {
            var id = Id($"return.{key}");
            if (await reads.LoadAsync<CustomerReturnDetails>(id, ct) is not null) continue;
            await RunAsync(bus, new RequestReturn(id, new ReturnIntake(DemoStoreId, Marketplace, order, "DEMO-LED-STRIP", 1, ReturnKind.Refund, reason,
                "Requested by the customer in a buyer message.", deliveredOn), null), ct);
            if (approve) await RunAsync(bus, new ApproveReturn(id, null), ct);
        }
    }

    private static async Task FeedbackAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var packaging = Id("feedback.packaging");
        if (await reads.LoadAsync<FeedbackDetails>(packaging, ct) is null)
        {
            await RunAsync(bus, new CaptureFeedback(packaging, new FeedbackIntake(DemoStoreId, Marketplace, FeedbackCategory.Packaging,
                FeedbackSource.Review, null, "DEMO-LED-STRIP", "Two reviews this week: the reel arrives crushed in its thin box."), null), ct);
            await RunAsync(bus, new RouteFeedback(packaging, "logistics", "logistics@demo.ops", null), ct);
        }
        var listing = Id("feedback.listing");
        if (await reads.LoadAsync<FeedbackDetails>(listing, ct) is null)
        {
            await RunAsync(bus, new CaptureFeedback(listing, new FeedbackIntake(DemoStoreId, Marketplace, FeedbackCategory.ListingAccuracy,
                FeedbackSource.Inquiry, InquiryId("amazon-warned"), "DEMO-LED-STRIP", "The listing says 5 m; customers expect the plug included in it."), null), ct);
            await RunAsync(bus, new RouteFeedback(listing, "sales-listing", null, null), ct);
            await RunAsync(bus, new CompleteFeedback(listing, "The bullets now say: 5 m of strip, plus a 1 m cable to the plug.", null), ct);
        }
    }

    private async Task FollowUpsAsync(IMessageBus bus, IQuerySession reads, CancellationToken ct)
    {
        var month = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var id = Id($"follow-up-plan.{month}");
        if (await reads.LoadAsync<FollowUpPlanDetails>(id, ct) is not null) return;
        await RunAsync(bus, new PlanFollowUps(id, new PlanFollowUpsRequest
        {
            StoreId = DemoStoreId, Marketplace = Marketplace, Agent = "service@demo.ops", Month = month, TargetCustomers = 10,
        }, null), ct);
        await RunAsync(bus, new RecordFollowUp(id, new RecordFollowUpRequest
        {
            Customer = "Noah Davis", Sku = "DEMO-PLANT-POT", Method = FollowUpMethod.Email, ProductExperience = "The pot keeps the basil watered for a week.",
            ServiceSatisfaction = 5,
        }, null), ct);
        await RunAsync(bus, new RecordFollowUp(id, new RecordFollowUpRequest
        {
            Customer = "Olivia Brown", OrderNumber = "113-4400001-0000009", Sku = "DEMO-LED-STRIP", Method = FollowUpMethod.Phone,
            ProductExperience = "Bright, but the adhesive lets go on a warm wall.", ServiceSatisfaction = 4,
            Suggestion = new SuggestionRequest { Category = FeedbackCategory.ProductQuality, Text = "A stronger adhesive, or clips in the box." },
        }, null), ct);
    }

    private static async Task RunAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Demo service: {command.GetType().Name} ended in {outcome}.");
    }
}
