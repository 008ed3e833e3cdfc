using Marten;
using Ops.Organization.Contracts;
using Ops.Shared.Calendar;

namespace Ops.Service.Calendar;

/// <summary>Service's copy of each store's calendar (<see cref="StoreCalendarCopy"/>): first-response deadlines count its business hours.</summary>
public static class StoreCalendarChangedHandler
{
    public static Task Handle(StoreCalendarChanged changed, IDocumentSession session) =>
        StoreCalendarCopy.KeepAsync(session, new(changed.StoreId, changed.TimeZone, changed.Weekend, changed.Holidays, changed.ChangedAt)
        {
            OpensAt = changed.OpensAt, ClosesAt = changed.ClosesAt,
        });
}
