using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Listing.Keywords;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Contracts = Ops.Listing.Contracts;

namespace Ops.Listing.Promotions;

public sealed record RecordPromotionResultRequest
{
    public Guid Id { get; init; }

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly WeekStarting { get; init; }

    /// <summary>Advertising spend of the week, in the plan's currency.</summary>
    public Money Spend { get; init; } = new(0, "");

    /// <summary>Sales the promotion brought in the week, in the plan's currency.</summary>
    public Money Sales { get; init; } = new(0, "");

    public int? Orders { get; init; }
}

public sealed class RecordPromotionResultValidator : Validator<RecordPromotionResultRequest>
{
    public RecordPromotionResultValidator()
    {
        RuleFor(r => r.WeekStarting).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(week => week.DayOfWeek == DayOfWeek.Monday)
            .WithMessage(_ => Bilingual.Pick("weekStarting must be a Monday.", "weekStarting 须为星期一。"))
            .Must(week => week <= Dates.LatestToday(Resolve<TimeProvider>()))
            .WithMessage(_ => Bilingual.Pick("The week has not started yet.", "该周尚未开始。"));
        RuleFor(r => r.Spend).NotNull().SetValidator(new MoneyValidator(allowZero: true, decimals: 2));
        RuleFor(r => r.Sales).NotNull().SetValidator(new MoneyValidator(allowZero: true, decimals: 2));
        RuleFor(r => r.Orders).GreaterThanOrEqualTo(0);
    }
}

public sealed record RecordPromotionResult(Guid PromotionPlanId, DateOnly WeekStarting, Money Spend, Money Sales, int? Orders, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/promotions/{id}/results</c>: one week's spend, sales and orders of a running (or completed)
/// plan, each week once. The plan shows the week's ROI and ACoS and its totals; other modules hear of it as
/// <c>PromotionResultRecorded</c>.
/// </summary>
public sealed class RecordPromotionResultEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordPromotionResultRequest, PromotionPlanView>
{
    public override void Configure()
    {
        Post("/promotions/{id}/results");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordPromotionResultRequest request, CancellationToken ct) =>
        this.UpdateAsync<PromotionPlanView>(bus, store,
            expected => new RecordPromotionResult(request.Id, request.WeekStarting, request.Spend, request.Sales, request.Orders, expected), ct);
}

public static class RecordPromotionResultHandler
{
    public static (Outcome, OutgoingMessages) Handle(RecordPromotionResult command, [WriteAggregate(Required = false)] IEventStream<PromotionPlan> plan,
        IMessageContext context, TimeProvider time)
    {
        var outcome = plan.Decide(command.PromotionPlanId, command.ExpectedVersion,
            p => p.RecordResult(command.WeekStarting, command.Spend, command.Sales, command.Orders, context.Actor(), time.GetUtcNow()));
        return (outcome, PublishedBy(plan.Aggregate, outcome));
    }

    /// <summary>What other modules hear of the results just appended: a refusal appends nothing and so publishes nothing.</summary>
    private static OutgoingMessages PublishedBy(PromotionPlan? p, Outcome outcome)
    {
        var messages = new OutgoingMessages();
        if (p is null) return messages;
        foreach (var r in outcome.Appended().OfType<PromotionResultRecorded>())
            messages.Add(new Contracts.PromotionResultRecorded(p.Id, p.ListingId, p.StoreId, p.Month, r.WeekStarting, r.Spend.Amount, r.Sales.Amount,
                p.Currency, r.Orders, PromotionFigures.Roi(r.Sales.Amount, r.Spend.Amount), PromotionFigures.AcosPercent(r.Spend.Amount, r.Sales.Amount),
                r.RecordedAt));
        return messages;
    }
}
