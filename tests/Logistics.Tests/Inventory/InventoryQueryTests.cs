using Ops.Listing.Contracts;
using Ops.Logistics;
using Ops.Logistics.Inventory;
using Ops.Logistics.Replenishment;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Logistics.Tests.Inventory;

/// <summary>
/// The inventory board, a SKU's page, its movements, replenishment with FBA capacity and the inventory KPIs. SKU A:
/// 100 received, 60 shipped (2/day, reorder point 78, suggestion 300 by the MOQ); SKU B: 250 received, nothing sold.
/// </summary>
public sealed class InventoryQueryTests(LogisticsApp app) : InventoryTest(app)
{
    private const string A = "OPS-Q-A";
    private const string B = "OPS-Q-B";

    private async Task<(Guid Fba, Guid Own)> Stock()
    {
        var fba = await Warehouse("FBA-Q1");
        var own = await Warehouse("DE-OWN-Q1", WarehouseType.OwnWarehouse, "DE");
        await Product(A);
        await Product(B);
        await Receive(Receipt(fba, A, 100));
        App.Clock.Advance(TimeSpan.FromHours(1));
        await Ship(fba, A, 60);
        await Receive(Receipt(fba, B, 250));
        await Receive(Receipt(own, A, 100));
        await Ship(own, A, 60);
        return (fba, own);
    }

    [Fact]
    public async Task the_board_lists_each_sku_per_warehouse_with_its_alerts_and_filters_by_them()
    {
        var (fba, _) = await Stock();

        var all = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/inventory?warehouseId={fba}")).Ok<Page<InventoryRow>>();
        all.Items.Select(r => r.Sku).ShouldBe([A, B]);
        var a = all.Items[0];
        a.ShouldSatisfyAllConditions(
            r => (r.OnHand, r.Reserved, r.Available, r.Inbound).ShouldBe((40, 0, 40, 0)),
            r => r.Alerts.ShouldBe([StockAlerts.StockoutForecast, StockAlerts.ReorderPoint]),
            r => r.Figures.Velocity.ShouldBe(new Velocity(2m, 60, 30)),
            r => r.Figures.ReorderPoint.Units.ShouldBe(78m),
            r => r.Figures.Replenishment.Quantity.ShouldBe(300));
        all.Items[1].Alerts.ShouldBe([StockAlerts.SlowMoving, StockAlerts.Excess], "nothing sells at FBA");

        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=ReorderPoint")).Ok<Page<InventoryRow>>())
            .Items.Select(r => (r.Sku, r.WarehouseCode)).ShouldBe([(A, "DE-OWN-Q1"), (A, "FBA-Q1")]);
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=Excess")).Ok<Page<InventoryRow>>())
            .Items.ShouldHaveSingleItem().Sku.ShouldBe(B);
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?sku=q-b&pageSize=1")).Ok<Page<InventoryRow>>())
            .TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_board_pages_and_sorts_the_rows_raising_an_alert()
    {
        await Stock();

        var second = await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=ReorderPoint&sort=-warehouse&pageSize=1&page=2"))
            .Ok<Page<InventoryRow>>();

        (second.TotalItems, second.TotalPages).ShouldBe((2, 2));
        second.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => (r.Sku, r.WarehouseCode).ShouldBe((A, "DE-OWN-Q1")),
            r => r.Alerts.ShouldContain(StockAlerts.ReorderPoint));
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=ReorderPoint&page=3&pageSize=1")).Ok<Page<InventoryRow>>())
            .ShouldSatisfyAllConditions(p => p.Items.ShouldBeEmpty(), p => p.TotalItems.ShouldBe(2));
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=LowStock")).Ok<Page<InventoryRow>>()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_alert_filter_and_the_row_agree_at_a_reorder_point_the_velocity_does_not_divide_evenly()
    {
        // 70 shipped in 30 days: 2.333…/day; reorder point 70 × (25 + 14) / 30 = 91 exactly; 161 − 70 = 91 available.
        var fba = await Warehouse("FBA-Q2");
        await Product(A);
        await Receive(Receipt(fba, A, 161));
        await Ship(fba, A, 70);

        var board = await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=ReorderPoint")).Ok<Page<InventoryRow>>();

        board.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Available.ShouldBe(91),
            r => r.Figures.ReorderPoint.Units.ShouldBe(91m),
            r => r.Alerts.ShouldContain(StockAlerts.ReorderPoint, "at the reorder point exactly"));
        await Receive(Receipt(fba, A, 1));
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory?alert=ReorderPoint")).Ok<Page<InventoryRow>>()).Items.ShouldBeEmpty();
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory")).Ok<Page<InventoryRow>>())
            .Items.ShouldHaveSingleItem().Alerts.ShouldNotContain(StockAlerts.ReorderPoint);
    }

