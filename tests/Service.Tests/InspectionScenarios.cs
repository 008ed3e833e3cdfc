using Alba;
using Ops.Service.Inspections;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// Given-states for inspection tests, built through the API. The clock starts on Monday 4 November 2030, 09:00 in New
/// York (the demo store opens 09:00–18:00, Saturday and Sunday off). Unless told otherwise, service plans a logistics
/// inspection of October with the seed's checks (1 ship timeliness, 2 tracking, 3 stock) and inspects it itself.
/// </summary>
public static class InspectionScenarios
{
    public const string InspectionsUrl = "/api/service/inspections";

    public static PlanInspectionRequest NewInspection(InspectionArea area = InspectionArea.Logistics, string inspector = "service@demo.ops",
        IReadOnlyList<ChecklistItemRequest>? checklist = null) => new()
    {
        StoreId = DemoStoreId,
        Area = area,
        PeriodStart = new DateOnly(2030, 10, 1),
        PeriodEnd = new DateOnly(2030, 10, 31),
        Inspector = inspector,
        Checklist = checklist,
    };

    public static Task<InspectionDetails> Plan(this ServiceApp app, PlanInspectionRequest? request = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(request ?? NewInspection()).ToUrl(InspectionsUrl)).Ok<InspectionDetails>(201);

    public static Task<IScenarioResult> Inspection(this ServiceApp app, Guid id, string action, object? body = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{InspectionsUrl}/{id}/{action}"));

    public static Task<IScenarioResult> Check(this ServiceApp app, Guid id, int number, CheckResult result, string? note = null, string role = Role.Service) =>
        app.Inspection(id, "checklist", new { results = new[] { new { number, result, note = note ?? (result == CheckResult.Fail ? "Late." : null) } } }, role);

    public static Task<IScenarioResult> RecordFinding(this ServiceApp app, Guid id, int? checklistItem = 1, DateOnly? dueDate = null,
        string owner = "logistics@demo.ops", FindingSeverity severity = FindingSeverity.High, string role = Role.Service) =>
        app.Inspection(id, "findings", new
        {
            description = "Three orders shipped after their handling time.", severity, owner, dueDate = dueDate ?? new DateOnly(2030, 11, 8), checklistItem,
        }, role);

    /// <summary>Records a finding and returns the inspection with the timers its due date scheduled.</summary>
    public static Task<(InspectionDetails Result, ITrackedSession Messages)> RecordFindingTracked(this ServiceApp app, Guid id, DateOnly dueDate,
        int? checklistItem = 1) =>
        app.Tracking(() => app.RecordFinding(id, checklistItem, dueDate).Ok<InspectionDetails>());

    public static Task<IScenarioResult> Finding(this ServiceApp app, Guid id, string action, object body, string role) =>
        app.As(role, x => x.Post.Json(body).ToUrl($"{InspectionsUrl}/{id}/{action}"));

    public static Task<IScenarioResult> ReportRectification(this ServiceApp app, Guid id, int number = 1,
        string text = "Carrier pick-up moved to 14:00; handling times met since.", string role = Role.Logistics) =>
        app.Finding(id, "rectifications", new { findingNumber = number, text }, role);

    public static Task<IScenarioResult> VerifyRectification(this ServiceApp app, Guid id, int number = 1, string? note = "Checked ten orders.",
        string role = Role.Service) =>
        app.Finding(id, "rectifications/verify", new { findingNumber = number, note }, role);

    public static Task<IScenarioResult> RejectRectification(this ServiceApp app, Guid id, int number = 1, string text = "Still two late orders this week.",
        string role = Role.Service) =>
        app.Finding(id, "rectifications/reject", new { findingNumber = number, text }, role);

    /// <summary>Every item checked (1 failed, 2 and 3 passed) with a finding on item 1 owned by logistics, due Friday.</summary>
    public static async Task<InspectionDetails> Inspected(this ServiceApp app)
    {
        var inspection = await app.Plan();
        await app.Inspection(inspection.Id, "checklist", new
        {
            results = new object[]
            {
                new { number = 1, result = CheckResult.Fail, note = "Three late shipments." },
                new { number = 2, result = CheckResult.Pass },
                new { number = 3, result = CheckResult.NotApplicable, note = "Stocktake next month." },
            },
        }).Ok<InspectionDetails>();
        return await app.RecordFinding(inspection.Id).Ok<InspectionDetails>();
    }

    public static Task<InspectionDetails> InspectionDetails(this ServiceApp app, Guid id, string query = "") =>
        app.As(Role.Auditor, x => x.Get.Url($"{InspectionsUrl}/{id}{query}")).Ok<InspectionDetails>();

    public static Task<Page<InspectionDetails>> Inspections(this ServiceApp app, string query = "") =>
        app.As(Role.Staff, x => x.Get.Url($"{InspectionsUrl}{query}")).Ok<Page<InspectionDetails>>();

    public static Task<IReadOnlyList<HistoryEntry>> InspectionHistory(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{InspectionsUrl}/{id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
}
