using Microsoft.Extensions.DependencyInjection;
using Ops.Service;
using Ops.Service.Answers;
using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Service.Feedback;
using Ops.Service.Inquiries;
using Ops.Service.Returns;
using Ops.Shared;
using Ops.Shared.Kpis;
using Ops.Shared.Paging;
using Wolverine;
using Wolverine.Tracking;
using static Ops.Service.ServiceDemoData;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

public sealed class ServiceDemoDataTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task demo_service_has_an_inquiry_in_every_state_of_the_inbox_once_however_often_it_is_seeded()
    {
        var seeded = await SeededAsync();
        // Timers already due fire at once in a running host; here the test delivers them, as the scheduler would.
        foreach (var timer in seeded.Scheduled.Envelopes().Where(e => e.ScheduledTime <= App.Clock.GetUtcNow()).ToList()) await App.Fire(timer);
        var first = await Inquiries();
        await SeededAsync();
        var second = await Inquiries();

        second.Select(i => (i.Id, i.Version)).ShouldBe(first.Select(i => (i.Id, i.Version)), ignoreOrder: true);
        var byKey = DemoInquiries.ToDictionary(i => i.Key, i => first.Single(d => d.Id == InquiryId(i.Key)));
        byKey["breached"].DeadlineState.ShouldBe(ResponseDeadlineState.Breached);
        byKey["amazon-warned"].AmazonDeadline!.State.ShouldBe(ResponseDeadlineState.Warned);
        byKey["new"].DeadlineState.ShouldBe(ResponseDeadlineState.Running);
        (byKey["answered"].Status, byKey["answered"].DeadlineState).ShouldBe((InquiryStatus.Responded, ResponseDeadlineState.Met));
        (byKey["answered-late"].Status, byKey["answered-late"].DeadlineState).ShouldBe((InquiryStatus.Responded, ResponseDeadlineState.Breached));
        first.Take(2).Select(i => i.Id).ShouldBe([InquiryId("breached"), InquiryId("amazon-warned")]); // the inbox's top
        (await App.History(byKey["answered"].Id)).Select(e => e.Actor).Distinct().ShouldBe([ServiceDemoData.Actor]);

        var kpis = (await App.As(Role.Auditor, x => x.Get.Url("/api/service/kpis")).Ok<KpiReport>()).Kpis.ToDictionary(k => k.Code, k => k.Value);
        kpis["service.timely_response_rate"].ShouldBe(50m); // one of the two answers in time
        kpis["service.amazon_timely_response_rate"].ShouldBe(0m); // the one Amazon message answered came after four days
        kpis["service.inquiries_received"].ShouldBe(DemoInquiries.Count);
        kpis["service.complaint_timeliness"].ShouldBe(100m); // the closed one, resolved at once
        kpis["service.follow_up_completion"].ShouldBe(20m); // 2 of 10

        var complaints = await List<ComplaintDetails>("complaints");
        complaints.Single(c => c.Id == Id("complaint.unacknowledged")).EscalationDeadline.State.ShouldBe(ResponseDeadlineState.Breached);
        complaints.Single(c => c.Id == Id("complaint.escalated")).Status.ShouldBe(ComplaintStatus.Escalated);
        complaints.Single(c => c.Id == Id("complaint.closed")).Status.ShouldBe(ComplaintStatus.Closed);
        (await List<CollaborationRequestDetails>("collaboration-requests")).ShouldHaveSingleItem().ComplaintId.ShouldBe(Id("complaint.escalated"));
        (await List<CustomerReturnDetails>("returns")).Select(r => (r.Id, r.Status)).ShouldBe(
            [(Id("return.damaged"), CustomerReturnStatus.Approved), (Id("return.not-needed"), CustomerReturnStatus.Requested)], ignoreOrder: true);
        (await List<StandardAnswerDetails>("answers")).Select(a => a.Status).ShouldBe(
            [StandardAnswerStatus.Approved, StandardAnswerStatus.Approved, StandardAnswerStatus.Draft], ignoreOrder: true);
        (await List<FeedbackDetails>("feedback")).Select(f => f.Status).ShouldBe(
            [FeedbackStatus.Routed, FeedbackStatus.Done, FeedbackStatus.Captured], ignoreOrder: true); // the third: the follow-up's suggestion
    }

    private async Task<IReadOnlyList<T>> List<T>(string what) =>
        (await As(Role.Auditor, x => x.Get.Url($"/api/service/{what}?pageSize=100")).Ok<Page<T>>()).Items;

    private async Task<ITrackedSession> SeededAsync()
    {
        var seeded = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => ActivatorUtilities.CreateInstance<ServiceDemoData>(App.Host.Services).SeedAsync(CancellationToken.None)));
        seeded.MovedToErrorQueue.Envelopes().ShouldBeEmpty();
        (await App.DeadLetteredMessageTypes()).ShouldBeEmpty();
        return seeded;
    }

    private async Task<IReadOnlyList<InquiryDetails>> Inquiries() =>
        (await As(Role.Auditor, x => x.Get.Url("/api/service/inquiries?pageSize=100")).Ok<Page<InquiryDetails>>()).Items;
}