    [Fact]
    public async Task a_sku_page_shows_each_warehouse_totals_per_country_and_turnover()
    {
        await Stock();

        var sku = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/inventory/{A}")).Ok<InventorySkuView>();

        sku.ShouldSatisfyAllConditions(
            s => s.Warehouses.Select(w => w.Stock.WarehouseCode).ShouldBe(["DE-OWN-Q1", "FBA-Q1"]),
            s => s.Totals.ShouldBe(new StockTotals("", 80, 0, 0, 80)),
            s => s.ByCountry.ShouldBe([new StockTotals("DE", 40, 0, 0, 40), new StockTotals("US", 40, 0, 0, 40)]),
            s => s.LeadTimeDays.ShouldBe(25),
            s => s.UnitCost.ShouldBe(new Money(2.5m, "USD")),
            s => s.StorageType.ShouldBe(StorageType.Standard),
            // 120 shipped × 2.50 = 300; nothing on hand 30 days ago, 80 now: (0 + 80) / 2 × 2.50 = 100; 300 / 100 = 3.
            s => s.Turnover.ShouldBe(new TurnoverFigure(30, 120, new Money(2.5m, "USD"), new Money(300m, "USD"), 0, 80, new Money(100m, "USD"), 3m)),
            s => s.Warehouses[1].Age.ShouldBe(new StockAge(40, 0, 0)));
        await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory/OPS-NOT-THERE")).ShouldBeProblem(404, Ops.Shared.Http.ProblemCodes.NotFound);
    }

    [Fact]
    public async Task movements_are_listed_newest_first()
    {
        var (fba, _) = await Stock();

        var page = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/inventory/{A}/movements?warehouseId={fba}&pageSize=2")).Ok<Page<StockMovement>>();

        page.TotalItems.ShouldBe(3);
        page.Items.Select(m => m.Kind).ShouldBe([MovementKind.Shipped, MovementKind.Reserved]); // both of the same instant
        page.Items[0].Version.ShouldBeGreaterThan(page.Items[1].Version);
    }

    private async Task<Page<ReplenishmentSuggestion>> Replenishment(string query = "") =>
        await As(Role.Auditor, x => x.Get.Url($"/api/logistics/inventory/replenishment{query}")).Ok<Page<ReplenishmentSuggestion>>();

