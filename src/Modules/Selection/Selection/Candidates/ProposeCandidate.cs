using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Candidates;

public sealed record ProposeCandidateRequest : IProfitNumbersRequest
{
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";

    public const string DefaultMarketplace = "US";

    /// <summary>Marketplace code, upper case; <c>US</c> when not given.</summary>
    public string? Marketplace { get; init; }

    /// <summary>The market research the idea came from, if any.</summary>
    public Guid? ResearchId { get; init; }

    public string DifferentiationIdea { get; init; } = "";
    public Money TargetPrice { get; init; } = new(0, "");
    public Money UnitCost { get; init; } = new(0, "");
    public Money ShippingPerUnit { get; init; } = new(0, "");
    public SizeRequest Size { get; init; } = new();
    public int ExpectedMonthlyUnits { get; init; }

    /// <summary>Units in the first purchase order: the capital check's quantity.</summary>
    public int FirstOrderQuantity { get; init; }

    /// <summary>Days for the first order to sell; when absent, derived from <see cref="ExpectedMonthlyUnits"/> (a month = 30 days).</summary>
    public int? DaysToSell { get; init; }

    public int TransitDays { get; init; }

    /// <summary>The expected production lead time, until a chosen quote names the supplier's.</summary>
    public int LeadTimeDays { get; init; }
}

public sealed class ProposeCandidateValidator : Validator<ProposeCandidateRequest>
{
    public ProposeCandidateValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Category).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Marketplace).Matches("^[A-Z]{2}$")
            .WithMessage(_ => Bilingual.Pick("Marketplace must be a two-letter upper-case code, e.g. US.", "站点须为两位大写字母代码，例如 US。"));
        RuleFor(r => r.DifferentiationIdea).NotEmpty().MaximumLength(2000);
        this.IncludeProfitNumbers();
    }
}

public sealed record ProposeCandidate(Guid CandidateId, CandidateProfile Profile, MeasuredSize SizeAsGiven, ProfitInputs Numbers, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/selection/candidates</c>: a product idea with its numbers. The size is converted to inches and pounds
/// here, once, and kept as entered too. Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class ProposeCandidateEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<ProposeCandidateRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(ProposeCandidateRequest request, CancellationToken ct) =>
        this.CreateAsync<CandidateDetails>(bus, store, request, "selection.propose-candidate",
            (id, key) => new ProposeCandidate(id,
                new CandidateProfile(request.Name.Trim(), request.Category.Trim(),
                    request.Marketplace ?? ProposeCandidateRequest.DefaultMarketplace, request.ResearchId, request.DifferentiationIdea.Trim()),
                request.Size.ToMeasured(), request.ToInputs(), key),
            id => $"/api/selection/candidates/{id}", ct);
}

public static class ProposeCandidateHandler
{
    public static Outcome Handle(ProposeCandidate command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var decision = Candidate.Propose(command.CandidateId, command.Profile, command.SizeAsGiven, command.Numbers, context.Actor(), now);
        return session.StartStream<Candidate>(command.CandidateId, decision, command.Idempotency, now);
    }
}
