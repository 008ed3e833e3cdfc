using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Selection.Research;

public sealed record StartMarketResearchRequest
{
    public const string DefaultMarketplace = "US";

    public string Category { get; init; } = "";

    /// <summary>The marketplace code, two upper-case letters; <c>US</c> when not given.</summary>
    public string? Marketplace { get; init; }

    public string? DemandCharacteristics { get; init; }
    public string? ConsumerPreferences { get; init; }
    public PriceBand? PriceBand { get; init; }
    public string? TrendNotes { get; init; }
    public string? CompetitorSummary { get; init; }
    public IReadOnlyList<string>? DataSources { get; init; }
}

public sealed class StartMarketResearchValidator : Validator<StartMarketResearchRequest>
{
    private const int MaxText = 4000;
    private const int MaxDataSources = 50;

    public StartMarketResearchValidator()
    {
        RuleFor(r => r.Category).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Marketplace).Matches("^[A-Z]{2}$").WithMessage(_ => Bilingual.Pick(
            "Marketplace must be a two-letter code in upper case, e.g. US.", "站点须为两个大写字母的代码，例如 US。"));
        RuleFor(r => r.DemandCharacteristics).MaximumLength(MaxText);
        RuleFor(r => r.ConsumerPreferences).MaximumLength(MaxText);
        RuleFor(r => r.PriceBand!).NotNull().SetValidator(new PriceBandValidator());
        RuleFor(r => r.TrendNotes).MaximumLength(MaxText);
        RuleFor(r => r.CompetitorSummary).MaximumLength(MaxText);
        RuleFor(r => r.DataSources).MaximumCount(MaxDataSources).WithMessage(_ => Bilingual.Pick(
            $"Name at most {MaxDataSources} data sources.", $"数据来源最多 {MaxDataSources} 条。"));
        RuleForEach(r => r.DataSources).NotEmpty().MaximumLength(500);
    }

    private sealed class PriceBandValidator : AbstractValidator<PriceBand>
    {
        public PriceBandValidator()
        {
            RuleFor(b => b.Min).NotNull().SetValidator(new MoneyValidator());
            RuleFor(b => b.Max).NotNull().SetValidator(new MoneyValidator());
            When(b => b.Min is not null && b.Max is not null, () =>
            {
                RuleFor(b => b.Max.Currency).Equal(b => b.Min.Currency).WithMessage(_ => Bilingual.Pick(
                    "The price band's maximum must be in the currency of its minimum.", "价格带的最高价须与最低价同一币种。"));
                RuleFor(b => b.Max.Amount).GreaterThanOrEqualTo(b => b.Min.Amount).When(b => b.Max.Currency == b.Min.Currency)
                    .WithMessage(_ => Bilingual.Pick("The price band's maximum cannot be below its minimum.", "价格带的最高价不能低于最低价。"));
            });
        }
    }
}

public sealed record StartMarketResearch(
    Guid MarketResearchId, string Category, string Marketplace, string? DemandCharacteristics, string? ConsumerPreferences,
    PriceBand PriceBand, string? TrendNotes, string? CompetitorSummary, IReadOnlyList<string> DataSources, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/selection/research</c>: a study of a category in a marketplace, starting with its conclusion open.
/// Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class StartMarketResearchEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<StartMarketResearchRequest, MarketResearchDetails>
{
    public override void Configure()
    {
        Post("/research");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(StartMarketResearchRequest request, CancellationToken ct) =>
        this.CreateAsync<MarketResearchDetails>(bus, store, request, "selection.start-market-research",
            (id, key) => new StartMarketResearch(id, request.Category.Trim(), request.Marketplace ?? StartMarketResearchRequest.DefaultMarketplace,
                Trimmed(request.DemandCharacteristics), Trimmed(request.ConsumerPreferences), request.PriceBand!, Trimmed(request.TrendNotes),
                Trimmed(request.CompetitorSummary), [.. (request.DataSources ?? []).Select(s => s.Trim())], key),
            id => $"/api/selection/research/{id}", ct);

    /// <summary>Blank text is no text.</summary>
    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public static class StartMarketResearchHandler
{
    public static Outcome Handle(StartMarketResearch command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var started = new MarketResearchStarted(command.MarketResearchId, command.Category, command.Marketplace, command.DemandCharacteristics,
            command.ConsumerPreferences, command.PriceBand, command.TrendNotes, command.CompetitorSummary, command.DataSources,
            context.Actor(), now);
        return session.StartStream<MarketResearch>(command.MarketResearchId, Decision.Accept(started), command.Idempotency, now);
    }
}
