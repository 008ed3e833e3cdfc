using Ops.Service.Contracts;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.InquiryScenarios;
using InquiryDetails = Ops.Service.Inquiries.InquiryDetails;

namespace Service.Tests;

/// <summary>
/// Quality assurance (a reviewer, never the responder, marks sampled responses accurate or not) and the customer's 1–5
/// satisfaction, each published to other modules (service.md, "Inquiry", "Messages").
/// </summary>
public sealed class InquiryQualityTests(ServiceApp app) : ServiceTest(app)
{
    private const string SampleUrl = "/api/service/qa/sample";

    [Fact]
    public async Task a_reviewer_marks_a_response_accurate_and_the_review_is_announced()
    {
        var answered = await App.Answered();
        App.Clock.Advance(TimeSpan.FromHours(1));

        var (reviewed, messages) = await App.Tracking(() => App.Review(answered.Id, 1, accurate: true, note: "Clear and complete.").Ok<InquiryDetails>());

        reviewed.Responses.Single().Review.ShouldBe(new ResponseReview(true, "Clear and complete.", "ops-manager@demo.ops", OpsFixture.Start.AddHours(1)));
        messages.SingleAnnounced<ServiceQaReviewed>().ShouldBe(new ServiceQaReviewed(answered.Id, DemoStoreId, "US", 1, "service@demo.ops",
            Accurate: true, "ops-manager@demo.ops", OpsFixture.Start.AddHours(1)));
        (await App.History(answered.Id)).Last().Type.ShouldBe("inquiry_response_reviewed");
    }

    [Fact]
    public async Task nobody_reviews_their_own_response()
    {
        var answered = await App.Answered();

        var (_, messages) = await App.Tracking(() => App.Review(answered.Id, 1, role: Role.Service).ShouldBeProblem(409, "inquiry.reviewer_cannot_be_responder"));

        messages.Announced<ServiceQaReviewed>().ShouldBeEmpty();
        (await App.Details(answered.Id)).Responses.Single().Review.ShouldBeNull();
    }

    [Fact]
    public async Task a_response_is_reviewed_once_and_only_a_response_the_inquiry_has()
    {
        var answered = await App.Answered();
        await App.Review(answered.Id, 1).Ok<InquiryDetails>();

        await App.Review(answered.Id, 1, accurate: false, note: "Wrong date.").ShouldBeProblem(409, "inquiry.response_already_reviewed");
        await App.Review(answered.Id, 2).ShouldBeProblem(409, "inquiry.response_must_exist");
    }

    [Fact]
    public async Task a_review_names_the_response_says_whether_it_was_accurate_and_why_not()
    {
        var answered = await App.Answered();

        await App.Review(answered.Id, 1, accurate: false).ShouldHaveFieldError("note");
        await App.Review(answered.Id, 1, accurate: null).ShouldHaveFieldError("accurate");
        await App.As(Role.OpsManager, x => x.Post.Json(new { accurate = true }).ToUrl($"{InquiriesUrl}/{answered.Id}/reviews"))
            .ShouldHaveFieldError("responseNumber");
        var (inaccurate, messages) = await App.Tracking(() => App.Review(answered.Id, 1, accurate: false, note: "Wrong date.").Ok<InquiryDetails>());

        inaccurate.Responses.Single().Review!.Accurate.ShouldBeFalse();
        messages.SingleAnnounced<ServiceQaReviewed>().Accurate.ShouldBeFalse();
    }

    [Fact]
    public async Task the_sample_draws_unreviewed_responses_of_the_period_repeatably_and_leaves_out_the_callers_own()
    {
        var first = await App.Answered(NewInquiry(subject: "first"));
        var second = await App.Answered(NewInquiry(subject: "second"));
        var third = await App.Answered(NewInquiry(subject: "third"));
        App.Clock.Advance(TimeSpan.FromDays(2));
        var later = await App.Answered(NewInquiry(subject: "later"));
        await App.Review(second.Id, 1).Ok<InquiryDetails>();

        var period = $"?from={Format(OpsFixture.Start)}&to={Format(OpsFixture.Start.AddDays(1))}";
        var sample = await Sample(Role.OpsManager, period + "&size=5");
        var again = await Sample(Role.OpsManager, period + "&size=5");
        var one = await Sample(Role.OpsManager, period + "&size=1");

        sample.Select(r => r.InquiryId).ShouldBe([first.Id, third.Id], ignoreOrder: true);
        again.ShouldBe(sample);
        one.ShouldBe(sample.Take(1));
        sample.ShouldAllBe(r => r.Number == 1 && r.RespondedBy == "service@demo.ops");
        (await Sample(Role.OpsManager, "?size=10")).Select(r => r.InquiryId).ShouldContain(later.Id); // the last 30 days by default
        (await Sample(Role.Service, period)).ShouldBeEmpty(); // an agent cannot review their own responses
    }

