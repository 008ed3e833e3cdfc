using Ops.Service.Complaints;
using Ops.Shared;
using static Service.Tests.ComplaintScenarios;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>The complaints queue: at work first by time left (breached, warned, then the earliest due time), done ones after.</summary>
public sealed class ComplaintQueueTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task breached_come_first_then_warned_then_the_least_time_left()
    {
        App.Clock.SetUtcNow(NewYork(4, 12, 0));
        // Escalation due 14:00 today.
        var soon = (await App.Register(NewComplaint(NewYork(4, 12, 0), "soon"))).Result;
        // Escalation due 13:00 today: less time left.
        var sooner = (await App.Register(NewComplaint(NewYork(4, 11, 0), "sooner"))).Result;
        // Escalation warned at 10:36.
        var (warned, warnedTimers) = await App.Register(NewComplaint(NewYork(4, 9, 0), "warned"));
        await App.Fire(warnedTimers.Scheduled.SingleEnvelope<WarnComplaintEscalation>());
        // Escalation breached.
        var (breached, breachedTimers) = await App.Register(NewComplaint(NewYork(4, 9, 30), "breached"));
        await App.Fire(breachedTimers.Scheduled.SingleEnvelope<BreachComplaintEscalation>());
        // Resolved: after every complaint at work.
        var (done, _) = await App.Register(NewComplaint(NewYork(4, 9, 0), "done"));
        await App.Acknowledge(done.Id).Ok<ComplaintDetails>();
        await App.ResolveComplaint(done.Id).Ok<ComplaintDetails>();

        (await App.Complaints()).Items.Select(c => c.OrderNumber).ShouldBe(["breached", "warned", "sooner", "soon", "done"]);
        (await App.Complaints("?deadlineState=Running")).Items.Select(c => c.Id).ShouldBe([sooner.Id, soon.Id]);
        (await App.Complaints("?deadlineState=Breached")).Items.Select(c => c.Id).ShouldBe([breached.Id]);
        (await App.Complaints("?status=Resolved")).Items.Select(c => c.Id).ShouldBe([done.Id]);
        (await App.Complaints("?pageSize=2&page=2")).ShouldSatisfyAllConditions(
            p => p.Items.Select(c => c.Id).ShouldBe([sooner.Id, soon.Id]), p => p.TotalItems.ShouldBe(5), p => p.TotalPages.ShouldBe(3));
        warned.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task the_queue_is_filtered_by_store_category_and_a_search()
    {
        var lamp = (await App.Register(NewComplaint(orderNumber: "111-1"))).Result;
        var late = (await App.Register(NewComplaint(orderNumber: "222-2", category: ComplaintCategory.Shipping) with
        {
            Customer = new ComplaintCustomerRequest { Name = "John Roe", Contact = "+1 555 0100" }, Sku = "OPS-MUG",
        })).Result;

        (await App.Complaints($"?storeId={Guid.NewGuid()}")).TotalItems.ShouldBe(0);
        (await App.Complaints("?category=Shipping")).Items.Select(c => c.Id).ShouldBe([late.Id]);
        (await App.Complaints("?search=roe")).Items.Select(c => c.Id).ShouldBe([late.Id]);
        (await App.Complaints("?search=111-")).Items.Select(c => c.Id).ShouldBe([lamp.Id]);
        (await App.Complaints("?search=ops-lamp")).Items.Select(c => c.Id).ShouldBe([lamp.Id]);
    }

    [Fact]
    public async Task an_unknown_sort_or_a_page_too_large_is_a_field_error()
    {
        await App.As(Role.Service, x => x.Get.Url($"{ComplaintsUrl}?sort=customer")).ShouldHaveFieldError("sort");
        await App.As(Role.Service, x => x.Get.Url($"{ComplaintsUrl}?pageSize=500")).ShouldHaveFieldError("pageSize");
    }
}
