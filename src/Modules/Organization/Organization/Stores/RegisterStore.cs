using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Stores;

/// <summary>A new store; everything but the seller name has the policy's default (US, USD, New York, Saturday and Sunday off).</summary>
public sealed record RegisterStoreRequest
{
    public string Marketplace { get; init; } = "US";
    public string SellerName { get; init; } = "";
    public string Currency { get; init; } = "USD";
    public BusinessHours BusinessHours { get; init; } = BusinessHours.NineToSix;
    public string TimeZone { get; init; } = StoreCalendar.DefaultTimeZone;
    public IReadOnlyList<DayOfWeek> Weekend { get; init; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];
}

public sealed class RegisterStoreValidator : Validator<RegisterStoreRequest>
{
    public RegisterStoreValidator()
    {
        RuleFor(r => r.Marketplace).Marketplace();
        RuleFor(r => r.SellerName).SellerName();
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.BusinessHours).Hours();
        RuleFor(r => r.TimeZone).IanaTimeZone();
        RuleFor(r => r.Weekend).Weekend();
        this.Holidays(r => r.Holidays);
    }
}

public sealed record RegisterStore(Guid StoreId, StoreDetails Details, StoreCalendar Calendar, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/org/stores</c> by <c>admin</c>: a store whose calendar every working-day deadline will count by.</summary>
public sealed class RegisterStoreEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<RegisterStoreRequest, StoreView>
{
    public override void Configure()
    {
        Post("/stores");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(RegisterStoreRequest request, CancellationToken ct) =>
        this.CreateAsync<StoreView>(bus, store, request, "org.register-store",
            (id, key) => new RegisterStore(id,
                new StoreDetails(request.Marketplace, request.SellerName.Trim(), request.Currency, request.BusinessHours),
                StoreCalendar.Of(request.TimeZone, request.Weekend, request.Holidays), key),
            id => $"/api/org/stores/{id}", ct);
}

public static class RegisterStoreHandler
{
    /// <summary>Modules that count working days and business time learn the new store's calendar and hours from its first day.</summary>
    public static (Outcome, OutgoingMessages) Handle(RegisterStore command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var registered = new StoreRegistered(command.StoreId, command.Details, command.Calendar, context.Actor(), now);
        var outcome = session.StartStream<Store>(command.StoreId, Decision.Accept(registered), command.Idempotency, now);
        return (outcome, [command.Calendar.Announce(command.StoreId, command.Details.BusinessHours, now)]);
    }
}
