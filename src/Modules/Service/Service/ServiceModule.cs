using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Ops.Service.Answers;
using Ops.Service.Collaboration;
using Ops.Service.Complaints;
using Ops.Service.Customers;
using Ops.Service.Inquiries;
using Ops.Service.Returns;
using Ops.Shared.Calendar;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Service;

/// <summary>The service module's own Marten store, schema <c>service</c>.</summary>
public interface IServiceStore : IDocumentStore;

public sealed class ServiceGroup : Group
{
    public ServiceGroup() => Configure("service", ep => ep.Description(d => d.WithTags(ServiceModule.Module.Tag)));
}

/// <summary>
/// Inquiries, complaints, returns, follow-ups, feedback, standard answers, collaboration and inspections (service.md).
/// Built so far: its settings, its copy of the stores' calendars, inquiries with their first-response clocks (proactive ones
/// on shipment exceptions), life cycle, quality review and customer satisfaction, the standard answer library, complaints
/// with their escalation and resolution clocks, collaboration requests between departments, customers' order timelines,
/// return/exchange requests, customer feedback, follow-up plans and inspections with their findings' due dates.
/// </summary>
public static class ServiceModule
{
    public static readonly OpsModule Module = new("service", typeof(ServiceModule).Assembly)
    {
        Description = "Buyer inquiries and complaints with their deadlines, returns, order timelines, the answer library, quality review, collaboration requests, feedback and follow-ups (service.md).",
    };

    public static WebApplicationBuilder AddServiceModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpsModule(Module);
        builder.Services.AddModuleStore<IServiceStore>(Module, options =>
        {
            options.AddPolicySettings<ServiceSettings>();
            StoreCalendarCopy.Configure(options);
            InquiryDetails.Configure(options);
            Feedback.FeedbackDetails.Configure(options);
            FollowUps.FollowUpPlanDetails.Configure(options);
            ResponseAwaitingReview.Configure(options);
            StandardAnswerDetails.Configure(options);
            ComplaintDetails.Configure(options);
            CollaborationRequestDetails.Configure(options);
            OrderTimelineView.Configure(options);
            CustomerReturnDetails.Configure(options);
            Inspections.InspectionDetails.Configure(options);
        });
        builder.AddDemoData<ServiceDemoData>();
        return builder;
    }
}
