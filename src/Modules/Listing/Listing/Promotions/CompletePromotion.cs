using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Promotions;

public sealed record CompletePromotion(Guid PromotionPlanId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/promotions/{id}/complete</c>: a running promotion is over. Late weekly results may still be
/// recorded (advertising reports for the last week arrive after the month ends).
/// </summary>
public sealed class CompletePromotionEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordRequest, PromotionPlanView>
{
    public override void Configure()
    {
        Post("/promotions/{id}/complete");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<PromotionPlanView>(bus, store, expected => new CompletePromotion(request.Id, expected), ct);
}

public static class CompletePromotionHandler
{
    public static Outcome Handle(CompletePromotion command, [WriteAggregate(Required = false)] IEventStream<PromotionPlan> plan,
        IMessageContext context, TimeProvider time) =>
        plan.Decide(command.PromotionPlanId, command.ExpectedVersion, p => p.Complete(context.Actor(), time.GetUtcNow()));
}
