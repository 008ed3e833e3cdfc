using Ops.Shared.Calendar;
using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

public sealed class QualificationDocumentTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly DateTimeOffset MidnightUtcOnExpiry = new(2031, 6, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task adding_a_document_schedules_its_warning_30_days_ahead_and_its_expiry()
    {
        var supplier = await App.Registered();

        var (result, messages) = await App.Tracking(() => AddDocument(Certificate(supplier.Id)));

        var added = (await result.ReadAsJsonAsync<SupplierDetails>())!.Documents.ShouldHaveSingleItem();
        var warning = messages.Scheduled.SingleEnvelope<WarnQualificationDocumentExpiring>();
        warning.Message.ShouldBe(new WarnQualificationDocumentExpiring(supplier.Id, added.DocumentId));
        warning.ScheduledTime.ShouldBe(MidnightUtcOnExpiry.AddDays(-30));
        var expiry = messages.Scheduled.SingleEnvelope<ExpireQualificationDocument>();
        expiry.Message.ShouldBe(new ExpireQualificationDocument(supplier.Id, added.DocumentId));
        expiry.ScheduledTime.ShouldBe(MidnightUtcOnExpiry);
    }

    [Fact]
    public async Task documents_filed_at_registration_are_scheduled_too_with_the_warning_days_in_force()
    {
        await App.ChangeSettings(new SelectionSettings { WarnDaysBeforeExpiry = 60 });

        var (_, messages) = await App.Tracking(() => As(Role.Product, x => x.Post.Json(NewSupplier(documents: Licence())).ToUrl(Suppliers)));

        messages.Scheduled.SingleEnvelope<WarnQualificationDocumentExpiring>().ScheduledTime.ShouldBe(MidnightUtcOnExpiry.AddDays(-60));
        messages.Scheduled.SingleEnvelope<ExpireQualificationDocument>().ScheduledTime.ShouldBe(MidnightUtcOnExpiry);
    }

    [Fact]
    public async Task the_scheduled_timers_when_played_record_the_warning_and_the_expiry()
    {
        var (result, messages) = await App.Tracking(() => As(Role.Product, x => x.Post.Json(NewSupplier(documents: Licence())).ToUrl(Suppliers)));
        var supplier = (await result.ReadAsJsonAsync<SupplierDetails>())!;

        // The timers fire in the order they fall due, each with the clock at its time.
        foreach (var timer in messages.Scheduled.Envelopes().OrderBy(e => e.ScheduledTime))
        {
            App.Clock.SetUtcNow(timer.ScheduledTime!.Value);
            await Host.InvokeMessageAndWaitAsync(timer.Message!);
        }

        var history = await App.History(supplier.Id);
        history.Select(e => e.Type).ShouldBe(
            ["supplier_registered", "qualification_document_added", "qualification_document_expiring", "qualification_document_expired"]);
        history.Select(e => e.Actor).ShouldBe(["product@demo.ops", "product@demo.ops", DeadlineMessages.Actor, DeadlineMessages.Actor]);
    }

    [Fact]
    public async Task the_warning_and_the_expiry_are_recorded_on_the_supplier_once()
    {
        var supplier = await App.Registered(NewSupplier(documents: Licence()));
        var document = supplier.Documents.Single();

        await Host.InvokeMessageAndWaitAsync(new WarnQualificationDocumentExpiring(supplier.Id, document.DocumentId));
        (await App.Details(supplier.Id)).Documents.Single().Status.ShouldBe(DocumentStatus.Expiring);
        await Host.InvokeMessageAndWaitAsync(new ExpireQualificationDocument(supplier.Id, document.DocumentId));
        await Host.InvokeMessageAndWaitAsync(new ExpireQualificationDocument(supplier.Id, document.DocumentId));
        await Host.InvokeMessageAndWaitAsync(new WarnQualificationDocumentExpiring(supplier.Id, document.DocumentId));

        (await App.Details(supplier.Id)).Documents.Single().Status.ShouldBe(DocumentStatus.Expired);
        var history = await App.History(supplier.Id);
        history.Select(e => e.Type).ShouldBe(
            ["supplier_registered", "qualification_document_added", "qualification_document_expiring", "qualification_document_expired"]);
    }

    [Fact]
    public async Task a_document_of_the_same_kind_and_number_replaces_the_earlier_one_whose_timers_are_then_ignored()
    {
        var supplier = await App.Registered();
        var earlier = (await AddDocument(Certificate(supplier.Id, "ISO9001-77")).Ok<SupplierDetails>()).Documents.Single();

        var replaced = await AddDocument(Certificate(supplier.Id, " iso9001-77 ", new DateOnly(2032, 6, 30))).Ok<SupplierDetails>();
        await Host.InvokeMessageAndWaitAsync(new WarnQualificationDocumentExpiring(supplier.Id, earlier.DocumentId));
        await Host.InvokeMessageAndWaitAsync(new ExpireQualificationDocument(supplier.Id, earlier.DocumentId));

        var current = replaced.Documents.ShouldHaveSingleItem();
        current.DocumentId.ShouldNotBe(earlier.DocumentId);
        current.ExpiresOn.ShouldBe(new DateOnly(2032, 6, 30));
        var after = await App.Details(supplier.Id);
        after.Version.ShouldBe(replaced.Version);
        after.Documents.ShouldBe([current]);
        (await App.History(supplier.Id)).Select(e => e.Type).ShouldBe(
            ["supplier_registered", "qualification_document_added", "qualification_document_replaced", "qualification_document_added"]);
        App.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 10, 9, 0, 0, TimeSpan.Zero));
        (await DocumentWarnings()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_document_with_another_number_is_filed_beside_the_first()
    {
        var supplier = await App.Registered(NewSupplier(documents: Licence("BL-001")));

        var filed = await AddDocument(Certificate(supplier.Id, "BL-001")).Ok<SupplierDetails>();

        filed.Documents.Select(d => d.Kind).ShouldBe([QualificationDocumentKind.BusinessLicence, QualificationDocumentKind.Certification]);
    }

    [Fact]
    public async Task a_document_expiring_today_is_refused_and_one_expiring_tomorrow_is_filed()
    {
        var supplier = await App.Registered();
        var today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);

        await AddDocument(Certificate(supplier.Id, expiresOn: today)).ShouldBeProblem(409, SupplierRules.ExpiredDocumentCannotBeAdded.Code);
        var (result, _) = await App.Tracking(() => AddDocument(Certificate(supplier.Id, expiresOn: today.AddDays(1))));

        await result.ShouldHaveStatus(200);
    }

    [Fact]
    public async Task a_document_expires_after_it_was_issued()
    {
        var supplier = await App.Registered();
        var request = Certificate(supplier.Id) with { IssuedOn = FarExpiry, Number = "", Kind = null };

        var problem = await AddDocument(request).ShouldHaveFieldError("expiresOn");

        problem.Errors!.Keys.ShouldBe(["expiresOn", "number", "kind"], ignoreOrder: true);
    }

    [Fact]
    public async Task document_warnings_list_documents_expiring_within_the_warning_days_and_expired_ones()
    {
        var bright = await App.Registered(NewSupplier("Bright", documents: Licence("BL-1", FarExpiry)));
        var delta = await App.Registered(NewSupplier("Delta", documents: [Licence("BL-2", new DateOnly(2031, 7, 15)), Licence("BL-3", new DateOnly(2031, 12, 31))]));

        App.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 10, 9, 0, 0, TimeSpan.Zero));
        var june = await DocumentWarnings();
        App.Clock.SetUtcNow(new DateTimeOffset(2031, 7, 1, 9, 0, 0, TimeSpan.Zero));
        var july = await DocumentWarnings();

        june.Items.ShouldBe([new DocumentWarning(bright.Id, "Bright", bright.Documents[0].DocumentId, QualificationDocumentKind.BusinessLicence,
            "Business licence", "BL-1", FarExpiry, Expired: false)]);
        july.Items.Select(w => (w.SupplierId, w.Number, w.Expired)).ShouldBe([(bright.Id, "BL-1", true), (delta.Id, "BL-2", false)]);
        july.TotalItems.ShouldBe(2);
    }

    [Fact]
    public async Task an_auditor_cannot_add_a_document()
    {
        var supplier = await App.Registered();

        await As(Role.Auditor, x => x.Post.Json(Certificate(supplier.Id)).ToUrl($"{Suppliers}/{supplier.Id}/documents"))
            .ShouldBeProblem(403, "forbidden");
    }

    private Task<Alba.IScenarioResult> AddDocument(AddQualificationDocumentRequest request) =>
        As(Role.Product, x => x.Post.Json(request).ToUrl($"{Suppliers}/{request.Id}/documents"));

    private Task<Page<DocumentWarning>> DocumentWarnings() =>
        As(Role.OpsManager, x => x.Get.Url($"{Suppliers}/document-warnings")).Ok<Page<DocumentWarning>>();
}
