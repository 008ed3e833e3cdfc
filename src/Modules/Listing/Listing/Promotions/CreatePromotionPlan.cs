using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared.Calendar;
using Ops.Listing.Keywords;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Listing.Promotions;

public sealed record CreatePromotionPlanRequest
{
    /// <summary><c>YYYY-MM</c>.</summary>
    public string Month { get; init; } = "";

    /// <summary>The listing promoted; or give <see cref="StoreId"/> for a plan of the whole store.</summary>
    public Guid? ListingId { get; init; }

    public Guid? StoreId { get; init; }
    public IReadOnlyList<PromotionTool> Tools { get; init; } = [];
    public Money Budget { get; init; } = new(0, "");

    /// <summary>Sales the plan aims at, in the budget's currency.</summary>
    public Money SalesTarget { get; init; } = new(0, "");

    /// <summary>The advertising cost of sales aimed at (spend / sales × 100).</summary>
    public decimal AcosTargetPercent { get; init; }
}

public sealed class CreatePromotionPlanValidator : Validator<CreatePromotionPlanRequest>
{
    public CreatePromotionPlanValidator()
    {
        RuleFor(r => r.Month).MaximumLength(7).Must(month => PlanMonth.TryParse(month, out _))
            .WithMessage(_ => Bilingual.Pick("month must be a month written YYYY-MM, e.g. 2030-11.", "月份格式须为 YYYY-MM，例如 2030-11。"));
        RuleFor(r => r.ListingId).Must((r, listingId) => listingId is null != r.StoreId is null)
            .WithMessage(_ => Bilingual.Pick("Give exactly one of listingId and storeId: a plan is for one listing or one store.",
                "listingId 与 storeId 须且只能填一个：计划针对一个商品或一个店铺。"));
        RuleFor(r => r.Tools).NotEmpty().MaximumCount(20);
        RuleForEach(r => r.Tools).IsInEnum();
        RuleFor(r => r.Budget).NotNull().SetValidator(new MoneyValidator(decimals: 2));
        RuleFor(r => r.SalesTarget).NotNull().SetValidator(new MoneyValidator(decimals: 2));
        RuleFor(r => r.SalesTarget.Currency).Equal(r => r.Budget.Currency).When(r => r.Budget is not null && r.SalesTarget is not null)
            .WithMessage(_ => Bilingual.Pick("The sales target must be in the budget's currency.", "销售目标须与预算使用相同币种。"));
        RuleFor(r => r.AcosTargetPercent).GreaterThan(0).PrecisionScale(5, 2, ignoreTrailingZeros: true);
    }
}

public sealed record CreatePromotionPlan(
    Guid PromotionPlanId, string Month, Guid? ListingId, Guid? StoreId, IReadOnlyList<PromotionTool> Tools, Money Budget, Money SalesTarget,
    decimal AcosTargetPercent, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/listing/promotions</c>: a monthly promotion plan for one listing or one store (its tools, budget and
/// goals), in status <c>Planned</c>. One live plan per listing or store and month (<c>promotion.one_plan_per_month</c>).
/// Answers 201 with <c>Location</c>; an unknown listing or store is 404.
/// </summary>
public sealed class CreatePromotionPlanEndpoint(IListingStore store, IMessageBus bus) : Endpoint<CreatePromotionPlanRequest, PromotionPlanView>
{
    public override void Configure()
    {
        Post("/promotions");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(CreatePromotionPlanRequest request, CancellationToken ct)
    {
        if (request.ListingId is { } listingId && !await ListingReference.EnsureExistsAsync(HttpContext, store, listingId, ct)) return;
        if (request.StoreId is { } storeId && !await IsKnownStoreAsync(storeId, ct))
        {
            await Problems.NotFoundAsync(HttpContext, "store", storeId, ct);
            return;
        }

        await this.CreateAsync<PromotionPlanView>(bus, store, request, "listing.create-promotion-plan",
            (id, key) => new CreatePromotionPlan(id, request.Month, request.ListingId, request.StoreId, [.. request.Tools.Distinct()],
                request.Budget, request.SalesTarget, request.AcosTargetPercent, key),
            id => $"/api/listing/promotions/{id}", ct);
    }

    /// <summary>Listing knows every store by the calendar organisation announced for it.</summary>
    private async Task<bool> IsKnownStoreAsync(Guid storeId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StoreCalendarCopy>(storeId, ct) is not null;
    }
}

public static class CreatePromotionPlanHandler
{
    public static async Task<Outcome> Handle(CreatePromotionPlan command, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var plans = session.Query<PromotionPlanView>().Where(p => p.Month == command.Month && p.Status != PromotionStatus.Cancelled);
        plans = command.ListingId is { } listingId ? plans.Where(p => p.ListingId == listingId) : plans.Where(p => p.StoreId == command.StoreId);
        var planned = new PromotionPlanned(command.PromotionPlanId, command.Month, command.ListingId, command.StoreId, command.Tools,
            command.Budget, command.SalesTarget, command.AcosTargetPercent, context.Actor(), now);
        return session.StartStream<PromotionPlan>(command.PromotionPlanId, PromotionPlan.Plan(planned, await plans.AnyAsync(ct)),
            command.Idempotency, now);
    }
}
