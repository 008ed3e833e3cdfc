using Microsoft.Extensions.DependencyInjection;
using Ops.Listing.Listings;
using Ops.Logistics.Contracts;
using Ops.Selection.Candidates;
using Ops.Selection.Contracts;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using Wolverine;
using Wolverine.Tracking;

namespace Host.Tests;

/// <summary>
/// The first links of the chain in flows.md, across modules and through the durable outbox, as in production: selection
/// approves a product → listing opens its draft; logistics receives the purchase → listing starts its go-live timer and
/// selection records the supplier's delivery.
/// </summary>
public sealed class ModuleChainTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task an_approved_product_gets_a_listing_draft_and_its_purchase_receipt_starts_the_go_live_timer_and_rates_the_supplier()
    {
        // The demo candidates go through selection's own commands; one of them is approved and published.
        var approval = await Host.ExecuteAndWaitAsync(
            _ => ActivatorUtilities.CreateInstance<CandidateDemoData>(Host.Services).SeedAsync(CancellationToken.None), 120_000);
        var approved = approval.SinglePublished<ProductApproved>();

        var drafts = await As(Role.Auditor, x => x.Get.Url($"/api/listing/listings?sku={approved.Sku}")).Ok<Page<ListingDetails>>();
        var draft = drafts.Items.ShouldHaveSingleItem();
        (draft.Sku, draft.Status, draft.DeadlineState).ShouldBe((approved.Sku, ListingStatus.Draft, GoLiveDeadlineState.None));

        var today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus =>
            bus.PublishAsync(new PurchaseReceived(Guid.CreateVersion7(), DeterministicGuid.From("ops.org.store.demo"), approved.Sku,
                approved.SupplierId, 500, 500, today, today, OpsFixture.Start)).AsTask()));

        var listing = await As(Role.Auditor, x => x.Get.Url($"/api/listing/listings/{draft.Id}")).Ok<ListingDetails>();
        listing.DeadlineState.ShouldBe(GoLiveDeadlineState.Running);
        var supplier = await As(Role.Auditor, x => x.Get.Url($"/api/selection/suppliers/{approved.SupplierId}")).Ok<SupplierDetails>();
        (supplier.Deliveries.Count, supplier.Deliveries.OnTimeCount).ShouldBe((1, 1));
    }
}
