using FastEndpoints;
using JasperFx.Events;
using Marten;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record ChooseQuoteRequest
{
    public Guid Id { get; init; }
    public Guid QuoteId { get; init; }
}

public sealed record ChooseQuote(Guid CandidateId, Guid QuoteId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/quotes/{quoteId}/choose</c>: the quote the candidate will be sourced by. It
/// must not have expired, and its supplier must exist and be neither rejected, suspended nor graded D — as the
/// supplier's record says now.
/// </summary>
public sealed class ChooseQuoteEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ChooseQuoteRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/quotes/{quoteId}/choose");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(ChooseQuoteRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new ChooseQuote(request.Id, request.QuoteId, expected), ct);
}

public static class ChooseQuoteHandler
{
    public static async Task<Outcome> Handle(ChooseQuote command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var quote = candidate.Aggregate?.Quotes.FirstOrDefault(q => q.QuoteId == command.QuoteId);
        var supplier = quote is null ? null : await session.LoadAsync<SupplierDetails>(quote.SupplierId, ct);
        return candidate.Decide(command.CandidateId, command.ExpectedVersion,
            c => c.ChooseQuote(command.QuoteId, supplier, context.Actor(), time.GetUtcNow()));
    }
}
