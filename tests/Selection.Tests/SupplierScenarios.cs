using Alba;
using Ops.Organization.ApiClients;
using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Selection.Tests;

/// <summary>Given-states for supplier tests, built only through the API, as the demo users would build them.</summary>
public static class SupplierScenarios
{
    public const string Suppliers = "/api/selection/suppliers";

    /// <summary>
    /// Far beyond the real clock: Wolverine fires scheduled messages by the wall clock, not the test clock, so
    /// documents in tests expire late enough that their timers never fire during a run.
    /// </summary>
    public static readonly DateOnly FarExpiry = new(2031, 6, 30);

    public static RegisterSupplierRequest NewSupplier(string name = "Shenzhen Bright Electronics", string country = "CN",
        params QualificationDocumentRequest[] documents) => new()
    {
        Name = name,
        Contact = new SupplierContact("Li Wei", "li.wei@bright.example", "+86 755 1234 5678"),
        Country = country,
        MonthlyCapacityUnits = 20_000,
        Documents = documents,
    };

    public static QualificationDocumentRequest Licence(string number = "BL-001", DateOnly? expiresOn = null) => new()
    {
        Kind = QualificationDocumentKind.BusinessLicence,
        Name = "Business licence",
        Number = number,
        IssuedOn = new DateOnly(2024, 1, 1),
        ExpiresOn = expiresOn ?? FarExpiry,
    };

    public static AddQualificationDocumentRequest Certificate(Guid supplierId, string number = "ISO9001-77", DateOnly? expiresOn = null) => new()
    {
        Id = supplierId,
        Kind = QualificationDocumentKind.Certification,
        Name = "ISO 9001",
        Number = number,
        IssuedOn = new DateOnly(2025, 3, 1),
        ExpiresOn = expiresOn ?? FarExpiry,
    };

    /// <summary>The same score on every criterion: with any weights summing to 100, the weighted score is that score.</summary>
    public static SupplierScores AllScores(int score) => new(score, score, score, score, score, score, score);

    public static readonly SupplierScores GradeA = AllScores(90);
    public static readonly SupplierScores GradeB = AllScores(75);
    public static readonly SupplierScores GradeC = AllScores(65);
    public static readonly SupplierScores GradeD = AllScores(50);

    /// <summary>An integrator's API key (role <c>integration</c>) with the given scopes, registered by the admin.</summary>
    public static async Task<string> IntegratorKey(this SelectionApp app, params string[] scopes)
    {
        var client = await app.As(Role.Admin, x => x.Post.Json(new RegisterApiClientRequest("ERP import", scopes)).ToUrl("/api/org/api-clients"))
            .Ok<ApiClientWithKey>(201);
        return client.ApiKey;
    }

    public static Task<SupplierDetails> Registered(this SelectionApp app, RegisterSupplierRequest? request = null) =>
        app.As(Role.Product, x => x.Post.Json(request ?? NewSupplier()).ToUrl(Suppliers)).Ok<SupplierDetails>(201);

    public static Task<SupplierDetails> Evaluate(this SelectionApp app, Guid id, SupplierScores scores) =>
        app.As(Role.Product, x => x.Post.Json(new EvaluateSupplierRequest { Id = id, Scores = scores }).ToUrl($"{Suppliers}/{id}/evaluations"))
            .Ok<SupplierDetails>();

    public static async Task<SupplierDetails> Evaluated(this SelectionApp app, SupplierScores scores) =>
        await app.Evaluate((await app.Registered()).Id, scores);

    public static Task<IScenarioResult> Decide(this SelectionApp app, Guid id, string decision, object? body = null) =>
        app.As(Role.OpsManager, x => x.Post.Json(body ?? new { }).ToUrl($"{Suppliers}/{id}/{decision}"));

    public static async Task<SupplierDetails> Approved(this SelectionApp app) =>
        await app.Decide((await app.Evaluated(GradeA)).Id, "approve").Ok<SupplierDetails>();

    public static async Task<SupplierDetails> Conditional(this SelectionApp app) =>
        await app.Decide((await app.Evaluated(GradeC)).Id, "approve-conditionally", new { conditions = "Third-party inspection of every batch" })
            .Ok<SupplierDetails>();

    public static async Task<SupplierDetails> Rejected(this SelectionApp app) =>
        await app.Decide((await app.Evaluated(GradeD)).Id, "reject", new { reason = "Failed the factory audit" }).Ok<SupplierDetails>();

    public static async Task<SupplierDetails> Suspended(this SelectionApp app) =>
        await app.Decide((await app.Approved()).Id, "suspend", new { reason = "Late deliveries under investigation" }).Ok<SupplierDetails>();

    public static Task<IScenarioResult> ReportIncident(this SelectionApp app, Guid id, DateTimeOffset occurredAt, string role = Role.Logistics) =>
        app.As(role, x => x.Post.Json(new RecordQualityIncidentRequest
        {
            Id = id, OccurredAt = occurredAt, Sku = "BR-LAMP-01", Description = "Cracked housing", Source = QualityIncidentSource.Return,
        }).ToUrl($"{Suppliers}/{id}/incidents"));

    public static Task<PolicySettingsView<SelectionSettings>> ChangeSettings(this SelectionApp app, SelectionSettings settings) =>
        app.As(Role.OpsManager, x => x.Put.Json(settings).ToUrl("/api/selection/settings")).Ok<PolicySettingsView<SelectionSettings>>();

    public static Task<IReadOnlyList<Ops.Shared.Audit.HistoryEntry>> History(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{Suppliers}/{id}/history")).Ok<IReadOnlyList<Ops.Shared.Audit.HistoryEntry>>();

    public static Task<SupplierDetails> Details(this SelectionApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{Suppliers}/{id}")).Ok<SupplierDetails>();
}
