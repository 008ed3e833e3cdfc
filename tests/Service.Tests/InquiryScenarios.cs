using Alba;
using Ops.Organization.Contracts;
using Ops.Service;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Tracking;

namespace Service.Tests;

/// <summary>
/// Given-states for inquiry tests, built through the API as a service agent would. The demo store's calendar is New
/// York, Saturday and Sunday off, open 09:00–18:00; in November 2030 New York is UTC−5.
/// </summary>
public static class InquiryScenarios
{
    public const string InquiriesUrl = "/api/service/inquiries";
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    /// <summary>An instant given as New York wall-clock time in November 2030 (EST, UTC−5).</summary>
    public static DateTimeOffset NewYork(int day, int hour, int minute = 0) => new(2030, 11, day, hour, minute, 0, TimeSpan.FromHours(-5));

    public static ReceiveInquiryRequest NewInquiry(InquiryChannel channel = InquiryChannel.AmazonBuyerMessage, DateTimeOffset? receivedAt = null,
        string subject = "Where is my order?") => new()
    {
        StoreId = DemoStoreId,
        Marketplace = "US",
        Channel = channel,
        Customer = new InquiryCustomerRequest { Name = "Jane Doe", Email = "jane@marketplace.amazon.com" },
        OrderNumber = "111-0000001-0000001",
        Subject = subject,
        Body = "It has not arrived yet. Can you check?",
        Topic = InquiryTopic.OrderStatus,
        Sku = "OPS-LAMP",
        Language = "en",
        ReceivedAt = receivedAt,
    };

    public static Task<(InquiryDetails Result, ITrackedSession Messages)> Receive(this ServiceApp app, ReceiveInquiryRequest? request = null,
        string role = Role.Service) =>
        app.Tracking(() => app.As(role, x => x.Post.Json(request ?? NewInquiry()).ToUrl(InquiriesUrl)).Ok<InquiryDetails>(201));

    public static Task<IScenarioResult> Respond(this ServiceApp app, Guid id, string text = "Your parcel is with the carrier; it arrives tomorrow.",
        string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { text }).ToUrl($"{InquiriesUrl}/{id}/responses"));

    public static Task<IScenarioResult> RespondCiting(this ServiceApp app, Guid id, Guid answerId, string text = "Returns are free within 30 days.",
        string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { text, answerId }).ToUrl($"{InquiriesUrl}/{id}/responses"));

    public static Task<IScenarioResult> Resolve(this ServiceApp app, Guid id, string? note = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { note }).ToUrl($"{InquiriesUrl}/{id}/resolve"));

    public static Task<IScenarioResult> Close(this ServiceApp app, Guid id, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { }).ToUrl($"{InquiriesUrl}/{id}/close"));

    public static Task<IScenarioResult> Reopen(this ServiceApp app, Guid id, string message = "It still has not arrived.",
        DateTimeOffset? receivedAt = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { message, receivedAt }).ToUrl($"{InquiriesUrl}/{id}/reopen"));

    public static Task<IScenarioResult> Review(this ServiceApp app, Guid id, int number, bool? accurate = true, string? note = null,
        string role = Role.OpsManager) =>
        app.As(role, x => x.Post.Json(new { responseNumber = number, accurate, note }).ToUrl($"{InquiriesUrl}/{id}/reviews"));

    public static Task<IScenarioResult> RateSatisfaction(this ServiceApp app, Guid id, int? score = 5, string? comment = null,
        string role = Role.Service) =>
        app.As(role, x => x.Post.Json(new { score, comment }).ToUrl($"{InquiriesUrl}/{id}/satisfaction"));

    /// <summary>An inquiry received now and answered now by the service agent.</summary>
    public static async Task<InquiryDetails> Answered(this ServiceApp app, ReceiveInquiryRequest? request = null)
    {
        var (inquiry, _) = await app.Receive(request);
        return await app.Respond(inquiry.Id).Ok<InquiryDetails>();
    }

    public static Task<InquiryDetails> Details(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{InquiriesUrl}/{id}")).Ok<InquiryDetails>();

    public static Task<Page<InquiryDetails>> Inbox(this ServiceApp app, string query = "") =>
        app.As(Role.Service, x => x.Get.Url($"{InquiriesUrl}{query}")).Ok<Page<InquiryDetails>>();

    public static Task<IReadOnlyList<HistoryEntry>> History(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{InquiriesUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

    /// <summary>Delivers a scheduled timer with the clock at its time, as Wolverine does when it falls due.</summary>
    public static Task<ITrackedSession> Play(this ServiceApp app, Envelope timer)
    {
        app.Clock.SetUtcNow(timer.ScheduledTime!.Value);
        return app.Fire(timer);
    }

    /// <summary>Delivers a scheduled timer late, with the clock where it is (the host was down when it fell due).</summary>
    public static Task<ITrackedSession> Fire(this ServiceApp app, Envelope timer) => app.Host.InvokeMessageAndWaitAsync(timer.Message!);

    public static Task<PolicySettingsView<ServiceSettings>> ChangeSettings(this ServiceApp app, ServiceSettings settings) =>
        app.As(Role.OpsManager, x => x.Put.Json(settings).ToUrl("/api/service/settings")).Ok<PolicySettingsView<ServiceSettings>>();

    /// <summary>The organisation changes the demo store's calendar (service keeps its copy).</summary>
    public static Task StoreCalendar(this ServiceApp app, DateOnly[]? holidays = null, TimeOnly? opensAt = null, TimeOnly? closesAt = null) =>
        app.Deliver(new StoreCalendarChanged(DemoStoreId, "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], holidays ?? [],
            OpsFixture.Start.AddMinutes(1))
        {
            OpensAt = opensAt ?? new TimeOnly(9, 0), ClosesAt = closesAt ?? new TimeOnly(18, 0),
        }, othersMayRefuse: true);
}
