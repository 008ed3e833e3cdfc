using Alba;
using Ops.Logistics.Warehouses;
using Ops.Organization.Contracts;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Logistics.Tests;

public sealed class WarehouseTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/warehouses";
    private static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    private static RegisterWarehouseRequest Ontario(string code = "FBA-ONT8") => new()
    {
        Code = code, Name = "Amazon ONT8, Moreno Valley", Type = WarehouseType.FbaFulfilmentCentre, StoreId = DemoStoreId, Country = "US",
        TimeZone = "America/Los_Angeles",
    };

    private Task<IScenarioResult> Register(RegisterWarehouseRequest request, string role = Role.Logistics) =>
        As(role, x => x.Post.Json(request).ToUrl(Url));

    [Fact]
    public async Task logistics_registers_a_warehouse_of_a_known_store()
    {
        var result = await Register(Ontario());

        await result.ShouldHaveStatus(201);
        var warehouse = (await result.ReadAsJsonAsync<WarehouseView>())!;
        warehouse.ShouldSatisfyAllConditions(
            w => w.Code.ShouldBe("FBA-ONT8"),
            w => w.Type.ShouldBe(WarehouseType.FbaFulfilmentCentre),
            w => w.StoreId.ShouldBe(DemoStoreId),
            w => w.TimeZone.ShouldBe("America/Los_Angeles"),
            w => w.Closed.ShouldBeFalse(),
            w => w.Version.ShouldBe(1));
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{Url}/{warehouse.Id}");
    }

    [Fact]
    public async Task a_code_is_used_once()
    {
        await Register(Ontario());

        await Register(Ontario() with { Name = "Another" }).ShouldBeProblem(409, WarehouseRules.CodeMustBeUnique.Code);
    }

    [Fact]
    public async Task a_store_logistics_has_not_heard_of_is_refused()
    {
        await Register(Ontario() with { StoreId = Guid.NewGuid() }).ShouldBeProblem(409, WarehouseRules.StoreMustExist.Code);
    }

    [Fact]
    public async Task a_store_registered_in_the_organisation_becomes_known_to_logistics()
    {
        var storeId = Guid.NewGuid();
        await App.Deliver(new StoreCalendarChanged(storeId, "Europe/Berlin", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], OpsFixture.Start));

        await (await Register(Ontario() with { StoreId = storeId, TimeZone = "Europe/Berlin", Country = "DE" })).ShouldHaveStatus(201);
    }

    [Theory]
    [InlineData("code", "fba ont8")]
    [InlineData("country", "USA")]
    [InlineData("timeZone", "Pacific Standard Time")]
    [InlineData("name", "")]
    public async Task bad_fields_are_field_errors(string field, string value)
    {
        var request = field switch
        {
            "code" => Ontario(value),
            "country" => Ontario() with { Country = value },
            "timeZone" => Ontario() with { TimeZone = value },
            _ => Ontario() with { Name = value },
        };

        await Register(request).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task a_missing_type_is_a_field_error()
    {
        await Register(Ontario() with { Type = null }).ShouldHaveFieldError("type");
    }

    [Fact]
    public async Task a_change_keeps_the_store_and_a_closed_warehouse_changes_only_once_reopened()
    {
        var warehouse = await Register(Ontario()).Ok<WarehouseView>(201);
        var change = new ChangeWarehouseRequest
        {
            Name = "Amazon ONT8", Type = WarehouseType.FbaFulfilmentCentre, StoreId = DemoStoreId, Country = "US", TimeZone = "America/Los_Angeles",
        };

        var changed = await As(Role.Logistics, x => x.Put.Json(change).ToUrl($"{Url}/{warehouse.Id}")).Ok<WarehouseView>();
        (changed.Name, changed.Version).ShouldBe(("Amazon ONT8", 2L));
        await As(Role.Logistics, x => x.Put.Json(change with { StoreId = Guid.NewGuid() }).ToUrl($"{Url}/{warehouse.Id}"))
            .ShouldBeProblem(409, WarehouseRules.StoreIsFixed.Code);

        var closed = await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "Contract ended" }).ToUrl($"{Url}/{warehouse.Id}/close"))
            .Ok<WarehouseView>();
        closed.Closed.ShouldBeTrue();
        await As(Role.Logistics, x => x.Put.Json(change with { Name = "Renamed" }).ToUrl($"{Url}/{warehouse.Id}"))
            .ShouldBeProblem(409, WarehouseRules.ClosedWarehouseCannotChange.Code);
        await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "Again" }).ToUrl($"{Url}/{warehouse.Id}/close"))
            .ShouldBeProblem(409, WarehouseRules.AlreadyClosed.Code);

        await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "New contract" }).ToUrl($"{Url}/{warehouse.Id}/reopen")).Ok<WarehouseView>();
        (await As(Role.Logistics, x => x.Put.Json(change with { Name = "Renamed" }).ToUrl($"{Url}/{warehouse.Id}")).Ok<WarehouseView>())
            .Name.ShouldBe("Renamed");

        var history = await As(Role.Auditor, x => x.Get.Url($"{Url}/{warehouse.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
        history.Select(e => e.Title).ShouldBe(["Warehouse registered", "Warehouse changed", "Warehouse closed", "Warehouse reopened", "Warehouse changed"]);
    }

    [Fact]
    public async Task the_list_filters_by_store_kind_state_and_search()
    {
        await Register(Ontario());
        var own = await Register(Ontario("SZ-OWN-1") with { Name = "Shenzhen own warehouse", Type = WarehouseType.OwnWarehouse, Country = "CN",
            TimeZone = "Asia/Shanghai" }).Ok<WarehouseView>(201);
        await As(Role.Logistics, x => x.Post.Json(new ReasonRequest { Reason = "Moved" }).ToUrl($"{Url}/{own.Id}/close")).Ok<WarehouseView>();

        (await List("?type=OwnWarehouse")).ShouldBe(["SZ-OWN-1"]);
        (await List("?closed=false")).ShouldBe(["FBA-ONT8"]);
        (await List("?search=shenzhen")).ShouldBe(["SZ-OWN-1"]);
        (await List($"?storeId={DemoStoreId}&sort=-code")).ShouldBe(["SZ-OWN-1", "FBA-ONT8"]);
        await As(Role.Staff, x => x.Get.Url($"{Url}?sort=size")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task only_logistics_and_the_operations_manager_register_warehouses()
    {
        await Register(Ontario(), Role.Listing).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await (await Register(Ontario("FBA-ONT9"), Role.OpsManager)).ShouldHaveStatus(201);
    }

    private async Task<IReadOnlyList<string>> List(string query) =>
        (await As(Role.Staff, x => x.Get.Url(Url + query)).Ok<Page<WarehouseView>>()).Items.Select(w => w.Code).ToList();
}
