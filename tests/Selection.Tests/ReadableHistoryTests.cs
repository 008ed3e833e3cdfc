using System.Text.Json;
using Alba;
using Ops.Selection.Candidates;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Audit;
using Wolverine.Tracking;
using static Selection.Tests.Candidates.CandidateScenarios;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

/// <summary>
/// History as people read it (ADR 0018): each entry names who acted — a person by display name, an API client by its
/// name, a timer by what it is — and lists the fields of the record the event changed, before and after.
/// </summary>
public sealed class ReadableHistoryTests(SelectionApp app) : SelectionTest(app)
{
    /// <summary>A change as one line: field [item]: before → after (values as JSON), or the items a list gained.</summary>
    private static string Line(HistoryChange c)
    {
        var field = c.Item is null ? c.Field : $"{c.Field} [{c.Item}]";
        return c.Added is not null || c.Removed is not null
            ? $"{field}: +{c.Added?.Count ?? 0} -{c.Removed?.Count ?? 0}"
            : $"{field}: {c.Before?.GetRawText() ?? "null"} → {c.After?.GetRawText() ?? "null"}";
    }

    private Task<IReadOnlyList<HistoryEntry>> HistoryInChinese(Guid supplierId) => App.As(Role.Auditor, x =>
    {
        x.Get.Url($"{Suppliers}/{supplierId}/history");
        x.WithRequestHeader("Accept-Language", "zh-CN");
    }).Ok<IReadOnlyList<HistoryEntry>>();

    [Fact]
    public async Task an_approval_shows_the_status_before_and_after_and_the_approvers_name()
    {
        var supplier = await App.Approved();

        var approved = (await App.History(supplier.Id)).Single(e => e.Type == "supplier_approved");

        approved.By.ShouldBe(new HistoryActor(ActorKind.Person, "ops-manager@demo.ops", "Demo ops-manager"));
        approved.Actor.ShouldBe("ops-manager@demo.ops");
        approved.Changes.Select(Line).ShouldBe(["status: \"Evaluated\" → \"Approved\""]);
    }

    [Fact]
    public async Task the_document_expiry_timer_is_named_as_the_system_and_its_entry_shows_the_documents_new_status()
    {
        var (result, messages) = await App.Tracking(() => As(Role.Product, x => x.Post.Json(NewSupplier(documents: Licence())).ToUrl(Suppliers)));
        var supplier = (await result.ReadAsJsonAsync<SupplierDetails>())!;
        var warning = messages.Scheduled.Envelopes().Single(e => e.Message is WarnQualificationDocumentExpiring);
        App.Clock.SetUtcNow(warning.ScheduledTime!.Value);
        await Host.InvokeMessageAndWaitAsync(warning.Message!);

        var expiring = (await App.History(supplier.Id)).Single(e => e.Type == "qualification_document_expiring");
        var inChinese = (await HistoryInChinese(supplier.Id)).Single(e => e.Type == "qualification_document_expiring");

        expiring.By.ShouldBe(new HistoryActor(ActorKind.System, "ops:deadline", "system: document expiry timer"));
        inChinese.By.Name.ShouldBe("系统：资质文件到期计时器");
        expiring.Changes.Select(Line).ShouldBe(["documents.status [Business licence]: \"Valid\" → \"Expiring\""]);
    }

    [Fact]
    public async Task an_api_client_is_named_by_its_name()
    {
        var key = await App.IntegratorKey("selection:write");
        var supplier = await App.WithKey(key, x => x.Post.Json(NewSupplier()).ToUrl(Suppliers)).Ok<SupplierDetails>(201);

        var registered = (await App.History(supplier.Id)).First();

        registered.By.ShouldBe(new HistoryActor(ActorKind.ApiClient, "api-client:ERP import", "ERP import"));
        registered.Changes.Select(c => c.Field).ShouldContain("name");
    }

    [Fact]
    public async Task shelving_a_candidate_shows_its_stage_and_reason_before_and_after_and_who_shelved_it()
    {
        var candidate = await App.Screened();
        await App.Post(candidate.Id, "shelve", WithReason).Ok<CandidateDetails>();

        var shelved = (await App.CandidateHistory(candidate.Id)).Last();

        shelved.Type.ShouldBe("candidate_shelved");
        shelved.By.ShouldBe(new HistoryActor(ActorKind.Person, "product@demo.ops", "Demo product"));
        shelved.Changes.Select(Line).ShouldBe([
            $"stage: \"{candidate.Stage}\" → \"Shelved\"", $"shelvedFromStage: null → \"{candidate.Stage}\"",
            "shelvingReason: null → \"Budget moved to Q3 launches\"",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task the_listing_drafted_for_an_approved_candidate_names_the_approver_in_the_other_module_too()
    {
        var candidate = await App.SamplePassed();
        var (approval, _) = await App.Tracking(() => App.Post(candidate.Id, "approve", role: Role.OpsManager));
        var sku = (await approval.ReadAsJsonAsync<CandidateDetails>())!.Sku;

        var listings = await App.As(Role.Auditor, x => x.Get.Url($"/api/listing/listings?sku={Uri.EscapeDataString(sku!)}")).Ok<JsonElement>();
        var listingId = listings.GetProperty("items")[0].GetProperty("id").GetGuid();
        var drafted = (await App.As(Role.Auditor, x => x.Get.Url($"/api/listing/listings/{listingId}/history")).Ok<IReadOnlyList<HistoryEntry>>())
            .First();

        drafted.Type.ShouldBe("listing_drafted");
        drafted.By.ShouldBe(new HistoryActor(ActorKind.Person, "ops-manager@demo.ops", "Demo ops-manager"));
    }
}
