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

/// <summary>
/// <c>PUT /api/org/stores/{id}</c> by <c>admin</c>: marketplace, seller name, currency and business hours (not the calendar).
/// New business hours are announced to the modules that count business time.
/// </summary>
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
    /// <summary>
    /// New business hours are announced as <c>StoreCalendarChanged</c> through the outbox, in the same transaction, so
    /// modules with business-time deadlines count by them; a change of name, marketplace or currency announces nothing.
    /// </summary>
    public static (Outcome, OutgoingMessages) Handle(ChangeStoreDetails command, [WriteAggregate(Required = false)] IEventStream<Store> stream,
        IMessageContext context, TimeProvider time)
    {
        var hoursBefore = stream.Aggregate?.Details.BusinessHours;
        var outcome = stream.Decide(command.StoreId, command.ExpectedVersion,
            store => store.ChangeDetails(command.Details, context.Actor(), time.GetUtcNow()));

        var messages = new OutgoingMessages();
        foreach (var changed in outcome.Appended().OfType<StoreDetailsChanged>().Where(c => c.Details.BusinessHours != hoursBefore))
            messages.Add(stream.Aggregate!.Calendar.Announce(changed.StoreId, changed.Details.BusinessHours, changed.ChangedAt));
        return (outcome, messages);
    }
}
