using Alba;
using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// Given-states for complaint and collaboration tests, built through the API. The clock starts on Monday 4 November 2030,
/// 09:00 in New York (the demo store opens 09:00–18:00, Saturday and Sunday off).
/// </summary>
public static class ComplaintScenarios
{
    public const string ComplaintsUrl = "/api/service/complaints";
    public const string CollaborationUrl = "/api/service/collaboration-requests";

    public static RegisterComplaintRequest NewComplaint(DateTimeOffset? receivedAt = null, string orderNumber = "111-0000001-0000001",
        ComplaintCategory? category = ComplaintCategory.ProductQuality) => new()
    {
        StoreId = DemoStoreId,
        Marketplace = "US",
        Customer = new ComplaintCustomerRequest { Name = "Jane Doe", Contact = "jane@marketplace.amazon.com" },
        OrderNumber = orderNumber,
        Problem = "The lamp flickers after two days.",
        Category = category,
        Sku = "OPS-LAMP",
        ReceivedAt = receivedAt,
    };

    public static Task<(ComplaintDetails Result, ITrackedSession Messages)> Register(this ServiceApp app, RegisterComplaintRequest? request = null,
        string role = Role.Service) =>
        app.Tracking(() => app.As(role, x => x.Post.Json(request ?? NewComplaint()).ToUrl(ComplaintsUrl)).Ok<ComplaintDetails>(201));

    public static Task<IScenarioResult> Complaint(this ServiceApp app, Guid id, string action, object? body = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{ComplaintsUrl}/{id}/{action}"));

    public static Task<IScenarioResult> Acknowledge(this ServiceApp app, Guid id, string role = Role.Service) =>
        app.Complaint(id, "acknowledge", new { note = "We are sorry; we are on it." }, role);

    public static Task<IScenarioResult> Escalate(this ServiceApp app, Guid id, string department = "product", DateOnly? expected = null,
        string role = Role.Service) =>
        app.Complaint(id, "escalate", new
        {
            department, assistanceNeeded = "Check the lamp batch for faulty switches.", expectedResolutionDate = expected ?? new DateOnly(2030, 11, 8),
        }, role);

    public static Task<IScenarioResult> ResolveComplaint(this ServiceApp app, Guid id, string result = "A replacement lamp ships today.",
        string role = Role.Service) =>
        app.Complaint(id, "resolve", new { result }, role);

    /// <summary>Registered, acknowledged and resolved: the complaint awaits the customer's answer.</summary>
    public static async Task<ComplaintDetails> ResolvedComplaint(this ServiceApp app)
    {
        var (complaint, _) = await app.Register();
        await app.Acknowledge(complaint.Id).Ok<ComplaintDetails>();
        return await app.ResolveComplaint(complaint.Id).Ok<ComplaintDetails>();
    }

    public static Task<ComplaintDetails> ComplaintDetails(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{ComplaintsUrl}/{id}")).Ok<ComplaintDetails>();

    public static Task<Page<ComplaintDetails>> Complaints(this ServiceApp app, string query = "") =>
        app.As(Role.Service, x => x.Get.Url($"{ComplaintsUrl}{query}")).Ok<Page<ComplaintDetails>>();

    public static Task<IReadOnlyList<HistoryEntry>> ComplaintHistory(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{ComplaintsUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

    public static RaiseCollaborationRequestRequest NewRequest(string raisingDepartment = "sales-listing", DateOnly? expected = null) => new()
    {
        StoreId = DemoStoreId,
        RaisingDepartment = raisingDepartment,
        RequestedDepartment = "product",
        Problem = "The listing's dimensions do not match the product.",
        AssistanceNeeded = "Measure the product and send the true dimensions.",
        ExpectedResolutionDate = expected ?? new DateOnly(2030, 11, 8),
    };

    public static Task<(CollaborationRequestDetails Result, ITrackedSession Messages)> Raise(this ServiceApp app,
        RaiseCollaborationRequestRequest? request = null, string role = Role.Listing) =>
        app.Tracking(() => app.As(role, x => x.Post.Json(request ?? NewRequest()).ToUrl(CollaborationUrl)).Ok<CollaborationRequestDetails>(201));

    public static Task<IScenarioResult> Collaboration(this ServiceApp app, Guid id, string action, object body, string role) =>
        app.As(role, x => x.Post.Json(body).ToUrl($"{CollaborationUrl}/{id}/{action}"));

    /// <summary>The operations manager approves: product helps, the product manager's login owns the work.</summary>
    public static Task<IScenarioResult> ApproveRequest(this ServiceApp app, Guid id, string owner = "product@demo.ops", string role = Role.OpsManager) =>
        app.Collaboration(id, "approve", new { helpingDepartment = "product", owner }, role);

    public static Task<IScenarioResult> PostProgress(this ServiceApp app, Guid id, string text = "Measuring today.", string role = Role.Product) =>
        app.Collaboration(id, "progress", new { text }, role);

    public static Task<IScenarioResult> ResolveRequest(this ServiceApp app, Guid id, string text = "12 × 8 × 30 cm, sent to listing.",
        string role = Role.Product) =>
        app.Collaboration(id, "resolve", new { text }, role);

    public static Task<IScenarioResult> ConfirmRequest(this ServiceApp app, Guid id, int cooperation = 5, int effect = 4, string role = Role.Listing) =>
        app.Collaboration(id, "confirm", new { cooperationRating = cooperation, effectRating = effect, comment = "Quick and exact." }, role);

    /// <summary>Raised by listing, approved, owned by the product manager, resolved: it awaits listing's assessment.</summary>
    public static async Task<CollaborationRequestDetails> ResolvedRequest(this ServiceApp app)
    {
        var (request, _) = await app.Raise();
        await app.ApproveRequest(request.Id).Ok<CollaborationRequestDetails>();
        return await app.ResolveRequest(request.Id).Ok<CollaborationRequestDetails>();
    }

    public static Task<CollaborationRequestDetails> RequestDetails(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{CollaborationUrl}/{id}")).Ok<CollaborationRequestDetails>();

    public static Task<Page<CollaborationRequestDetails>> Requests(this ServiceApp app, string query = "") =>
        app.As(Role.Staff, x => x.Get.Url($"{CollaborationUrl}{query}")).Ok<Page<CollaborationRequestDetails>>();

    public static Task<IReadOnlyList<HistoryEntry>> RequestHistory(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{CollaborationUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
