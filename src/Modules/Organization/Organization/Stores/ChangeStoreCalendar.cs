using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Organization.Stores;

/// <summary>The whole calendar: time zone, weekend days and the holiday list (replaced, not merged).</summary>
public sealed record ChangeStoreCalendarRequest
{
    public Guid Id { get; init; }
    public string TimeZone { get; init; } = "";
    public IReadOnlyList<DayOfWeek> Weekend { get; init; } = [];
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];
}

public sealed class ChangeStoreCalendarValidator : Validator<ChangeStoreCalendarRequest>
{
    public ChangeStoreCalendarValidator()
    {
        RuleFor(r => r.TimeZone).IanaTimeZone();
        RuleFor(r => r.Weekend).Weekend();
        this.Holidays(r => r.Holidays);
    }
}

public sealed record ChangeStoreCalendar(Guid StoreId, StoreCalendar Calendar, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/org/stores/{id}/calendar</c> by <c>admin</c>. A real change is announced as <c>StoreCalendarChanged</c>
/// through the outbox, in the same transaction, so modules with working-day deadlines never miss it.
/// </summary>
public sealed class ChangeStoreCalendarEndpoint(IOrganizationStore store, IMessageBus bus) : Endpoint<ChangeStoreCalendarRequest, StoreView>
{
    public override void Configure()
    {
        Put("/stores/{id}/calendar");
        Group<OrganizationGroup>();
        Roles(Role.Admin);
    }

    public override Task HandleAsync(ChangeStoreCalendarRequest request, CancellationToken ct) =>
        this.UpdateAsync<StoreView>(bus, store, expected =>
            new ChangeStoreCalendar(request.Id, StoreCalendar.Of(request.TimeZone, request.Weekend, request.Holidays), expected), ct);
}

public static class ChangeStoreCalendarHandler
{
    public static (Outcome, OutgoingMessages) Handle(ChangeStoreCalendar command, [WriteAggregate(Required = false)] IEventStream<Store> stream,
        IMessageContext context, TimeProvider time)
    {
        var outcome = stream.Decide(command.StoreId, command.ExpectedVersion,
            store => store.ReviseCalendar(command.Calendar, context.Actor(), time.GetUtcNow()));

        var messages = new OutgoingMessages();
        foreach (var revised in outcome.Appended().OfType<StoreCalendarRevised>())
            messages.Add(revised.Calendar.Announce(revised.StoreId, stream.Aggregate!.Details.BusinessHours, revised.RevisedAt));
        return (outcome, messages);
    }
}
