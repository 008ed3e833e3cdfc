using JasperFx.Events;
using Marten;
using Ops.Logistics.Contracts;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

/// <summary>
/// <c>SupplierQualityIssueReported</c> from logistics: recorded as a quality incident by the same decision as
/// <c>POST /suppliers/{id}/incidents</c>, under the message's incident id, so a redelivery records nothing twice and
/// the incident counts towards a review like any other. Reports about one supplier are handled in parallel; one that
/// loses the race to append is retried by the host's policy (safe: the decision skips what is already recorded).
/// </summary>
public static class SupplierQualityIssueReportedHandler
{
    public static void Handle(SupplierQualityIssueReported reported, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        IDocumentSession session, SelectionSettings policy, IMessageContext context, TimeProvider time)
    {
        // A report carries no user: the events' metadata names the same actor as their …By, so history shows who.
        session.LastModifiedBy = context.Actor();
        var incident = new QualityIncident(reported.IncidentId, reported.FoundAt, reported.Sku, reported.Description, SourceOf(reported.Origin));
        var outcome = supplier.Decide(reported.SupplierId, expectedVersion: null,
            s => s.RecordQualityIncident(incident, policy, context.Actor(), time.GetUtcNow()));
        UnknownSupplierException.ThrowIfNotFound(outcome, reported);
    }

    private static QualityIncidentSource SourceOf(QualityIssueOrigin origin) => origin switch
    {
        QualityIssueOrigin.ReturnInspection => QualityIncidentSource.Return,
        QualityIssueOrigin.InboundInspection => QualityIncidentSource.Inspection,
        QualityIssueOrigin.CustomerComplaint => QualityIncidentSource.Complaint,
        _ => QualityIncidentSource.Other,
    };
}
