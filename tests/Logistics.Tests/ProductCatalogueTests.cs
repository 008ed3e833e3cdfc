using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Listing.Contracts;
using Ops.Logistics;
using Ops.Logistics.Products;
using Ops.Selection.Contracts;

namespace Logistics.Tests;

public sealed class ProductCatalogueTests(LogisticsApp app) : LogisticsTest(app)
{
    private static ProductApproved Approved(string sku) => new(Guid.NewGuid(), sku, "Silicone baking mat", "Kitchen", "US", Guid.NewGuid(), "Ningbo Home",
        "USD", 2.10m, 14.99m, LeadTimeDays: 25, MinimumOrderQuantity: 300, new ProductSize(16.5m, 11.6m, 0.4m, 0.35m), OpsFixture.Start);

    private async Task<LogisticsProduct?> Product(string sku)
    {
        await using var session = App.Host.Services.GetRequiredService<ILogisticsStore>().QuerySession();
        return await session.LoadAsync<LogisticsProduct>(sku);
    }

    [Fact]
    public async Task an_approved_product_is_known_with_its_supplier_lead_time_and_moq_but_not_sellable_until_live()
    {
        var approved = Approved("OPS-CAT-1");
        await App.Deliver(approved, othersMayRefuse: true);

        var known = (await Product("OPS-CAT-1"))!;
        known.ShouldSatisfyAllConditions(
            p => p.SupplierId.ShouldBe(approved.SupplierId),
            p => p.LeadTimeDays.ShouldBe(25),
            p => p.MinimumOrderQuantity.ShouldBe(300),
            p => p.UnitCost.ShouldBe(2.10m),
            p => p.Live.ShouldBeFalse());

        await App.Deliver(new ListingWentLive(Guid.NewGuid(), "OPS-CAT-1", "B0CAT00001", 14.99m, "USD", OpsFixture.Start.AddDays(9)), othersMayRefuse: true);

        var live = (await Product("OPS-CAT-1"))!;
        live.ShouldSatisfyAllConditions(p => p.Live.ShouldBeTrue(), p => p.LiveSince.ShouldBe(OpsFixture.Start.AddDays(9)),
            p => p.Asin.ShouldBe("B0CAT00001"), p => p.MinimumOrderQuantity.ShouldBe(300));
    }

    [Fact]
    public async Task a_listing_live_before_its_approval_arrives_stays_live_when_the_approval_comes()
    {
        await App.Deliver(new ListingWentLive(Guid.NewGuid(), "OPS-CAT-2", "B0CAT00002", 9.99m, "USD", OpsFixture.Start), othersMayRefuse: true);
        await App.Deliver(Approved("OPS-CAT-2"), othersMayRefuse: true);

        (await Product("OPS-CAT-2"))!.ShouldSatisfyAllConditions(p => p.Live.ShouldBeTrue(), p => p.LeadTimeDays.ShouldBe(25));
    }
}
