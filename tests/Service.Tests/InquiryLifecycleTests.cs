using Ops.Service.Answers;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Http;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>
/// <c>Open → Responded → Resolved → Closed</c>, reopened when the customer writes again, with new first-response clocks
/// (service.md, "Inquiry"); a response may cite an approved standard answer.
/// </summary>
public sealed class InquiryLifecycleTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task an_answered_inquiry_is_resolved_then_closed()
    {
        var answered = await App.Answered();
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var resolved = await App.Resolve(answered.Id, "Tracking sent.").Ok<InquiryDetails>();
        var closed = await App.Close(answered.Id).Ok<InquiryDetails>();

        (resolved.Status, resolved.ResolvedBy, resolved.ResolvedAt, resolved.ResolutionNote).ShouldBe(
            (InquiryStatus.Resolved, "service@demo.ops", OpsFixture.Start.AddMinutes(5), "Tracking sent."));
        (closed.Status, closed.ClosedBy, closed.UrgencyRank).ShouldBe((InquiryStatus.Closed, "service@demo.ops", 3));
        (await App.Inbox("?status=Closed")).Items.Select(i => i.Id).ShouldBe([answered.Id]);
        (await App.History(answered.Id)).Select(h => h.Type).ShouldBe(["inquiry_received", "inquiry_responded", "inquiry_resolved", "inquiry_closed"]);
    }

    [Fact]
    public async Task an_unanswered_inquiry_can_be_neither_resolved_nor_closed()
    {
        var (inquiry, _) = await App.Receive();

        await App.Resolve(inquiry.Id).ShouldBeProblem(409, "inquiry.unanswered_cannot_be_resolved");
        await App.Close(inquiry.Id).ShouldBeProblem(409, "inquiry.must_be_resolved_before_closing");
        (await App.Details(inquiry.Id)).Status.ShouldBe(InquiryStatus.Open);
    }

    [Fact]
    public async Task an_answered_inquiry_is_resolved_before_it_is_closed_and_a_closed_one_is_not_resolved_again()
    {
        var answered = await App.Answered();

        await App.Close(answered.Id).ShouldBeProblem(409, "inquiry.must_be_resolved_before_closing");
        await App.Resolve(answered.Id).Ok<InquiryDetails>();
        var again = await App.Resolve(answered.Id).Ok<InquiryDetails>();
        await App.Close(answered.Id).Ok<InquiryDetails>();

        again.Version.ShouldBe(3); // resolving twice records it once
        await App.Resolve(answered.Id).ShouldBeProblem(409, "inquiry.closed_cannot_be_resolved");
    }

    [Fact]
    public async Task a_resolved_or_closed_inquiry_takes_no_response_until_reopened()
    {
        var answered = await App.Answered();
        await App.Resolve(answered.Id).Ok<InquiryDetails>();

        await App.Respond(answered.Id).ShouldBeProblem(409, "inquiry.resolved_or_closed_cannot_be_answered");
        await App.Close(answered.Id).Ok<InquiryDetails>();
        await App.Respond(answered.Id).ShouldBeProblem(409, "inquiry.resolved_or_closed_cannot_be_answered");
    }

    [Fact]
    public async Task only_a_resolved_or_closed_inquiry_is_reopened()
    {
        var (open, _) = await App.Receive();
        var answered = await App.Answered();

        await App.Reopen(open.Id).ShouldBeProblem(409, "inquiry.only_resolved_or_closed_can_be_reopened");
        await App.Reopen(answered.Id).ShouldBeProblem(409, "inquiry.only_resolved_or_closed_can_be_reopened");
    }

    [Fact]
    public async Task reopening_starts_new_first_response_clocks_from_the_customers_new_message()
    {
        var answered = await App.Answered(); // Monday 09:00, answered at once
        await App.Resolve(answered.Id).Ok<InquiryDetails>();
        await App.Close(answered.Id).Ok<InquiryDetails>();
        App.Clock.SetUtcNow(NewYork(8, 17, 55)); // Friday

        var (reopened, timers) = await App.Tracking(() => App.Reopen(answered.Id, receivedAt: NewYork(8, 17, 50)).Ok<InquiryDetails>());

        (reopened.Status, reopened.DeadlineState, reopened.UrgencyRank, reopened.ClosedAt, reopened.ResolvedAt).ShouldBe(
            (InquiryStatus.Open, ResponseDeadlineState.Running, 2, null, null));
        (reopened.OurDeadline.WarnAt, reopened.OurDeadline.DueAt, reopened.OurDeadline.State).ShouldBe(
            (NewYork(11, 9, 38), NewYork(11, 9, 50), ResponseDeadlineState.Running));
        (reopened.AmazonDeadline!.DueAt, reopened.AmazonDeadline.RespondedInTime).ShouldBe((NewYork(9, 17, 50), null));
        reopened.Reopenings.ShouldBe([new InquiryReopening("It still has not arrived.", NewYork(8, 17, 50), "service@demo.ops", NewYork(8, 17, 55))]);
        timers.Scheduled.SingleEnvelope<WarnInquiryResponse>().ScheduledTime.ShouldBe(NewYork(11, 9, 38));
        timers.Scheduled.SingleEnvelope<BreachInquiryResponse>().ScheduledTime.ShouldBe(NewYork(11, 9, 50));
        timers.Scheduled.SingleEnvelope<BreachAmazonResponse>().ScheduledTime.ShouldBe(NewYork(9, 17, 50));
        (await App.Inbox("?status=Open")).Items.Select(i => i.Id).ShouldBe([answered.Id]);
    }

    [Fact]
    public async Task a_reopened_inquiry_is_warned_and_breached_again_and_its_next_response_stops_the_new_clocks()
    {
        var answered = await App.Answered();
        await App.Resolve(answered.Id).Ok<InquiryDetails>();
        App.Clock.SetUtcNow(NewYork(5, 9, 0)); // Tuesday
        var (_, timers) = await App.Tracking(() => App.Reopen(answered.Id).Ok<InquiryDetails>());

        await App.Play(timers.Scheduled.SingleEnvelope<WarnInquiryResponse>());
        var breach = await App.Play(timers.Scheduled.SingleEnvelope<BreachInquiryResponse>());
        var breached = await App.Details(answered.Id);
        App.Clock.SetUtcNow(NewYork(5, 10, 30));
        var (responded, messages) = await App.Tracking(() => App.Respond(answered.Id, "Sorry: a new one is on its way.").Ok<InquiryDetails>());

        (breached.OurDeadline.State, breached.OurDeadline.BreachedAt, breached.UrgencyRank).ShouldBe((ResponseDeadlineState.Breached, NewYork(5, 10, 0), 0));
        breach.SingleAnnounced<Ops.Service.Contracts.ResponseSlaBreached>().DueAt.ShouldBe(NewYork(5, 10, 0));
        (responded.Status, responded.OurDeadline.RespondedInTime, responded.AmazonDeadline!.RespondedInTime).ShouldBe((InquiryStatus.Responded, false, true));
        responded.Responses.Select(r => (r.Number, r.StoppedClocks)).ShouldBe([(1, true), (2, true)]);
        messages.SingleAnnounced<Ops.Service.Contracts.InquiryResponded>().ShouldSatisfyAllConditions(
            m => m.ReceivedAt.ShouldBe(NewYork(5, 9, 0)), m => m.OnTime.ShouldBeFalse(), m => m.OnAmazonTime.ShouldBe(true));
    }

    [Fact]
    public async Task the_timers_of_the_first_round_change_nothing_after_a_reopening()
    {
        var (inquiry, firstTimers) = await App.Receive();
        await App.Respond(inquiry.Id).Ok<InquiryDetails>();
        await App.Resolve(inquiry.Id).Ok<InquiryDetails>();
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await App.Reopen(inquiry.Id).Ok<InquiryDetails>(); // ours now due 10:30

        var stale = await App.Play(firstTimers.Scheduled.SingleEnvelope<BreachInquiryResponse>());

        stale.Announced<Ops.Service.Contracts.ResponseSlaBreached>().ShouldBeEmpty();
        (await App.Details(inquiry.Id)).OurDeadline.State.ShouldBe(ResponseDeadlineState.Running);
    }

    [Fact]
    public async Task a_reopening_needs_the_customers_message_and_cannot_arrive_in_the_future()
    {
        var answered = await App.Answered();
        await App.Resolve(answered.Id).Ok<InquiryDetails>();

        await App.Reopen(answered.Id, message: " ").ShouldHaveFieldError("message");
        await App.Reopen(answered.Id, receivedAt: OpsFixture.Start.AddMinutes(1)).ShouldHaveFieldError("receivedAt");
        (await App.Details(answered.Id)).Status.ShouldBe(InquiryStatus.Resolved);
    }

    [Fact]
    public async Task a_response_citing_an_approved_answer_records_its_id_and_version_and_the_detail_shows_it()
    {
        var answer = await App.Approved();
        await App.Edit(answer.Id, AnswerScenarios.Words(english: "Sixty days.")).Ok<StandardAnswerDetails>(); // version 2 still a draft
        var (inquiry, _) = await App.Receive(NewInquiry() with { Topic = InquiryTopic.Return });

        var responded = await App.RespondCiting(inquiry.Id, answer.Id).Ok<InquiryDetails>();

        responded.Responses.Single().CitedAnswer.ShouldBe(
            new AnswerCitation(answer.Id, 1, "Can I return the lamp?", "Yes: returns are free within 30 days of delivery."));
        (await App.History(inquiry.Id)).Last().Data.ToString()!.ShouldContain($"\"answerId\":\"{answer.Id}\",\"version\":1");
    }

    [Fact]
    public async Task a_response_cannot_cite_a_draft_a_retired_or_an_unknown_answer()
    {
        var draft = await App.Draft();
        var retired = await App.Approved();
        await App.Retire(retired.Id).Ok<StandardAnswerDetails>();
        var (inquiry, _) = await App.Receive();

        await App.RespondCiting(inquiry.Id, draft.Id).ShouldBeProblem(409, "inquiry.cited_answer_must_be_approved");
        await App.RespondCiting(inquiry.Id, retired.Id).ShouldBeProblem(409, "inquiry.cited_answer_must_be_approved");
        await App.RespondCiting(inquiry.Id, Guid.NewGuid()).ShouldBeProblem(409, "inquiry.cited_answer_must_be_approved");
        (await App.Details(inquiry.Id)).Status.ShouldBe(InquiryStatus.Open);
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Staff)]
    public async Task others_neither_resolve_close_nor_reopen(string role)
    {
        var answered = await App.Answered();

        await App.Resolve(answered.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Close(answered.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Reopen(answered.Id, role: role).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }

    [Fact]
    public async Task the_operations_manager_resolves_closes_and_reopens_too()
    {
        var answered = await App.Answered();

        await App.Resolve(answered.Id, role: Role.OpsManager).Ok<InquiryDetails>();
        await App.Close(answered.Id, role: Role.OpsManager).Ok<InquiryDetails>();
        (await App.Reopen(answered.Id, role: Role.OpsManager).Ok<InquiryDetails>()).Status.ShouldBe(InquiryStatus.Open);
    }
}
