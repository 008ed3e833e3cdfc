using Alba;
using Ops.Logistics;
using Ops.Logistics.Contracts;
using Ops.Logistics.Inventory;
using Ops.Logistics.Stocktakes;
using Ops.Logistics.Warehouses;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Logistics.Tests.Stocktakes;

public sealed class StocktakeTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/stocktakes";
    private static readonly DateOnly Today = DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime);

    private Task<IScenarioResult> Plan(Guid warehouseId, IReadOnlyList<string>? skus = null, string role = Role.Logistics, DateOnly? on = null) =>
        As(role, x => x.Post.Json(new PlanStocktakeRequest { WarehouseId = warehouseId, Skus = skus, PlannedOn = on ?? Today }).ToUrl(Url));

    private Task<IScenarioResult> Post(Guid id, string action, object? body = null, string role = Role.Logistics) =>
        As(role, x => x.Post.Json(body ?? new { }).ToUrl($"{Url}/{id}/{action}"));

    private Task<IScenarioResult> Count(Guid id, params CountedLineRequest[] lines) =>
        As(Role.Logistics, x => x.Put.Json(new EnterStocktakeCountsRequest { Lines = lines }).ToUrl($"{Url}/{id}/counts"));

    private static CountedLineRequest Line(string sku, int counted, string? reason = null) => new() { Sku = sku, CountedQuantity = counted, Reason = reason };

    /// <summary>A warehouse holding 100 of A, 50 of B and 10 of C, and a stocktake of all of them, counting.</summary>
    private async Task<(WarehouseView Warehouse, StocktakeView Stocktake)> Counting()
    {
        var warehouse = await App.AWarehouse();
        await App.Receive(warehouse.Id, "SKU-A", 100);
        await App.Receive(warehouse.Id, "SKU-B", 50);
        await App.Receive(warehouse.Id, "SKU-C", 10);
        var planned = await Plan(warehouse.Id).Ok<StocktakeView>(201);
        return (warehouse, await Post(planned.Id, "start").Ok<StocktakeView>());
    }

    [Fact]
    public async Task starting_freezes_the_on_hand_stock_of_every_sku_the_warehouse_holds()
    {
        var warehouse = await App.AWarehouse();
        await App.Receive(warehouse.Id, "SKU-B", 50);
        await App.Receive(warehouse.Id, "SKU-A", 100);
        var planned = await Plan(warehouse.Id).Ok<StocktakeView>(201);
        planned.ShouldSatisfyAllConditions(s => s.Status.ShouldBe(StocktakeStatus.Planned), s => s.Skus.ShouldBeNull(), s => s.Lines.ShouldBeEmpty());

        var started = await Post(planned.Id, "start").Ok<StocktakeView>();

        started.Status.ShouldBe(StocktakeStatus.Counting);
        started.Lines.Select(l => (l.Sku, l.SystemQuantity)).ShouldBe([("SKU-A", 100), ("SKU-B", 50)]);
        await App.Receive(warehouse.Id, "SKU-A", 5);
        (await As(Role.Auditor, x => x.Get.Url($"{Url}/{planned.Id}")).Ok<StocktakeView>()).Lines[0].SystemQuantity.ShouldBe(100, "frozen at start");
        await Post(planned.Id, "start").ShouldBeProblem(409, StocktakeRules.NotPlanned.Code);
    }

    [Fact]
    public async Task chosen_skus_are_counted_even_when_the_warehouse_never_held_them()
    {
        var warehouse = await App.AWarehouse();
        await App.Receive(warehouse.Id, "SKU-A", 100);
        var planned = await Plan(warehouse.Id, ["SKU-NEW", "SKU-A"]).Ok<StocktakeView>(201);

        var started = await Post(planned.Id, "start").Ok<StocktakeView>();

        started.Lines.Select(l => (l.Sku, l.SystemQuantity)).ShouldBe([("SKU-NEW", 0), ("SKU-A", 100)]);
    }

    [Fact]
    public async Task a_warehouse_without_stock_has_nothing_to_count_and_a_closed_one_takes_no_stocktake()
    {
        var warehouse = await App.AWarehouse();
        var planned = await Plan(warehouse.Id).Ok<StocktakeView>(201);
        await Post(planned.Id, "start").ShouldBeProblem(409, StocktakeRules.NothingToCount.Code);

        await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "Moved out" }).ToUrl($"/api/logistics/warehouses/{warehouse.Id}/close"))
            .Ok<WarehouseView>();
        await Plan(warehouse.Id).ShouldBeProblem(409, StocktakeRules.WarehouseMustBeOpen.Code);
        await Plan(Guid.NewGuid()).ShouldBeProblem(409, StocktakeRules.WarehouseMustBeOpen.Code);
    }

    [Fact]
    public async Task the_sheet_shows_each_variance_and_its_share_of_the_system_quantity()
    {
        var (_, stocktake) = await Counting();

        var counted = await Count(stocktake.Id, Line("SKU-A", 97), Line("SKU-B", 51), Line("SKU-C", 10)).Ok<StocktakeView>();

        counted.Lines.Select(l => (l.Sku, l.Variance, l.VariancePercent)).ShouldBe(
            [("SKU-A", -3, -3m), ("SKU-B", 1, 2m), ("SKU-C", 0, 0m)]);
        (counted.LinesCounted, counted.LinesWithVariance).ShouldBe((3, 2));
        await Count(stocktake.Id, Line("SKU-X", 1)).ShouldBeProblem(409, StocktakeRules.SkuNotOnSheet.Code);
        await Count(stocktake.Id, Line("SKU-A", -1)).ShouldHaveFieldError("lines[0].countedQuantity");
    }

    [Fact]
    public async Task submission_needs_every_line_counted_and_a_reason_for_each_variance_over_the_threshold()
    {
        var (_, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 97), Line("SKU-B", 51));
        var uncounted = await Post(stocktake.Id, "submit").ShouldBeProblem(409, StocktakeRules.EveryLineMustBeCounted.Code);
        uncounted.Rules!.Select(r => r.Field).ShouldBe(["lines[2].countedQuantity"]);

        // SKU-A: −3 % (over 2 %, needs a reason); SKU-B: +2 % exactly (at the threshold, does not); SKU-C: 0 of 10 → −100 %.
        await Count(stocktake.Id, Line("SKU-C", 0));
        var unexplained = await Post(stocktake.Id, "submit").ShouldBeProblem(409, StocktakeRules.VarianceNeedsReason.Code);
        unexplained.Rules!.Select(r => r.Field).ShouldBe(["lines[0].reason", "lines[2].reason"]);

        await Count(stocktake.Id, Line("SKU-A", 97, "Three found broken"), Line("SKU-C", 0, "Bin empty, stock misplaced"));
        (await Post(stocktake.Id, "submit").Ok<StocktakeView>()).Status.ShouldBe(StocktakeStatus.Submitted);
        await Count(stocktake.Id, Line("SKU-A", 90)).ShouldBeProblem(409, StocktakeRules.NotCounting.Code);
    }

    [Fact]
    public async Task the_review_threshold_is_the_setting_in_force()
    {
        var (_, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 97), Line("SKU-B", 50), Line("SKU-C", 10));
        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { VarianceReviewPercent = 3m }).ToUrl("/api/logistics/settings"))
            .Ok<PolicySettingsView<LogisticsSettings>>();

        (await Post(stocktake.Id, "submit").Ok<StocktakeView>()).Status.ShouldBe(StocktakeStatus.Submitted, "3 % is not over 3 %");
    }

    [Fact]
    public async Task approval_moves_on_hand_by_each_variance_and_tells_other_modules()
    {
        var (warehouse, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 97, "Broken"), Line("SKU-B", 51), Line("SKU-C", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();
        // Movements between the freeze and the approval are kept: 5 more of A arrived while counting (ADR 0022).
        await App.Receive(warehouse.Id, "SKU-A", 5);

        var (approved, messages) = await App.Tracking(() => Post(stocktake.Id, "approve", role: Role.OpsManager).Ok<StocktakeView>());

        approved.Status.ShouldBe(StocktakeStatus.Approved);
        approved.Lines.Select(l => (l.Sku, l.OnHandBefore, l.OnHandAfter)).ShouldBe([("SKU-A", 105, 102), ("SKU-B", 50, 51), ("SKU-C", null, null)]);
        (await App.Level(warehouse.Id, "SKU-A"))!.OnHand.ShouldBe(102);
        (await App.Level(warehouse.Id, "SKU-B"))!.OnHand.ShouldBe(51);
        messages.Announced<StockAdjusted>().OrderBy(m => m.Sku).Select(m => (m.Sku, m.QuantityBefore, m.QuantityAfter, m.Reason, m.StocktakeId))
            .ShouldBe([("SKU-A", 105, 102, "Broken", (Guid?)stocktake.Id), ("SKU-B", 50, 51, ApproveStocktakeHandler.DefaultReason, stocktake.Id)]);
        await Post(stocktake.Id, "approve", role: Role.OpsManager).ShouldBeProblem(409, StocktakeRules.NotSubmitted.Code);
    }

    [Fact]
    public async Task only_the_operations_manager_approves_or_orders_a_recount()
    {
        var (_, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 100), Line("SKU-B", 50), Line("SKU-C", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();

        await Post(stocktake.Id, "approve").ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Post(stocktake.Id, "recount", new OrderStocktakeRecountRequest { Skus = ["SKU-A"], Reason = "Check" })
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Plan(Guid.NewGuid(), role: Role.Listing).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }

    [Fact]
    public async Task an_adjustment_below_what_orders_hold_refuses_the_whole_approval()
    {
        var (warehouse, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 101, "Found one"), Line("SKU-B", 5, "Water damage"), Line("SKU-C", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();
        await App.Move(warehouse.Id, "SKU-B", i => i.Reserve(20, new MovementSource(MovementSourceKind.Order, Guid.NewGuid()), "test", App.Clock.GetUtcNow()));

        await Post(stocktake.Id, "approve", role: Role.OpsManager).ShouldBeProblem(409, InventoryRules.AdjustmentBelowReserved.Code);

        (await App.Level(warehouse.Id, "SKU-A"))!.OnHand.ShouldBe(100, "nothing of the refused approval is written");
        (await As(Role.Auditor, x => x.Get.Url($"{Url}/{stocktake.Id}")).Ok<StocktakeView>()).Status.ShouldBe(StocktakeStatus.Submitted);
    }

    [Fact]
    public async Task a_recount_sends_the_chosen_lines_back_to_counting()
    {
        var (_, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 90, "Missing"), Line("SKU-B", 50), Line("SKU-C", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();
        await Post(stocktake.Id, "recount", new OrderStocktakeRecountRequest { Skus = ["SKU-X"], Reason = "Check" }, Role.OpsManager)
            .ShouldBeProblem(409, StocktakeRules.SkuNotOnSheet.Code);
        await Post(stocktake.Id, "recount", new OrderStocktakeRecountRequest { Skus = [], Reason = "Check" }, Role.OpsManager).ShouldHaveFieldError("skus");

        var recount = await Post(stocktake.Id, "recount", new OrderStocktakeRecountRequest { Skus = ["SKU-A"], Reason = "Count A again" }, Role.OpsManager)
            .Ok<StocktakeView>();

        recount.ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(StocktakeStatus.Counting),
            s => s.Recounts.ShouldBe(1),
            s => s.Lines[0].CountedQuantity.ShouldBeNull(),
            s => s.Lines[1].CountedQuantity.ShouldBe(50));
        await Post(stocktake.Id, "submit").ShouldBeProblem(409, StocktakeRules.EveryLineMustBeCounted.Code);
        await Post(stocktake.Id, "recount", new OrderStocktakeRecountRequest { Skus = ["SKU-A"], Reason = "Again" }, Role.OpsManager)
            .ShouldBeProblem(409, StocktakeRules.NotSubmitted.Code);

        var history = await As(Role.Auditor, x => x.Get.Url($"{Url}/{stocktake.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
        history.Select(h => h.Title).ShouldBe(["Stocktake planned", "Stocktake counting started", "Stocktake counts entered", "Stocktake submitted",
            "Stocktake recount ordered"]);
        (await As(Role.Auditor, x => x.Get.Url($"{Url}/{stocktake.Id}?version=2")).Ok<StocktakeView>()).Status.ShouldBe(StocktakeStatus.Counting);
    }

    [Fact]
    public async Task the_list_filters_by_warehouse_status_and_planned_stocktakes_overdue()
    {
        var one = await App.AWarehouse();
        var two = await App.AWarehouse("SZ-OWN-1", WarehouseType.OwnWarehouse);
        var late = await Plan(one.Id, ["SKU-A"], on: Today.AddDays(-1)).Ok<StocktakeView>(201);
        var due = await Plan(two.Id, ["SKU-A"], on: Today).Ok<StocktakeView>(201);
        await Post(due.Id, "start").Ok<StocktakeView>();

        (await List($"?warehouseId={one.Id}")).ShouldBe([late.Id]);
        (await List("?status=Counting")).ShouldBe([due.Id]);
        (await List("?overdue=true")).ShouldBe([late.Id]);
        await As(Role.Staff, x => x.Get.Url($"{Url}?status=Lost")).ShouldHaveFieldError("status");
    }

    [Fact]
    public async Task every_stocktake_every_days_a_warehouses_next_stocktake_falls_due()
    {
        var warehouse = await App.AWarehouse();
        await App.Receive(warehouse.Id, "SKU-A", 10);
        // Registered on 4 Nov 2030 (06:00 in Los Angeles): due on 11 Nov, 7 days later.
        (await Schedule()).Single().ShouldSatisfyAllConditions(
            r => r.NextDueOn.ShouldBe(new DateOnly(2030, 11, 11)), r => r.DueState.ShouldBe(StocktakeDueState.NotDue));

        App.Clock.Advance(TimeSpan.FromDays(7));
        (await Schedule()).Single().DueState.ShouldBe(StocktakeDueState.Due);
        App.Clock.Advance(TimeSpan.FromDays(2));
        var overdue = (await Schedule()).Single();
        (overdue.DueState, overdue.DaysOverdue).ShouldBe((StocktakeDueState.Overdue, 2));

        var stocktake = await Plan(warehouse.Id, on: DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime)).Ok<StocktakeView>(201);
        (await Schedule()).Single().OpenStocktakeId.ShouldBe(stocktake.Id);
        await Post(stocktake.Id, "start").Ok<StocktakeView>();
        await Count(stocktake.Id, Line("SKU-A", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();
        await Post(stocktake.Id, "approve", role: Role.OpsManager).Ok<StocktakeView>();

        var after = (await Schedule()).Single();
        after.ShouldSatisfyAllConditions(
            r => r.LastApprovedOn.ShouldBe(new DateOnly(2030, 11, 13)), r => r.NextDueOn.ShouldBe(new DateOnly(2030, 11, 20)),
            r => r.DueState.ShouldBe(StocktakeDueState.NotDue), r => r.OpenStocktakeId.ShouldBeNull());
    }

    [Fact]
    public async Task stocktake_accuracy_is_the_share_of_lines_counted_without_variance()
    {
        var (_, stocktake) = await Counting();
        await Count(stocktake.Id, Line("SKU-A", 97, "Broken"), Line("SKU-B", 50), Line("SKU-C", 10));
        await Post(stocktake.Id, "submit").Ok<StocktakeView>();
        await Post(stocktake.Id, "approve", role: Role.OpsManager).Ok<StocktakeView>();

        var report = await As(Role.Auditor, x => x.Get.Url("/api/logistics/kpis")).Ok<KpiReport>();

        report.Kpis.Single(k => k.Code == "stocktakes.accuracy").Value.ShouldBe(66.7m); // 2 of 3, half away from zero
    }

    private async Task<IReadOnlyList<Guid>> List(string query) =>
        (await As(Role.Staff, x => x.Get.Url(Url + query)).Ok<Page<StocktakeView>>()).Items.Select(s => s.Id).ToList();

    private Task<IReadOnlyList<StocktakeScheduleRow>> Schedule() =>
        As(Role.Staff, x => x.Get.Url($"{Url}/schedule")).Ok<IReadOnlyList<StocktakeScheduleRow>>();
}
