using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Promotions;

public sealed record StartPromotion(Guid PromotionPlanId, long? ExpectedVersion);

/// <summary><c>POST /api/listing/promotions/{id}/start</c>: a planned promotion starts running (again: no change).</summary>
public sealed class StartPromotionEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordRequest, PromotionPlanView>
{
    public override void Configure()
    {
        Post("/promotions/{id}/start");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<PromotionPlanView>(bus, store, expected => new StartPromotion(request.Id, expected), ct);
}

public static class StartPromotionHandler
{
    public static Outcome Handle(StartPromotion command, [WriteAggregate(Required = false)] IEventStream<PromotionPlan> plan,
        IMessageContext context, TimeProvider time) =>
        plan.Decide(command.PromotionPlanId, command.ExpectedVersion, p => p.Start(context.Actor(), time.GetUtcNow()));
}
