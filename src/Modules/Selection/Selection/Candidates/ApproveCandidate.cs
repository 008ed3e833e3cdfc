using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Contracts = Ops.Selection.Contracts;

namespace Ops.Selection.Candidates;

public sealed record ApproveCandidate(Guid CandidateId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/approve</c>: with a passed screening, a chosen quote whose supplier is still
/// usable and a passed sample of it, the candidate becomes a product with a company-unique SKU (<see cref="Skus"/>),
/// published to the other modules as <c>ProductApproved</c>.
/// </summary>
public sealed class ApproveCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RecordRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/approve");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new ApproveCandidate(request.Id, expected), ct);
}

public static class ApproveCandidateHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ApproveCandidate command,
        [WriteAggregate(Required = false)] IEventStream<Candidate> candidate, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var supplier = candidate.Aggregate?.ChosenQuote is { } quote ? await session.LoadAsync<SupplierDetails>(quote.SupplierId, ct) : null;
        // A number is drawn only for an approval that nothing stands against: refusals and repeats leave the sequence alone.
        var sku = candidate.Aggregate is { Stage: not CandidateStage.Approved } c && c.RefusalOfApproval(supplier) is null
            ? Skus.Format(c.Profile.Category, now, await Skus.NextNumberAsync(session, ct))
            : null;
        var outcome = candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.Approve(sku, supplier, context.Actor(), now));
        return (outcome, ProductsApproved(candidate.Aggregate, outcome));
    }

    /// <summary>Derived from the events just appended: a refusal or a repeat appends nothing and so publishes nothing.</summary>
    private static OutgoingMessages ProductsApproved(Candidate? before, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        if (before is null) return messages;
        foreach (var approved in outcome.Appended().OfType<CandidateApproved>())
        {
            var (profile, numbers, quote, size) = (before.Profile, before.Numbers, approved.Quote, before.Numbers.Size);
            messages.Add(new Contracts.ProductApproved(before.Id, approved.Sku, profile.Name, profile.Category, profile.Marketplace,
                quote.SupplierId, quote.SupplierName, numbers.TargetPrice.Currency, quote.UnitPrice.Amount, numbers.TargetPrice.Amount,
                quote.LeadTimeDays, quote.Moq, new Contracts.ProductSize(size.LengthIn, size.WidthIn, size.HeightIn, size.WeightLb),
                approved.ApprovedAt));
        }
        return messages;
    }
}
