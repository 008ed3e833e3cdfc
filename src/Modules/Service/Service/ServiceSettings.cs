using FastEndpoints;
using FluentValidation;
using Ops.Shared.Settings;

namespace Ops.Service;

/// <summary>Policy parameters of service (service.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record ServiceSettings : IPolicySettings
{
    public static string Module => "service";

    /// <summary>Minutes of the store's business hours from an inquiry's receipt to its first response.</summary>
    public int InquiryResponseMinutes { get; init; } = 60;

    /// <summary>
    /// Share of a deadline after which it is warned, in percent: an inquiry's response deadlines (ours and Amazon's), a
    /// complaint's escalation and resolution deadlines, a collaboration request's response deadline, an inspection finding's due date.
    /// </summary>
    public int InquiryWarnAtPercent { get; init; } = 80;

    /// <summary>Amazon's own rule: hours of calendar time (weekends and holidays included) to answer a buyer message.</summary>
    public int AmazonResponseHours { get; init; } = 24;

    /// <summary>Hours from a complaint's registration to its escalation to the responsible department.</summary>
    public int ComplaintEscalationHours { get; init; } = 2;

    /// <summary>Hours from a complaint's registration to its resolution (complaint handled in time).</summary>
    public int ComplaintResolutionHours { get; init; } = 48;

    /// <summary>Days after delivery within which a return or exchange is accepted.</summary>
    public int ReturnWindowDays { get; init; } = 30;

    /// <summary>Hours within which a collaboration request is answered (communication timeliness).</summary>
    public int CollaborationResponseHours { get; init; } = 24;

    /// <summary>Targets of the service KPIs.</summary>
    public ServiceKpiTargets KpiTargets { get; init; } = new();
}

/// <summary>Targets of the service KPIs (service.md, "Policy parameters"); null: no target.</summary>
public sealed record ServiceKpiTargets
{
    /// <summary>Inquiries answered within their first-response deadline, at least (percent).</summary>
    public decimal? TimelyResponsePercent { get; init; } = 95;

    /// <summary>Amazon buyer messages answered within Amazon's 24 hours, at least (percent); Amazon expects every one.</summary>
    public decimal? AmazonTimelyResponsePercent { get; init; } = 100;

    /// <summary>Sampled responses marked accurate, at least (percent).</summary>
    public decimal? AnswerAccuracyPercent { get; init; } = 98;

    /// <summary>Customers satisfied, at least (percent).</summary>
    public decimal? SatisfactionPercent { get; init; } = 90;

    /// <summary>Complaints resolved within <c>complaintResolutionHours</c>, at least (percent).</summary>
    public decimal? ComplaintTimelinessPercent { get; init; } = 95;
}

public sealed class ServiceSettingsValidator : Validator<ServiceSettings>
{
    public ServiceSettingsValidator()
    {
        RuleFor(s => s.InquiryResponseMinutes).InclusiveBetween(1, 7 * 24 * 60);
        RuleFor(s => s.InquiryWarnAtPercent).InclusiveBetween(1, 99);
        RuleFor(s => s.AmazonResponseHours).InclusiveBetween(1, 168);
        RuleFor(s => s.ComplaintEscalationHours).InclusiveBetween(1, 168);
        RuleFor(s => s.ComplaintResolutionHours).InclusiveBetween(1, 720).GreaterThanOrEqualTo(s => s.ComplaintEscalationHours);
        RuleFor(s => s.ReturnWindowDays).InclusiveBetween(1, 365);
        RuleFor(s => s.CollaborationResponseHours).InclusiveBetween(1, 720);
        RuleFor(s => s.KpiTargets).NotNull().SetValidator(new KpiTargetsValidator());
    }

    private sealed class KpiTargetsValidator : AbstractValidator<ServiceKpiTargets>
    {
        public KpiTargetsValidator()
        {
            RuleFor(t => t.TimelyResponsePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.AmazonTimelyResponsePercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.AnswerAccuracyPercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.SatisfactionPercent).InclusiveBetween(0m, 100m);
            RuleFor(t => t.ComplaintTimelinessPercent).InclusiveBetween(0m, 100m);
        }
    }
}

public sealed class GetSettings(IServiceStore store) : GetSettingsEndpoint<ServiceSettings, IServiceStore, ServiceGroup>(store);

public sealed class ChangeSettings(IServiceStore store, TimeProvider time)
    : ChangeSettingsEndpoint<ServiceSettings, IServiceStore, ServiceGroup>(store, time);
