using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Stores;

public sealed record ChangeStoreDetailsRequest
{
    public Guid Id { get; init; }
    public string Marketplace { get; init; } = "";
    public string SellerName { get; init; } = "";
    public string Currency { get; init; } = "";
    public BusinessHours BusinessHours { get; init; } = null!;
}

public sealed class ChangeStoreDetailsValidator : Validator<ChangeStoreDetailsRequest>
{
    public ChangeStoreDetailsValidator()
    {
        RuleFor(r => r.Marketplace).Marketplace();
        RuleFor(r => r.SellerName).SellerName();
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.BusinessHours).Hours();
    }
}

public sealed record ChangeStoreDetails(Guid StoreId, StoreDetails Details, long? ExpectedVersion);

/// <summary><c>PUT /api/org/stores/{id}</c> by <c>admin</c>: marketplace, seller name, currency and business hours (not the calendar).</summary>
public sealed class ChangeStoreDetailsEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangeStoreDetailsRequest, StoreView>
{
    public override void Configure()
    {
        Put("/stores/{id}");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(ChangeStoreDetailsRequest request, CancellationToken ct) =>
        this.UpdateAsync<StoreView>(bus, store, expected => new ChangeStoreDetails(request.Id,
            new StoreDetails(request.Marketplace, request.SellerName.Trim(), request.Currency, request.BusinessHours), expected), ct);
}

public static class ChangeStoreDetailsHandler
{
    public static Outcome Handle(ChangeStoreDetails command, [WriteAggregate(Required = false)] IEventStream<Store> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.StoreId, command.ExpectedVersion,
            store => store.ChangeDetails(command.Details, context.Actor(), time.GetUtcNow()));
}