    [Fact]
    public async Task a_sample_of_a_bad_size_or_an_upside_down_period_is_a_field_error()
    {
        await App.As(Role.OpsManager, x => x.Get.Url($"{SampleUrl}?size=0")).ShouldHaveFieldError("size");
        await App.As(Role.OpsManager, x => x.Get.Url($"{SampleUrl}?size=101")).ShouldHaveFieldError("size");
        await App.As(Role.OpsManager, x => x.Get.Url($"{SampleUrl}?from={Format(OpsFixture.Start)}&to={Format(OpsFixture.Start.AddDays(-1))}"))
            .ShouldHaveFieldError("from");
    }

    [Fact]
    public async Task the_customers_satisfaction_is_recorded_once_per_round_and_announced()
    {
        var answered = await App.Answered();

        var (rated, messages) = await App.Tracking(() => App.RateSatisfaction(answered.Id, 4, "Quick answer.").Ok<InquiryDetails>());

        rated.Satisfaction.ShouldBe(new CustomerSatisfaction(4, "Quick answer.", "service@demo.ops", OpsFixture.Start));
        messages.SingleAnnounced<CustomerSatisfactionRecorded>().ShouldBe(
            new CustomerSatisfactionRecorded(answered.Id, DemoStoreId, "US", "OPS-LAMP", "service@demo.ops", 4, OpsFixture.Start));
        await App.RateSatisfaction(answered.Id, 5).ShouldBeProblem(409, "inquiry.satisfaction_already_recorded");

        await App.Resolve(answered.Id).Ok<InquiryDetails>();
        await App.Reopen(answered.Id).Ok<InquiryDetails>();
        await App.RateSatisfaction(answered.Id, 2).ShouldBeProblem(409, "inquiry.satisfaction_needs_a_response");
        await App.Respond(answered.Id, "Here is the new tracking number.", role: Role.OpsManager).Ok<InquiryDetails>();
        var (again, second) = await App.Tracking(() => App.RateSatisfaction(answered.Id, 2).Ok<InquiryDetails>());

        again.Satisfaction!.Score.ShouldBe(2);
        second.SingleAnnounced<CustomerSatisfactionRecorded>().Agent.ShouldBe("ops-manager@demo.ops");
    }

    [Fact]
    public async Task an_unanswered_inquiry_has_no_satisfaction_yet()
    {
        var (inquiry, _) = await App.Receive();

        var (_, messages) = await App.Tracking(() => App.RateSatisfaction(inquiry.Id, 5).ShouldBeProblem(409, "inquiry.satisfaction_needs_a_response"));

        messages.Announced<CustomerSatisfactionRecorded>().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public async Task a_satisfaction_score_is_one_to_five(int? score)
    {
        var answered = await App.Answered();

        await App.RateSatisfaction(answered.Id, score).ShouldHaveFieldError("score");
    }

    [Fact]
    public async Task the_auditor_reads_the_sample_but_neither_reviews_nor_rates()
    {
        var answered = await App.Answered();

        await App.Review(answered.Id, 1, role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.RateSatisfaction(answered.Id, 5, role: Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await Sample(Role.Auditor, "")).Select(r => r.InquiryId).ShouldBe([answered.Id]);
    }

    private Task<IReadOnlyList<ResponseAwaitingReview>> Sample(string role, string query) =>
        App.As(role, x => x.Get.Url(SampleUrl + query)).Ok<IReadOnlyList<ResponseAwaitingReview>>();

    private static string Format(DateTimeOffset instant) => Uri.EscapeDataString(Ops.Shared.Kpis.KpiPeriod.Format(instant));
}
