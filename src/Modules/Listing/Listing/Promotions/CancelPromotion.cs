using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Promotions;

public sealed record CancelPromotion(Guid PromotionPlanId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/promotions/{id}/cancel</c>: a planned or running promotion is called off, with the reason. Its
/// month is free again for a new plan; results already recorded stay.
/// </summary>
public sealed class CancelPromotionEndpoint(IListingStore store, IMessageBus bus) : Endpoint<ReasonRequest, PromotionPlanView>
{
    public override void Configure()
    {
        Post("/promotions/{id}/cancel");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<PromotionPlanView>(bus, store, expected => new CancelPromotion(request.Id, request.Reason.Trim(), expected), ct);
}

public static class CancelPromotionHandler
{
    public static Outcome Handle(CancelPromotion command, [WriteAggregate(Required = false)] IEventStream<PromotionPlan> plan,
        IMessageContext context, TimeProvider time) =>
        plan.Decide(command.PromotionPlanId, command.ExpectedVersion, p => p.Cancel(command.Reason, context.Actor(), time.GetUtcNow()));
}
