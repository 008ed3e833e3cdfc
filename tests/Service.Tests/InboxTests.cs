using Ops.Service.Inquiries;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// The agent's inbox: open inquiries by time left on whichever clock comes first — breached first, then warned, then by
/// due time — and answered ones after them.
/// </summary>
public sealed class InboxTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task breached_come_first_then_warned_then_the_least_time_left_on_either_clock()
    {
        App.Clock.SetUtcNow(NewYork(9, 13, 0)); // Saturday 13:00
        // Ours due Monday 09:30.
        var running = (await App.Receive(NewInquiry(InquiryChannel.Email, NewYork(8, 17, 30), "running"))).Result;
        // Ours due Monday 09:55, but Amazon's today at 17:55: less time left than the e-mail.
        var amazon = (await App.Receive(NewInquiry(InquiryChannel.AmazonBuyerMessage, NewYork(8, 17, 55), "amazon"))).Result;
        // Amazon's warned at 12:57 today.
        var (warned, warnedTimers) = await App.Receive(NewInquiry(InquiryChannel.AmazonBuyerMessage, NewYork(8, 17, 45), "warned"));
        await App.Fire(warnedTimers.Scheduled.SingleEnvelope<WarnAmazonResponse>());
        // Ours breached on Friday at 18:00.
        var (breached, breachedTimers) = await App.Receive(NewInquiry(InquiryChannel.Email, NewYork(8, 17, 0), "breached"));
        await App.Fire(breachedTimers.Scheduled.SingleEnvelope<WarnInquiryResponse>());
        await App.Fire(breachedTimers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        // Answered: after every open one, however urgent it was.
        var answered = (await App.Receive(NewInquiry(InquiryChannel.Email, NewYork(8, 16, 0), "answered"))).Result;
        await App.Respond(answered.Id).Ok<InquiryDetails>();

        (await App.Inbox()).Items.Select(i => i.Message.Subject).ShouldBe(["breached", "warned", "amazon", "running", "answered"]);
        (await App.Inbox("?status=Open")).Items.Select(i => i.Id).ShouldBe([breached.Id, warned.Id, amazon.Id, running.Id]);
        (await App.Inbox("?deadlineState=Running")).Items.Select(i => i.Id).ShouldBe([amazon.Id, running.Id]);
        (await App.Inbox("?deadlineState=Warned")).Items.Select(i => i.Id).ShouldBe([warned.Id]);
        (await App.Inbox("?status=Open&pageSize=2&page=2")).ShouldSatisfyAllConditions(
            p => p.Items.Select(i => i.Id).ShouldBe([amazon.Id, running.Id]), p => p.TotalItems.ShouldBe(4), p => p.TotalPages.ShouldBe(2));
    }

    [Fact]
    public async Task the_inbox_is_filtered_by_store_channel_topic_and_a_search()
    {
        var email = (await App.Receive(NewInquiry(InquiryChannel.Email, subject: "Broken lamp") with { Topic = InquiryTopic.Product })).Result;
        var amazon = (await App.Receive(NewInquiry(subject: "Tracking?"))).Result;

        (await App.Inbox($"?storeId={DemoStoreId}")).TotalItems.ShouldBe(2);
        (await App.Inbox($"?storeId={Guid.NewGuid()}")).TotalItems.ShouldBe(0);
        (await App.Inbox("?channel=Email")).Items.Select(i => i.Id).ShouldBe([email.Id]);
        (await App.Inbox("?topic=OrderStatus")).Items.Select(i => i.Id).ShouldBe([amazon.Id]);
        (await App.Inbox("?search=lamp")).Items.Select(i => i.Id).ShouldBe([email.Id]);
        (await App.Inbox("?search=111-0000001")).TotalItems.ShouldBe(2);
    }

    [Fact]
    public async Task an_unknown_sort_or_filter_is_a_field_error()
    {
        await App.As(Ops.Shared.Role.Service, x => x.Get.Url($"{InquiriesUrl}?sort=customer")).ShouldHaveFieldError("sort");
        await App.As(Ops.Shared.Role.Service, x => x.Get.Url($"{InquiriesUrl}?pageSize=500")).ShouldHaveFieldError("pageSize");
    }
}
