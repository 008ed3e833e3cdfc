using Ops.Organization.Contracts;
using Ops.Service;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Settings;

namespace Service.Tests;

public sealed class SettingsTests(ServiceApp app) : ServiceTest(app)
{
    private const string Url = "/api/service/settings";

    [Fact]
    public async Task the_policy_parameters_default_to_the_spec()
    {
        var settings = (await As(Role.Service, x => x.Get.Url(Url)).Ok<PolicySettingsView<ServiceSettings>>()).Settings;

        settings.ShouldSatisfyAllConditions(
            s => s.InquiryResponseMinutes.ShouldBe(60),
            s => s.InquiryWarnAtPercent.ShouldBe(80),
            s => s.AmazonResponseHours.ShouldBe(24),
            s => s.ComplaintEscalationHours.ShouldBe(2),
            s => s.ComplaintResolutionHours.ShouldBe(48),
            s => s.ReturnWindowDays.ShouldBe(30),
            s => s.CollaborationResponseHours.ShouldBe(24),
            s => s.KpiTargets.ShouldBe(new ServiceKpiTargets
            {
                TimelyResponsePercent = 95, AnswerAccuracyPercent = 98, SatisfactionPercent = 90, ComplaintTimelinessPercent = 95,
            }));
    }

    [Fact]
    public async Task the_operations_manager_changes_them_and_the_change_is_kept()
    {
        await As(Role.OpsManager, x => x.Put.Json(new ServiceSettings { InquiryResponseMinutes = 30, ReturnWindowDays = 60 }).ToUrl(Url))
            .Ok<PolicySettingsView<ServiceSettings>>();

        var settings = (await As(Role.Auditor, x => x.Get.Url(Url)).Ok<PolicySettingsView<ServiceSettings>>()).Settings;
        (settings.InquiryResponseMinutes, settings.ReturnWindowDays, settings.InquiryWarnAtPercent).ShouldBe((30, 60, 80));
    }

    public static TheoryData<string, ServiceSettings> OutOfRange() => new()
    {
        { "inquiryResponseMinutes", new ServiceSettings { InquiryResponseMinutes = 0 } },
        { "inquiryWarnAtPercent", new ServiceSettings { InquiryWarnAtPercent = 100 } },
        { "amazonResponseHours", new ServiceSettings { AmazonResponseHours = 0 } },
        { "returnWindowDays", new ServiceSettings { ReturnWindowDays = 0 } },
        { "kpiTargets.timelyResponsePercent", new ServiceSettings { KpiTargets = new() { TimelyResponsePercent = 101 } } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task numbers_out_of_their_range_are_field_errors(string field, ServiceSettings settings)
    {
        var problem = await As(Role.OpsManager, x => x.Put.Json(settings).ToUrl(Url)).ShouldHaveFieldError(field);
        problem.Errors!.Keys.ShouldBe([field]);
    }

    [Fact]
    public async Task a_complaint_is_escalated_before_it_must_be_resolved()
    {
        await As(Role.OpsManager, x => x.Put.Json(new ServiceSettings { ComplaintEscalationHours = 50, ComplaintResolutionHours = 48 }).ToUrl(Url))
            .ShouldHaveFieldError("complaintResolutionHours");
    }

    [Fact]
    public async Task service_agents_may_read_but_not_change_the_policy()
    {
        await As(Role.Service, x => x.Put.Json(new ServiceSettings()).ToUrl(Url)).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}

/// <summary>Service keeps its own copy of each store's calendar from the organisation's announcements (ADR 0004, 0026).</summary>
public sealed class StoreCalendarCopyTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task an_older_announcement_never_overwrites_a_newer_calendar()
    {
        var storeId = Guid.NewGuid();
        App.Clock.SetUtcNow(OpsFixture.Start.AddHours(2));
        await App.Deliver(new StoreCalendarChanged(storeId, "Europe/Berlin", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], OpsFixture.Start)
        {
            OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(16, 0),
        }, othersMayRefuse: true);
        await App.Deliver(new StoreCalendarChanged(storeId, "America/New_York", [DayOfWeek.Sunday], [], OpsFixture.Start.AddDays(-1)),
            othersMayRefuse: true);

        var (inquiry, _) = await App.Receive(InquiryScenarios.NewInquiry(Ops.Service.Inquiries.InquiryChannel.Email,
            receivedAt: new DateTimeOffset(2030, 11, 4, 15, 30, 0, TimeSpan.FromHours(1))) with { StoreId = storeId });

        inquiry.TimeZone.ShouldBe("Europe/Berlin");
        // Monday 15:30 Berlin: 30 minutes before closing at 16:00, 30 more from Tuesday's opening at 08:00.
        inquiry.OurDeadline.DueAt.ShouldBe(new DateTimeOffset(2030, 11, 5, 8, 30, 0, TimeSpan.FromHours(1)));
    }
}
