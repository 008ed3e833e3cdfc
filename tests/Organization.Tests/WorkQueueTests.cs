using Ops.Organization.Contracts;
using Ops.Organization.Work;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using Wolverine.Tracking;

namespace Organization.Tests;

/// <summary>
/// The work queue ("my work"): every open deadline the modules report, breached first, then warned, then open, each by
/// due time; what the caller owns or their roles watch; everything for those who oversee the team.
/// </summary>
public sealed class WorkQueueTests(OrganizationApp app) : OrganizationTest(app)
{
    private static readonly DateTimeOffset Now = OpsFixture.Start;
    private static readonly Guid StoreA = Guid.CreateVersion7();

    private static WorkItemChanged Item(string key, WorkItemState state, DateTimeOffset dueAt, string[]? roles = null, string? owner = null,
        Guid? storeId = null, long version = 1, string module = "listing") =>
        new(key, module, "go-live", Guid.CreateVersion7(), $"SKU-{key}", $"/listing/listings/{key}", storeId, owner,
            roles ?? [Role.Listing, Role.OpsManager], dueAt.AddDays(-1), dueAt, state, Now.AddMinutes(version), version);

    private Task Report(WorkItemChanged change) => Host.InvokeMessageAndWaitAsync(change);

    private Task<Page<WorkItemView>> Queue(string role, string query = "") =>
        As(role, x => x.Get.Url($"/api/org/work{query}")).Ok<Page<WorkItemView>>();

    [Fact]
    public async Task breached_come_first_then_warned_then_open_each_by_due_time()
    {
        await Report(Item("open-soon", WorkItemState.Open, Now.AddDays(1)));
        await Report(Item("open-later", WorkItemState.Open, Now.AddDays(5)));
        await Report(Item("warned", WorkItemState.Warned, Now.AddDays(3)));
        await Report(Item("breached-late", WorkItemState.Breached, Now.AddDays(-1)));
        await Report(Item("breached-early", WorkItemState.Breached, Now.AddDays(-3)));

        var queue = await Queue(Role.Listing);

        queue.Items.Select(i => i.Key).ShouldBe(["breached-early", "breached-late", "warned", "open-soon", "open-later"]);
        queue.TotalItems.ShouldBe(5);
        var first = queue.Items[0];
        (first.Module, first.Kind, first.RecordName, first.Link, first.State).ShouldBe(
            ("listing", "go-live", "SKU-breached-early", "/listing/listings/breached-early", WorkItemState.Breached));
        first.DueAt.ShouldBe(Now.AddDays(-3));
    }

    [Fact]
    public async Task my_work_is_what_my_roles_watch_and_what_i_own()
    {
        await Report(Item("listing-team", WorkItemState.Open, Now.AddDays(1), roles: [Role.Listing]));
        await Report(Item("product-team", WorkItemState.Open, Now.AddDays(2), roles: [Role.Product], module: "selection"));
        await Report(Item("owned-by-staff", WorkItemState.Warned, Now.AddDays(3), roles: [Role.Product], owner: $"{Role.Staff}@demo.ops"));

        (await Queue(Role.Listing)).Items.Select(i => i.Key).ShouldBe(["listing-team"]);
        (await Queue(Role.Product)).Items.Select(i => i.Key).ShouldBe(["owned-by-staff", "product-team"]);
        (await Queue(Role.Staff)).Items.Select(i => i.Key).ShouldBe(["owned-by-staff"]);
        (await Queue(Role.Finance)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_whole_teams_work_is_for_those_who_oversee_it()
    {
        await Report(Item("listing-team", WorkItemState.Open, Now.AddDays(1), roles: [Role.Listing]));
        await Report(Item("product-team", WorkItemState.Open, Now.AddDays(2), roles: [Role.Product]));

        (await Queue(Role.OpsManager, "?scope=all")).TotalItems.ShouldBe(2);
        (await Queue(Role.Auditor, "?scope=all")).TotalItems.ShouldBe(2);
        var refused = await As(Role.Listing, x => x.Get.Url("/api/org/work?scope=all")).ShouldBeProblem(403, ProblemCodes.Forbidden);
        refused.Detail.ShouldNotBeNull().ShouldContain("ops manager");
    }

    [Fact]
    public async Task a_later_change_moves_an_item_and_an_earlier_one_arriving_late_does_not()
    {
        await Report(Item("clock", WorkItemState.Open, Now.AddDays(2), version: 3));
        await Report(Item("clock", WorkItemState.Breached, Now.AddDays(2), version: 7));
        await Report(Item("clock", WorkItemState.Warned, Now.AddDays(2), version: 5)); // delivered late

        var item = (await Queue(Role.Listing)).Items.Single();
        (item.State, item.ChangedAt).ShouldBe((WorkItemState.Breached, Now.AddMinutes(7)));
    }

    [Fact]
    public async Task a_closed_item_leaves_the_queue_and_a_late_warning_does_not_bring_it_back()
    {
        await Report(Item("met", WorkItemState.Open, Now.AddDays(2), version: 2));
        await Report(Item("met", WorkItemState.Closed, Now.AddDays(2), version: 9));
        await Report(Item("met", WorkItemState.Warned, Now.AddDays(2), version: 4));

        (await Queue(Role.Listing)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_queue_filters_by_state_role_store_and_module_and_pages()
    {
        var storeB = Guid.CreateVersion7();
        await Report(Item("a-open", WorkItemState.Open, Now.AddDays(1), storeId: StoreA));
        await Report(Item("a-warned", WorkItemState.Warned, Now.AddDays(2), storeId: StoreA));
        await Report(Item("b-warned", WorkItemState.Warned, Now.AddDays(3), storeId: storeB));
        await Report(Item("selection", WorkItemState.Open, Now.AddDays(4), roles: [Role.OpsManager, Role.Product], module: "selection"));

        (await Queue(Role.OpsManager, "?state=warned")).Items.Select(i => i.Key).ShouldBe(["a-warned", "b-warned"]);
        (await Queue(Role.OpsManager, $"?storeId={StoreA}")).Items.Select(i => i.Key).ShouldBe(["a-warned", "a-open"]);
        (await Queue(Role.OpsManager, "?role=product")).Items.Select(i => i.Key).ShouldBe(["selection"]);
        (await Queue(Role.OpsManager, "?module=selection")).Items.Select(i => i.Key).ShouldBe(["selection"]);
        (await Queue(Role.OpsManager, "?sort=dueAt")).Items.Select(i => i.Key).ShouldBe(["a-open", "a-warned", "b-warned", "selection"]);
        var second = await Queue(Role.OpsManager, "?page=2&pageSize=3");
        (second.Items.Select(i => i.Key).Single(), second.TotalItems, second.TotalPages).ShouldBe(("selection", 4L, 2L));
    }

    [Fact]
    public async Task asking_for_closed_items_or_an_unknown_role_is_a_field_error()
    {
        await As(Role.Listing, x => x.Get.Url("/api/org/work?state=closed")).ShouldHaveFieldError("state");
        await As(Role.Listing, x => x.Get.Url("/api/org/work?role=pilot")).ShouldHaveFieldError("role");
    }

    [Fact]
    public async Task an_api_client_has_no_work_queue()
    {
        var registered = await As(Role.Admin, x => x.Post.Json(new Ops.Organization.ApiClients.RegisterApiClientRequest("ERP", ["org:read"]))
            .ToUrl("/api/org/api-clients")).Ok<Ops.Organization.ApiClients.ApiClientWithKey>(201);

        await App.WithKey(registered.ApiKey, x => x.Get.Url("/api/org/work")).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
