using Ops.Organization.Contracts;
using Ops.Organization.Work;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine.Tracking;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

/// <summary>
/// A supplier's deadlines in the work queue of the product team and the ops manager: each qualification document until it
/// is replaced (warned before it expires, breached once expired), and a re-evaluation made due by quality incidents, until
/// the supplier is evaluated; a rejected supplier owes neither.
/// </summary>
public sealed class SupplierWorkQueueTests(SelectionApp app) : SelectionTest(app)
{
    private static readonly DateTimeOffset ExpiryMidnight = new(2031, 6, 30, 0, 0, 0, TimeSpan.Zero);

    private Task<Page<WorkItemView>> Queue(string role = Role.Product) => As(role, x => x.Get.Url("/api/org/work")).Ok<Page<WorkItemView>>();

    /// <summary>Runs an action through the API and waits for the messages it sent (the queue's changes among them).</summary>
    private async Task<T> Settled<T>(Func<Task<T>> action) => (await App.Tracking(action)).Result;

    [Fact]
    public async Task a_filed_document_is_in_the_product_teams_queue_until_it_expires_and_then_breached()
    {
        var supplier = await Settled(() => App.Registered(NewSupplier(documents: Licence())));
        var document = supplier.Documents.Single();

        var open = (await Queue()).Items.ShouldHaveSingleItem();
        (open.Key, open.Module, open.Kind, open.RecordId, open.Link, open.Owner).ShouldBe(
            ($"selection.document-expiry:{document.DocumentId}", "selection", "document-expiry", supplier.Id,
                $"/selection/suppliers/{supplier.Id}", "product@demo.ops"));
        (open.RecordName, open.DueAt, open.State).ShouldBe(($"{supplier.Name} · {document.Name}", ExpiryMidnight, WorkItemState.Open));
        open.Roles.ShouldBe([Role.Product, Role.OpsManager]);
        (await Queue(Role.Listing)).Items.ShouldBeEmpty();

        App.Clock.SetUtcNow(ExpiryMidnight.AddDays(-30));
        await Host.InvokeMessageAndWaitAsync(new WarnQualificationDocumentExpiring(supplier.Id, document.DocumentId));
        (await Queue()).Items.Single().State.ShouldBe(WorkItemState.Warned);

        App.Clock.SetUtcNow(ExpiryMidnight);
        await Host.InvokeMessageAndWaitAsync(new ExpireQualificationDocument(supplier.Id, document.DocumentId));
        (await Queue(Role.OpsManager)).Items.Single().State.ShouldBe(WorkItemState.Breached);
    }

    [Fact]
    public async Task a_replaced_document_leaves_the_queue_and_its_successor_takes_its_place()
    {
        var supplier = await Settled(() => App.Registered(NewSupplier(documents: Licence("BL-001"))));
        var earlier = supplier.Documents.Single();

        var renewed = await Settled(() => As(Role.Product, x => x.Post.Json(new AddQualificationDocumentRequest
        {
            Id = supplier.Id, Kind = QualificationDocumentKind.BusinessLicence, Name = "Business licence", Number = "BL-001",
            IssuedOn = new DateOnly(2030, 1, 1), ExpiresOn = new DateOnly(2033, 6, 30),
        }).ToUrl($"{Suppliers}/{supplier.Id}/documents")).Ok<SupplierDetails>());

        var item = (await Queue()).Items.ShouldHaveSingleItem();
        item.Key.ShouldBe($"selection.document-expiry:{renewed.Documents.Single().DocumentId}");
        item.Key.ShouldNotContain(earlier.DocumentId.ToString());
        item.DueAt.ShouldBe(new DateTimeOffset(2033, 6, 30, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task a_re_evaluation_made_due_is_in_the_queue_until_the_supplier_is_evaluated()
    {
        var supplier = await App.Approved();
        var now = App.Clock.GetUtcNow();
        await Settled(() => App.ReportIncident(supplier.Id, now.AddDays(-60)).Ok<SupplierDetails>());
        await Settled(() => App.ReportIncident(supplier.Id, now.AddDays(-30)).Ok<SupplierDetails>());
        await Settled(() => App.ReportIncident(supplier.Id, now.AddDays(-1)).Ok<SupplierDetails>());

        var due = (await Queue()).Items.ShouldHaveSingleItem();
        (due.Key, due.Kind, due.State, due.RecordName).ShouldBe(
            ($"selection.re-evaluation:{supplier.Id}", "re-evaluation", WorkItemState.Warned, supplier.Name));

        await Settled(() => App.Evaluate(supplier.Id, GradeB));

        (await Queue()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_rejected_supplier_owes_nothing_in_the_queue()
    {
        var supplier = await Settled(() => App.Registered(NewSupplier(documents: Licence())));
        await Settled(() => App.Evaluate(supplier.Id, GradeD));
        (await Queue()).Items.ShouldHaveSingleItem();

        await Settled(() => App.Decide(supplier.Id, "reject", new { reason = "Grade D" }).Ok<SupplierDetails>());

        (await Queue()).Items.ShouldBeEmpty();
    }
}
