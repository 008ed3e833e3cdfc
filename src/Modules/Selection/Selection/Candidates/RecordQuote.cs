using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record RecordQuoteRequest
{
    public Guid Id { get; init; }
    public Guid SupplierId { get; init; }
    public Money UnitPrice { get; init; } = new(0, "");
    public int Moq { get; init; }
    public int LeadTimeDays { get; init; }
    public string AfterSalesTerms { get; init; } = "";

    /// <summary>The last day (UTC) the quote holds.</summary>
    public DateOnly ValidUntil { get; init; }
}

public sealed class RecordQuoteValidator : Validator<RecordQuoteRequest>
{
    public RecordQuoteValidator()
    {
        RuleFor(r => r.SupplierId).NotEmpty();
        RuleFor(r => r.UnitPrice).NotNull().SetValidator(new MoneyValidator());
        RuleFor(r => r.Moq).GreaterThan(0);
        RuleFor(r => r.LeadTimeDays).InclusiveBetween(0, 3650);
        RuleFor(r => r.AfterSalesTerms).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.ValidUntil)
            .Must(day => day >= DateOnly.FromDateTime(Resolve<TimeProvider>().GetUtcNow().UtcDateTime))
            .WithMessage(_ => Bilingual.Pick("validUntil cannot be in the past: this quote has expired already.", "有效期不能早于今天：该报价已过期。"));
    }
}

public sealed record RecordQuote(Guid CandidateId, Quote Quote, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/quotes</c>: a supplier's offer for a candidate that has passed screening.
/// The first quote moves the candidate to sourcing. The supplier must be registered; its name is kept with the quote.
/// </summary>
public sealed class RecordQuoteEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RecordQuoteRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/quotes");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(RecordQuoteRequest request, CancellationToken ct) =>
        this.UpdateAsync<CandidateDetails>(bus, store, expected => new RecordQuote(request.Id,
            new Quote(Guid.CreateVersion7(), request.SupplierId, "", request.UnitPrice, request.Moq, request.LeadTimeDays,
                request.AfterSalesTerms.Trim(), request.ValidUntil), expected), ct);
}

public static class RecordQuoteHandler
{
    public static async Task<Outcome> Handle(RecordQuote command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var supplier = await session.LoadAsync<SupplierDetails>(command.Quote.SupplierId, ct);
        var quote = command.Quote with { SupplierName = supplier?.Name ?? "" };
        return candidate.Decide(command.CandidateId, command.ExpectedVersion, c => c.RecordQuote(quote, supplier, context.Actor(), time.GetUtcNow()));
    }
}