    [Fact]
    public async Task a_suggestion_at_fba_never_exceeds_what_its_storage_type_has_left()
    {
        var (fba, own) = await Stock();
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { FbaCapacity = new FbaCapacity { Standard = 500 } })
            .ToUrl("/api/logistics/settings")).Ok<PolicySettingsView<LogisticsSettings>>();

        var suggestions = (await Replenishment()).Items;

        suggestions.Select(s => s.WarehouseId).ShouldBe([own, fba]);
        suggestions[0].ShouldSatisfyAllConditions(s => s.Quantity.ShouldBe(300), s => s.Capped.ShouldBeFalse(), s => s.Capacity.ShouldBeNull());
        // 500 standard units at FBA-Q1, 40 of A and 250 of B held: 210 left of the 300 suggested.
        suggestions[1].ShouldSatisfyAllConditions(
            s => s.Quantity.ShouldBe(210),
            s => s.SuggestedQuantity.ShouldBe(300),
            s => s.Capped.ShouldBeTrue(),
            s => s.Capacity.ShouldBe(new CapacityCap(StorageType.Standard, 500, 290, 210)),
            s => s.Inputs.MinimumOrderQuantity.ShouldBe(300));
    }

    [Fact]
    public async Task with_room_enough_a_suggestion_is_not_capped()
    {
        var (fba, _) = await Stock();

        var suggestion = (await Replenishment($"?warehouseId={fba}")).Items.ShouldHaveSingleItem();

        suggestion.ShouldSatisfyAllConditions(s => s.Quantity.ShouldBe(300), s => s.Capped.ShouldBeFalse(),
            s => s.Capacity.ShouldBe(new CapacityCap(StorageType.Standard, 10_000, 290, 9_710)));
    }

    [Fact]
    public async Task of_many_stocked_skus_only_those_at_or_below_their_reorder_point_are_suggested_paged_by_sku_then_warehouse()
    {
        var fba = await Warehouse("FBA-R1");
        var own = await Warehouse("DE-OWN-R1", WarehouseType.OwnWarehouse, "DE");
        // Three SKUs sold down to 40 (2/day, reorder point 78) at both warehouses; three sold but holding 240; four never sold.
        foreach (var sku in new[] { "OPS-R-03", "OPS-R-01", "OPS-R-02" })
        {
            await Product(sku);
            foreach (var warehouse in new[] { own, fba })
            {
                await Receive(Receipt(warehouse, sku, 100));
                await Ship(warehouse, sku, 60);
            }
        }
        foreach (var sku in new[] { "OPS-R-04", "OPS-R-05", "OPS-R-06" })
        {
            await Product(sku);
            await Receive(Receipt(fba, sku, 300));
            await Ship(fba, sku, 60);
        }
        foreach (var sku in new[] { "OPS-R-07", "OPS-R-08", "OPS-R-09", "OPS-R-10" })
        {
            await Product(sku);
            await Receive(Receipt(own, sku, 5));
        }

        var first = await Replenishment("?pageSize=4");
        var second = await Replenishment("?pageSize=4&page=2");

        (first.TotalItems, first.TotalPages, first.PageNumber).ShouldBe((6, 2, 1));
        first.Items.Concat(second.Items).Select(s => (s.Sku, s.WarehouseCode)).ShouldBe(
        [
            ("OPS-R-01", "DE-OWN-R1"), ("OPS-R-01", "FBA-R1"), ("OPS-R-02", "DE-OWN-R1"), ("OPS-R-02", "FBA-R1"),
            ("OPS-R-03", "DE-OWN-R1"), ("OPS-R-03", "FBA-R1"),
        ]);
        second.Items.ShouldAllBe(s => s.Inputs.Suggested && s.Inputs.Available == 40 && s.Quantity == 300);
        (await Replenishment("?pageSize=4&page=3")).ShouldSatisfyAllConditions(p => p.Items.ShouldBeEmpty(), p => p.TotalItems.ShouldBe(6));
        (await Replenishment("?sort=-warehouse&pageSize=1")).Items.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(s => s.WarehouseCode.ShouldBe("FBA-R1"), s => s.Sku.ShouldBe("OPS-R-01"));

        var atFba = await Replenishment($"?warehouseId={fba}");
        atFba.TotalItems.ShouldBe(3);
        atFba.Items.Select(s => s.Sku).ShouldBe(["OPS-R-01", "OPS-R-02", "OPS-R-03"]);
        atFba.Items.ShouldAllBe(s => s.WarehouseId == fba);
        await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory/replenishment?pageSize=201")).ShouldBeProblem(400, Ops.Shared.Http.ProblemCodes.ValidationFailed);
        await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory/replenishment?sort=available")).ShouldBeProblem(400, Ops.Shared.Http.ProblemCodes.ValidationFailed);
    }

    [Fact]
    public async Task the_capacity_left_counts_every_sku_held_at_the_warehouse_of_its_storage_type_not_only_the_page()
    {
        var fba = await Warehouse("FBA-R2");
        await Product(A);
        await Product("OPS-Q-C");
        await Product(B, size: new Ops.Selection.Contracts.ProductSize(18m, 14m, 8m, 20m)); // at every standard limit: standard
        await Product("OPS-Q-BIG", size: new Ops.Selection.Contracts.ProductSize(18.5m, 10m, 5m, 4m)); // longest side beyond 18 in: oversize
        await Receive(Receipt(fba, A, 100));
        await Ship(fba, A, 60);
        await Receive(Receipt(fba, "OPS-Q-C", 100));
        await Ship(fba, "OPS-Q-C", 60);
        await Receive(Receipt(fba, B, 250));
        await Receive(Receipt(fba, "OPS-Q-BIG", 100));
        await Ship(fba, "OPS-Q-BIG", 60);
        await As(Role.Logistics, x => x.Post.Json(new AnnounceInboundRequest { WarehouseId = fba, Sku = B, Quantity = 30 })
            .ToUrl("/api/logistics/inventory/inbound")).Ok<InventoryRow>();
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { FbaCapacity = new FbaCapacity { Standard = 500, Oversize = 250 } })
            .ToUrl("/api/logistics/settings")).Ok<PolicySettingsView<LogisticsSettings>>();

        var page = await Replenishment("?pageSize=1&page=3");

        page.TotalItems.ShouldBe(3);
        // Standard at FBA-R2: A 40 + C 40 + B 250 on hand and 30 inbound = 360 of 500, whichever SKU the page shows.
        page.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Sku.ShouldBe("OPS-Q-C"),
            s => s.StorageType.ShouldBe(StorageType.Standard),
            s => s.Capacity.ShouldBe(new CapacityCap(StorageType.Standard, 500, 360, 140)),
            s => (s.Quantity, s.SuggestedQuantity, s.Capped).ShouldBe((140, 300, true)));
        // Oversize: only the big SKU's 40 of 250.
        (await Replenishment("?pageSize=1&page=2")).Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Sku.ShouldBe("OPS-Q-BIG"),
            s => s.Capacity.ShouldBe(new CapacityCap(StorageType.Oversize, 250, 40, 210)),
            s => (s.Quantity, s.Capped).ShouldBe((210, true)));
    }

    [Fact]
    public async Task the_replenishment_list_and_the_figures_agree_at_a_reorder_point_the_velocity_does_not_divide_evenly()
    {
        // 70 shipped in 30 days: 2.333…/day; reorder point 70 × (25 + 14) / 30 = 91 exactly; 161 − 70 = 91 available.
        // Suggested: 2.333… × 60 − 91 = 49 (MOQ 1).
        var fba = await Warehouse("FBA-R3");
        await Product(A, moq: 1);
        await Receive(Receipt(fba, A, 161));
        await Ship(fba, A, 70);

        var suggestion = (await Replenishment()).Items.ShouldHaveSingleItem();

        suggestion.ShouldSatisfyAllConditions(
            s => s.Inputs.Suggested.ShouldBeTrue(),
            s => (s.Inputs.Available, s.Inputs.Inbound).ShouldBe((91, 0)),
            s => s.ReorderPoint.Units.ShouldBe(91m),
            s => s.Inputs.Needed.ShouldBe(49m),
            s => s.Quantity.ShouldBe(49));
        await Receive(Receipt(fba, A, 1));
        (await Replenishment()).ShouldSatisfyAllConditions(p => p.Items.ShouldBeEmpty(), p => p.TotalItems.ShouldBe(0));
        (await As(Role.Auditor, x => x.Get.Url("/api/logistics/inventory")).Ok<Page<InventoryRow>>())
            .Items.ShouldHaveSingleItem().Figures.Replenishment.Suggested.ShouldBeFalse("92 available is above the reorder point of 91");
    }

    [Fact]
    public async Task kpis_give_inventory_turnover_and_stockout_days_over_the_period()
    {
        var warehouse = await Warehouse("FBA-KPI1");
        await Product("OPS-KPI-1");
        await App.Deliver(new ListingWentLive(Guid.NewGuid(), "OPS-KPI-1", "B0KPI00001", 14.99m, "USD", OpsFixture.Start), othersMayRefuse: true);
        await Receive(Receipt(warehouse, "OPS-KPI-1", 100));
        App.Clock.Advance(TimeSpan.FromDays(1));
        await Ship(warehouse, "OPS-KPI-1", 60);
        App.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromHours(1)));
        await Reserve(warehouse, "OPS-KPI-1", 40);
        App.Clock.SetUtcNow(OpsFixture.Start.AddDays(20));

        var from = KpiPeriod.Format(OpsFixture.Start);
        var to = KpiPeriod.Format(OpsFixture.Start.AddDays(10));
        var report = await As(Role.Auditor, x => x.Get.Url($"/api/logistics/kpis?from={from}&to={to}")).Ok<KpiReport>();

        // COGS 60 × 2.50 = 150; on hand 0 before the period, 40 at its end: (0 + 100) / 2 = 50; 150 / 50 = 3.
        report.Kpis.Single(k => k.Code == "inventory.turnover").Value.ShouldBe(3m);
        // Nothing available from day 3 + 1 h: the day ends 4 … 10 after the start, 7 days.
        report.Kpis.Single(k => k.Code == "inventory.stockout_days").Value.ShouldBe(7m);
    }
}
