using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>Recording inquiries and their first response: what is kept, what is refused, and who may do it.</summary>
public sealed class InquiryTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task an_inquiry_is_recorded_as_the_customer_sent_it_and_is_open()
    {
        var result = await App.As(Role.Service, x => x.Post.Json(NewInquiry() with { Subject = "  Where is my order?  ", Sku = " " }).ToUrl(InquiriesUrl));
        var created = await Task.FromResult(result).Ok<InquiryDetails>(201);

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/service/inquiries/{created.Id}");
        (created.Status, created.StoreId, created.Marketplace, created.Channel).ShouldBe(
            (InquiryStatus.Open, DemoStoreId, "US", InquiryChannel.AmazonBuyerMessage));
        created.Customer.ShouldBe(new InquiryCustomer("Jane Doe", "jane@marketplace.amazon.com"));
        created.Message.ShouldBe(new InquiryMessage("Where is my order?", "It has not arrived yet. Can you check?", InquiryTopic.OrderStatus,
            "111-0000001-0000001", null, "en"));
        (created.ReceivedAt, created.RecordedAt, created.RecordedBy).ShouldBe((OpsFixture.Start, OpsFixture.Start, "service@demo.ops"));
        (await App.Details(created.Id)).ShouldBeEquivalentTo(created);
    }

    [Fact]
    public async Task the_same_inquiry_sent_again_with_its_idempotency_key_is_recorded_once()
    {
        var first = await App.As(Role.Service, x =>
        {
            x.Post.Json(NewInquiry()).ToUrl(InquiriesUrl);
            x.WithRequestHeader("Idempotency-Key", "buyer-message-4711");
        }).Ok<InquiryDetails>(201);
        var again = await App.As(Role.Service, x =>
        {
            x.Post.Json(NewInquiry()).ToUrl(InquiriesUrl);
            x.WithRequestHeader("Idempotency-Key", "buyer-message-4711");
        }).Ok<InquiryDetails>(201);

        again.Id.ShouldBe(first.Id);
        (await App.Inbox()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task bad_input_is_refused_with_an_error_on_each_field()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { customer = new { email = "not-an-address" } }).ToUrl(InquiriesUrl))
            .ShouldHaveFieldError("storeId");

        problem.Errors!.Keys.ShouldBe(
            ["storeId", "marketplace", "channel", "customer.name", "customer.email", "subject", "body", "topic"], ignoreOrder: true);
        (await App.Inbox()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task an_inquiry_cannot_arrive_in_the_future()
    {
        await App.As(Role.Service, x => x.Post.Json(NewInquiry(receivedAt: OpsFixture.Start.AddMinutes(1))).ToUrl(InquiriesUrl))
            .ShouldHaveFieldError("receivedAt");
    }

    [Fact]
    public async Task a_language_is_a_language_tag()
    {
        await App.As(Role.Service, x => x.Post.Json(NewInquiry() with { Language = "English please" }).ToUrl(InquiriesUrl))
            .ShouldHaveFieldError("language");
    }

    [Fact]
    public async Task an_inquiry_for_a_store_service_does_not_know_is_refused()
    {
        await App.As(Role.Service, x => x.Post.Json(NewInquiry() with { StoreId = Guid.NewGuid() }).ToUrl(InquiriesUrl))
            .ShouldBeProblem(409, "inquiry.store_must_exist");
        (await App.Inbox()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task a_response_needs_its_text()
    {
        var (inquiry, _) = await App.Receive();

        await App.Respond(inquiry.Id, text: " ").ShouldHaveFieldError("text");
        (await App.Details(inquiry.Id)).Status.ShouldBe(InquiryStatus.Open);
    }

    [Fact]
    public async Task the_first_response_is_the_only_one_that_stops_the_clocks_and_later_ones_join_the_conversation()
    {
        var (inquiry, _) = await App.Receive();
        var first = await App.Respond(inquiry.Id).Ok<InquiryDetails>();
        App.Clock.Advance(TimeSpan.FromHours(2));

        var second = await App.Respond(inquiry.Id, "And another thing.", role: Role.OpsManager).Ok<InquiryDetails>();

        (second.Status, second.OurDeadline, second.AmazonDeadline, second.DeadlineState).ShouldBe(
            (InquiryStatus.Responded, first.OurDeadline, first.AmazonDeadline, first.DeadlineState));
        second.Responses.ShouldBe([
            first.Responses.Single(),
            new InquiryResponse(2, "And another thing.", null, StoppedClocks: false, "ops-manager@demo.ops", OpsFixture.Start.AddHours(2)),
        ]);
        (await App.History(inquiry.Id)).Last().Type.ShouldBe("inquiry_response_added");
    }

    [Fact]
    public async Task a_response_to_an_unknown_inquiry_is_not_found()
    {
        await App.Respond(Guid.NewGuid()).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Theory]
    [InlineData(Role.Service)]
    [InlineData(Role.OpsManager)]
    public async Task service_agents_and_the_operations_manager_record_inquiries_and_responses(string role)
    {
        var (inquiry, _) = await App.Receive(role: role);

        (await App.Respond(inquiry.Id, role: role).Ok<InquiryDetails>()).Status.ShouldBe(InquiryStatus.Responded);
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Listing)]
    [InlineData(Role.Logistics)]
    [InlineData(Role.Staff)]
    public async Task others_read_inquiries_but_neither_record_nor_answer_them(string role)
    {
        var (inquiry, _) = await App.Receive();

        await App.As(role, x => x.Post.Json(NewInquiry()).ToUrl(InquiriesUrl)).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Respond(inquiry.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.As(role, x => x.Get.Url($"{InquiriesUrl}/{inquiry.Id}")).Ok<InquiryDetails>()).Status.ShouldBe(InquiryStatus.Open);
        (await App.As(role, x => x.Get.Url(InquiriesUrl)).Ok<Ops.Shared.Paging.Page<InquiryDetails>>()).Items.Select(i => i.Id).ShouldBe([inquiry.Id]);
    }

    [Fact]
    public async Task the_inquiry_is_shown_as_it_was_at_an_earlier_version()
    {
        var (inquiry, _) = await App.Receive();
        await App.Respond(inquiry.Id).Ok<InquiryDetails>();

        var before = await App.As(Role.Auditor, x => x.Get.Url($"{InquiriesUrl}/{inquiry.Id}?version=1")).Ok<InquiryDetails>();

        (before.Status, before.Responses.Count).ShouldBe((InquiryStatus.Open, 0));
    }
}
